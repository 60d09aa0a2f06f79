package io.amlargs.validation;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds the documented key or value nearest to a misspelt one, by optimal string alignment
 * distance (Levenshtein plus swaps of adjacent characters).
 */
public final class KeySuggester {

    private KeySuggester() {
    }

    /**
     * Returns the candidate nearest to {@code input}, if it is near enough to be a likely typo:
     * at most one edit for inputs of up to seven characters, then one edit per four characters,
     * at most three. Case differences count as one edit. Ties go to the earlier candidate. With
     * no such candidate, the only candidate that starts with an input of three or more
     * characters is returned, so {@code MsiAuth} finds {@code MsiAuthentication}.
     */
    public static Optional<String> suggest(String input, Collection<String> candidates) {
        Optional<String> nearest = nearest(input, candidates);
        if (nearest.isPresent() || input.length() < 3) {
            return nearest;
        }
        List<String> completions = candidates.stream()
                .filter(candidate -> candidate.toLowerCase(Locale.ROOT).startsWith(input.toLowerCase(Locale.ROOT)))
                .toList();
        return completions.size() == 1 ? Optional.of(completions.get(0)) : Optional.empty();
    }

    private static Optional<String> nearest(String input, Collection<String> candidates) {
        int limit = Math.min(3, Math.max(1, input.length() / 4));
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int distance = candidate.equalsIgnoreCase(input) ? 1 : distance(input, candidate);
            if (distance <= limit && distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Returns the optimal string alignment distance between {@code a} and {@code b}. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }

        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int best = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                boolean swapped = i > 1 && j > 1
                        && a.charAt(i - 1) == b.charAt(j - 2)
                        && a.charAt(i - 2) == b.charAt(j - 1);
                if (swapped) {
                    best = Math.min(best, d[i - 2][j - 2] + 1);
                }
                d[i][j] = best;
            }
        }
        return d[a.length()][b.length()];
    }

    /** Returns {@code "; did you mean 'x'?"} for the nearest candidate, or an empty string. */
    public static String hint(String input, Collection<String> candidates) {
        return suggest(input, candidates).map(found -> "; did you mean '" + found + "'?").orElse("");
    }
}
