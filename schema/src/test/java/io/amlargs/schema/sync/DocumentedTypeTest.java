package io.amlargs.schema.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DocumentedTypeTest {

    private final TypeMapping mapping = new TypeMapping(defs());

    @ParameterizedTest(name = "{0} maps to {1} held as {2}")
    @CsvSource(delimiter = '|', value = {
        "str                      | {\"type\":\"string\"}                                     | String",
        "string                   | {\"type\":\"string\"}                                     | String",
        "int                      | {\"type\":\"integer\"}                                    | Integer",
        "float                    | {\"type\":\"number\"}                                     | Double",
        "bool                     | {\"type\":\"boolean\"}                                    | Boolean",
        "dict                     | {\"type\":\"object\",\"additionalProperties\":true}        | Map<String, Object>",
        "list[str]                | {\"type\":\"array\",\"items\":{\"type\":\"string\"}}         | List<String>",
        "[str]                    | {\"type\":\"array\",\"items\":{\"type\":\"string\"}}         | List<String>",
        "list[int]                | {\"type\":\"array\",\"items\":{\"type\":\"integer\"}}        | List<Integer>",
        // A list of unknown items accepts any plain value, converted to text.
        "list                     | {\"type\":\"array\",\"items\":{\"type\":[\"string\",\"number\",\"integer\",\"boolean\"]}} | List<String>",
        // A class of the schema becomes a reference to its definition.
        "DataPath                 | {\"$ref\":\"#/$defs/DataPath\"}                            | DataPath",
        // Several shapes of one union definition become a reference to the union.
        "Mpi or PyTorch           | {\"$ref\":\"#/$defs/distributed\"}                         | Distributed",
        // An unknown class stays an open object for review.
        "RunConfiguration         | {\"type\":\"object\",\"additionalProperties\":true}        | Map<String, Object>",
    })
    void mappedSchema(String text, String keywords, String javaType) throws JsonProcessingException {
        TypeMapping.ValueSchema schema = mapping.schemaFor(DocumentedType.parse(text));

        assertThat(schema.keywords()).isEqualTo(JsonFormat.read(keywords));
        assertThat(schema.javaType()).isEqualTo(javaType);
    }

    @Test
    void listOrStringMapping() {
        TypeMapping.ValueSchema schema = mapping.schemaFor(DocumentedType.parse("list or str"));

        assertThat(schema.keywords().path("oneOf").size()).isEqualTo(2);
        assertThat(schema.keywords().at("/oneOf/0/type").asText()).isEqualTo("array");
        assertThat(schema.keywords().at("/oneOf/1/type").asText()).isEqualTo("string");
        assertThat(schema.keywords().path("x-aml-string-form").asText()).isEqualTo("shell-words");
        assertThat(schema.javaType()).isEqualTo("List<String>");
    }

    @ParameterizedTest(name = "{0} agrees with {1}: {2}")
    @CsvSource(delimiter = '|', value = {
        "str         | {\"type\":\"string\"}                                                 | true",
        "str         | {\"type\":\"integer\"}                                                | false",
        "int         | {\"type\":\"integer\",\"minimum\":0}                                   | true",
        "dict        | {\"type\":\"object\",\"additionalProperties\":{\"type\":\"string\"}}     | true",
        "list        | {\"type\":\"array\",\"items\":{\"$ref\":\"#/$defs/DataPath\"}}           | true",
        "[str]       | {\"type\":\"array\",\"items\":{\"type\":\"integer\"}}                    | false",
        "list or str | {\"oneOf\":[{\"type\":\"array\"},{\"type\":\"string\"}]}                | true",
        "list or str | {\"type\":\"array\"}                                                  | false",
        // The schema refines class types by hand, so any shape agrees.
        "DataPath    | {\"type\":\"object\"}                                                 | true",
    })
    void agreement(String text, String property, boolean agrees) throws JsonProcessingException {
        assertThat(mapping.agrees(DocumentedType.parse(text), JsonFormat.read(property))).isEqualTo(agrees);
    }

    @Test
    void unionKinds() {
        assertThat(DocumentedType.parse("str or list").kind()).isEqualTo(DocumentedType.Kind.LIST_OR_STRING);
        assertThat(DocumentedType.parse("A or B").classNames()).containsExactly("A", "B");
        assertThat(DocumentedType.parse("int or str").kind()).isEqualTo(DocumentedType.Kind.UNION);
    }

    @Test
    void blankTypeRejected() {
        assertThatThrownBy(() -> DocumentedType.parse("  "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("type is empty");
    }

    private static ObjectNode defs() {
        try {
            JsonNode defs = JsonFormat.read("""
                {
                  "DataPath": {"x-aml-kind": "type", "x-aml-java-name": "DataPath"},
                  "distributed": {
                    "x-aml-kind": "union",
                    "x-aml-java-name": "Distributed",
                    "oneOf": [{"$ref": "#/$defs/distributed.Mpi"}, {"$ref": "#/$defs/distributed.PyTorch"}]
                  },
                  "distributed.Mpi": {"x-aml-kind": "type", "x-aml-java-name": "Mpi"},
                  "distributed.PyTorch": {"x-aml-kind": "type", "x-aml-java-name": "PyTorch"}
                }
                """);
            return (ObjectNode) defs;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
