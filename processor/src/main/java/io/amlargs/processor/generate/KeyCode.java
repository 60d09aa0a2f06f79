package io.amlargs.processor.generate;

import com.palantir.javapoet.CodeBlock;
import io.amlargs.processor.schema.Property;

/** Expressions for one key that the record, its builder and its validator share. */
final class KeyCode {

    private final ArgsTypes types;

    KeyCode(ArgsTypes types) {
        this.types = types;
    }

    /** Returns the path of the key below the local {@code path}: {@code ArgPaths.key(path, "vm_size")}. */
    static CodeBlock path(Property property) {
        return CodeBlock.of("$T.key(path, $S)", ArgsTypes.ARG_PATHS, property.name());
    }

    /** Returns the {@code MapReader} call that reads the key from the local {@code reader}. */
    CodeBlock read(Property property) {
        String key = property.name();
        return switch (property.type().kind()) {
            case STRING -> CodeBlock.of("reader.string($S)", key);
            case INTEGER -> CodeBlock.of("reader.integer($S)", key);
            case DOUBLE -> CodeBlock.of("reader.number($S)", key);
            case BOOLEAN -> CodeBlock.of("reader.bool($S)", key);
            case STRING_LIST -> CodeBlock.of("reader.stringList($S, $L, $T.$L, $L)", key, property.scalarItems(),
                    ArgsTypes.STRING_FORM, property.stringForm().name(), minLength(property));
            case STRING_MAP -> CodeBlock.of("reader.stringMap($S, $L)", key, property.scalarItems());
            case OBJECT_MAP -> CodeBlock.of("reader.objectMap($S)", key);
            case DEFINITION -> CodeBlock.of("reader.object($S, $T::read)", key, types.referenced(property.type()));
            case DEFINITION_LIST -> CodeBlock.of("reader.objectList($S, $T::read)", key, types.referenced(property.type()));
        };
    }

    /**
     * Returns the value that {@code toMap} stores for the key: nested records as maps, and
     * secrets as {@code <redacted>} when the local {@code redact} is true.
     */
    CodeBlock mapValue(Property property) {
        String name = property.javaName();
        if (property.secret()) {
            return CodeBlock.of("redact ? $T.REDACTED : $N", ArgsTypes.VALUE_TEXT, name);
        }
        return switch (property.type().kind()) {
            case DEFINITION -> CodeBlock.of("redact ? $N.toRedactedMap() : $N.toMap()", name, name);
            case DEFINITION_LIST -> CodeBlock.of("$N.stream().map(item -> redact ? item.toRedactedMap() : item.toMap()).toList()", name);
            default -> CodeBlock.of("$N", name);
        };
    }

    private static int minLength(Property property) {
        Integer minLength = property.constraints().minLength();
        return minLength == null ? 0 : minLength;
    }
}
