package io.amlargs.processor.generate;

import com.fasterxml.jackson.databind.JsonNode;
import com.palantir.javapoet.CodeBlock;
import io.amlargs.processor.schema.Definition;
import io.amlargs.processor.schema.Rule;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Writes the check of one cross-field rule over the builder values in the local {@code values}.
 * The check is skipped when the rule names a key in the local {@code unreadable}: that key's value
 * was reported as invalid while reading, so it is not unset, and the rule cannot judge it.
 */
final class RuleCode {

    private final Definition definition;

    RuleCode(Definition definition) {
        this.definition = definition;
    }

    /** Returns the statement that checks {@code rule} unless one of its keys is unreadable. */
    CodeBlock statement(Rule rule) {
        return CodeBlock.builder()
                .beginControlFlow("if ($T.disjoint(unreadable, $L))", Collections.class, keyList(rule.keys()))
                .addStatement("$L", check(rule))
                .endControlFlow()
                .build();
    }

    private CodeBlock check(Rule rule) {
        if (rule instanceof Rule.LessOrEqual lessOrEqual) {
            List<String> keys = lessOrEqual.keys();
            return CodeBlock.of("$T.lessOrEqual(out, $S, path, $L, $L, $L, $S)", ArgsTypes.RULE_CHECKS, rule.id(),
                    keyList(keys), value(keys.get(0)), value(keys.get(1)), rule.fix());
        }
        if (rule instanceof Rule.AllOrNone allOrNone) {
            return CodeBlock.of("$T.allOrNone(out, $S, path, $L, $L, $S)", ArgsTypes.RULE_CHECKS, rule.id(),
                    keyList(allOrNone.keys()), valueList(allOrNone.keys()), rule.fix());
        }
        if (rule instanceof Rule.ExactlyOne exactlyOne) {
            return CodeBlock.of("$T.exactlyOne(out, $S, path, $L, $L, $S)", ArgsTypes.RULE_CHECKS, rule.id(),
                    keyList(exactlyOne.keys()), valueList(exactlyOne.keys()), rule.fix());
        }
        return requires((Rule.Requires) rule);
    }

    private CodeBlock requires(Rule.Requires rule) {
        CodeBlock condition = rule.whenEquals() == null
                ? CodeBlock.of("$L != null", value(rule.whenKey()))
                : CodeBlock.of("$T.equals($L, $L)", Objects.class, value(rule.whenKey()), Literals.plain(rule.whenEquals()));
        String conditionText = rule.whenEquals() == null
                ? quote(rule.whenKey()) + " is set"
                : quote(rule.whenKey()) + " is " + text(rule.whenEquals());

        CodeBlock requirement;
        String requirementText;
        if (rule.thenKey() != null) {
            requirement = CodeBlock.of("$T.equals($L, $L)", Objects.class, value(rule.thenKey()),
                    Literals.plain(rule.thenEquals()));
            requirementText = quote(rule.thenKey()) + " must be " + text(rule.thenEquals());
        } else {
            List<CodeBlock> set = new ArrayList<>();
            rule.thenAnyOf().forEach(key -> set.add(CodeBlock.of("$L != null", value(key))));
            requirement = CodeBlock.join(set, " || ");
            requirementText = rule.thenAnyOf().size() == 1
                    ? quote(rule.thenAnyOf().get(0)) + " must be set"
                    : "one of " + rule.thenAnyOf().stream().map(RuleCode::quote).collect(Collectors.joining(", "))
                            + " must be set";
        }
        return CodeBlock.of("$T.requires(out, $S, $T.key(path, $S), $L, $L, $S, $S, $S)", ArgsTypes.RULE_CHECKS,
                rule.id(), ArgsTypes.ARG_PATHS, rule.whenKey(), condition, requirement, conditionText, requirementText,
                rule.fix());
    }

    private CodeBlock value(String key) {
        return CodeBlock.of("values.$N", definition.property(key).orElseThrow().javaName());
    }

    private static CodeBlock keyList(List<String> keys) {
        List<CodeBlock> names = new ArrayList<>();
        keys.forEach(key -> names.add(CodeBlock.of("$S", key)));
        return CodeBlock.of("$T.of($L)", List.class, CodeBlock.join(names, ", "));
    }

    private CodeBlock valueList(List<String> keys) {
        List<CodeBlock> values = new ArrayList<>();
        keys.forEach(key -> values.add(value(key)));
        return CodeBlock.of("$T.asList($L)", Arrays.class, CodeBlock.join(values, ", "));
    }

    private static String quote(String key) {
        return "'" + key + "'";
    }

    private static String text(JsonNode value) {
        return value.isTextual() ? "'" + value.asText() + "'" : value.toString();
    }
}
