package io.amlargs.processor.schema;

import java.util.Arrays;
import java.util.Optional;

/** The {@code x-aml-kind} of a definition, which decides what Java is generated for it. */
public enum DefinitionKind {
    /** An argument dictionary with one shape: a record. */
    GROUP("group"),

    /** An argument dictionary whose shape depends on a selector: a sealed interface. */
    GROUP_VARIANTS("group-variants"),

    /** One shape of a {@code group-variants} dictionary: a record that implements its interface. */
    VARIANT("variant"),

    /** A nested object: a record. */
    TYPE("type"),

    /** A nested object whose shapes a discriminator key distinguishes: a sealed interface. */
    UNION("union");

    private final String keyword;

    DefinitionKind(String keyword) {
        this.keyword = keyword;
    }

    /** Returns the value of {@code x-aml-kind} for this kind. */
    public String keyword() {
        return keyword;
    }

    /** Returns whether definitions of this kind become records with keys. */
    public boolean isRecord() {
        return this == GROUP || this == VARIANT || this == TYPE;
    }

    /** Returns the kind whose keyword is {@code keyword}. */
    public static Optional<DefinitionKind> fromKeyword(String keyword) {
        return Arrays.stream(values()).filter(kind -> kind.keyword.equals(keyword)).findFirst();
    }
}
