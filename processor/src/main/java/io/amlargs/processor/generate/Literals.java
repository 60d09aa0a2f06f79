package io.amlargs.processor.generate;

import com.fasterxml.jackson.databind.JsonNode;
import com.palantir.javapoet.CodeBlock;
import io.amlargs.processor.schema.JavaType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Writes JSON values from the schema as Java expressions of a key's type. */
final class Literals {

    private Literals() {
    }

    /** Returns {@code value} as an expression of {@code type}; the schema reader checked that it fits. */
    static CodeBlock of(JsonNode value, JavaType type) {
        return switch (type.kind()) {
            case STRING -> CodeBlock.of("$S", value.asText());
            case INTEGER -> CodeBlock.of("$L", value.asInt());
            case DOUBLE -> CodeBlock.of("$L", doubleLiteral(value.asDouble()));
            case BOOLEAN -> CodeBlock.of("$L", value.asBoolean());
            case STRING_LIST -> stringList(value);
            // The schema reader accepts only empty maps as defaults, so no order is lost here.
            case STRING_MAP, OBJECT_MAP -> CodeBlock.of("$T.of()", Map.class);
            case DEFINITION, DEFINITION_LIST -> throw new IllegalArgumentException("no literal for " + type);
        };
    }

    /** Returns the values as a {@code List.of(...)} of plain literals. */
    static CodeBlock listOf(List<JsonNode> values) {
        List<CodeBlock> items = new ArrayList<>();
        for (JsonNode value : values) {
            items.add(plain(value));
        }
        return CodeBlock.of("$T.of($L)", List.class, CodeBlock.join(items, ", "));
    }

    /** Returns a string, whole number, other number or boolean as a literal. */
    static CodeBlock plain(JsonNode value) {
        if (value.isTextual()) {
            return CodeBlock.of("$S", value.asText());
        }
        if (value.isIntegralNumber() && value.canConvertToInt()) {
            return CodeBlock.of("$L", value.asInt());
        }
        if (value.isNumber()) {
            return CodeBlock.of("$L", doubleLiteral(value.asDouble()));
        }
        return CodeBlock.of("$L", value.asBoolean());
    }

    private static CodeBlock stringList(JsonNode value) {
        List<CodeBlock> items = new ArrayList<>();
        value.forEach(item -> items.add(CodeBlock.of("$S", item.asText())));
        return CodeBlock.of("$T.of($L)", List.class, CodeBlock.join(items, ", "));
    }

    private static String doubleLiteral(double value) {
        return Double.toString(value);
    }
}
