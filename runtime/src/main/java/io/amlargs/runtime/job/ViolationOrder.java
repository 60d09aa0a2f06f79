package io.amlargs.runtime.job;

import io.amlargs.validation.Violation;
import java.util.Comparator;
import java.util.List;

/**
 * Orders the violations of a job file by workflow parameter, in {@link JobKeys#ALL} order, so the
 * report reads like the file. Violations of unknown keys come first. The sort is stable, so the
 * violations of one parameter keep the order they were found in.
 */
final class ViolationOrder {

    private ViolationOrder() {
    }

    static List<Violation> byTopLevelKey(List<Violation> violations) {
        return violations.stream().sorted(Comparator.comparingInt(ViolationOrder::rank)).toList();
    }

    private static int rank(Violation violation) {
        String path = violation.path();
        int end = path.length();
        for (int i = 0; i < path.length(); i++) {
            if (path.charAt(i) == '.' || path.charAt(i) == '[') {
                end = i;
                break;
            }
        }
        return JobKeys.ALL.indexOf(path.substring(0, end));
    }
}
