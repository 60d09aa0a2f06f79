package io.amlargs.schema.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DocsPageParserTest {

    private final DocsPage page = SyncFixtures.page("irregular.md");

    @Test
    void groupsInPageOrder() {
        List<String> names = page.groups().stream().map(DocumentedGroup::name).toList();

        // alpha_args has a leading space before '#', gamma_args a level 2 heading without "dictionary".
        assertThat(names).containsExactly("alpha_args", "beta_args", "environment_args", "gamma_args");
    }

    @Test
    void variantsOfGroup() {
        DocumentedGroup beta = group("beta_args");

        assertThat(beta.keys()).isEmpty();
        assertThat(beta.variants()).extracting(DocumentedVariant::name).containsExactly("Small", "Large");
        assertThat(beta.variants().get(1).keys()).extracting(DocumentedKey::name).containsExactly("name", "ratio");
    }

    @Test
    void environmentVariantNamingComputeType() {
        DocumentedGroup environment = group("environment_args");

        assertThat(environment.variants()).extracting(DocumentedVariant::name).containsExactly("PipEnvironment");
        assertThat(environment.variants().get(0).keys()).extracting(DocumentedKey::name).containsExactly("name");
    }

    @Test
    void keysInPageOrder() {
        assertThat(group("alpha_args").keys()).extracting(DocumentedKey::name).containsExactly(
                "token", "mode", "retries", "label", "packages", "targets", "argv", "launcher", "_trace", "kwargs",
                "subnet", "verbose", "size", "version", "notes", "port_access");
    }

    @ParameterizedTest(name = "{0} is written {1}")
    @CsvSource(delimiter = '|', value = {
        "token    | str                                                  | STRING",
        // A link to the string module, not to str.
        "mode     | string                                               | STRING",
        "packages | list[str]                                            | ARRAY",
        // [[str]](...) is a link whose text is [str].
        "targets  | [str]                                                | ARRAY",
        "argv     | list or str                                          | LIST_OR_STRING",
        // The xref autolink names two classes; the doubled URL of the third is ignored.
        "launcher | FirstLauncher or SecondLauncher or ThirdLauncher     | CLASS_UNION",
        "kwargs   | dict                                                 | OBJECT",
        // The key is glued to its type link.
        "subnet   | str                                                  | STRING",
    })
    void documentedType(String key, String text, DocumentedType.Kind kind) {
        DocumentedType type = key(key).type();

        assertThat(type.text()).isEqualTo(text);
        assertThat(type.kind()).isEqualTo(kind);
    }

    @Test
    void noneDefaultWinsOverDefaultsToSentence() {
        assertThat(key("retries").documentedDefault()).contains(NullNode.getInstance());
    }

    @Test
    void defaultsToSentenceWithoutDefaultLine() {
        assertThat(key("size").documentedDefault()).contains(TextNode.valueOf("Standard_D2"));
    }

    @Test
    void underscoreSpellingAndQuotes() {
        assertThat(key("label").documentedDefault()).contains(TextNode.valueOf("nightly"));
    }

    @Test
    void listDefault() {
        JsonNode packages = key("packages").documentedDefault().orElseThrow();

        assertThat(packages.toString()).isEqualTo("[\"numpy\",\"scipy\"]");
    }

    @Test
    void typedDefaults() {
        assertThat(key("verbose").documentedDefault()).contains(BooleanNode.TRUE);
        assertThat(variantKey("beta_args", "Large", "ratio").documentedDefault()).contains(DoubleNode.valueOf(0.5));
        assertThat(key("port_access").documentedDefault()).contains(TextNode.valueOf("Closed"));
    }

    @Test
    void conditionalDefaultKeepsItsWords() {
        Optional<JsonNode> version = key("version").documentedDefault();

        // The page escapes __version__ so badly that Markdown reads an emphasis; the underscores stay.
        assertThat(version).contains(TextNode.valueOf("(tool.__version__) if pinned is set to 'True' else None"));
    }

    @Test
    void noDefaultStated() {
        assertThat(key("token").documentedDefault()).isEmpty();
        assertThat(key("targets").documentedDefault()).isEmpty();
    }

    @Test
    void possibleValuesFromBullets() {
        assertThat(key("mode").allowedValues()).containsExactly(TextNode.valueOf("Fast"), TextNode.valueOf("Safe"));
        assertThat(key("port_access").allowedValues()).containsExactly(TextNode.valueOf("Open"), TextNode.valueOf("Closed"));
        assertThat(key("verbose").allowedValues()).containsExactly(BooleanNode.FALSE, BooleanNode.TRUE);
        assertThat(key("token").allowedValues()).isEmpty();
    }

    @Test
    void internalUseOnly() {
        assertThat(key("_trace").internal()).isTrue();
        assertThat(key("token").internal()).isFalse();
    }

    @Test
    void descriptionOverSeveralLines() {
        assertThat(key("notes").description()).isEqualTo("The first line of the notes goes on here and ends here.");
        assertThat(key("port_access").description()).isEqualTo("State of the port. Possible values are:");
    }

    @Test
    void keyLineNumbers() {
        assertThat(key("token").line()).isEqualTo(5);
        assertThat(group("alpha_args").line()).isEqualTo(1);
    }

    @Test
    void everyProblemListedAtOnce() {
        String broken = """
            `'orphan'` [str](https://example.com)
            Listed before any heading.

            # **delta_args dictionary keyworded arguments**

            `'name'` [str](https://example.com)
            First.

            `'name'` [str](https://example.com)
            Second.

            `'bare'`
            Has no type.

            `'items'` [list](https://example.com)
            default value: [1, 2
            A list that never closes.

            # **epsilon_args dictionary keyworded arguments**
            """;

        assertThatThrownBy(() -> new DocsPageParser().parse("broken.md", broken))
                .isInstanceOfSatisfying(DocsPageException.class, e -> assertThat(e.problems()).containsExactly(
                        "line 1: key 'orphan' is not under a heading that names its dictionary;"
                                + " add a heading such as '# workspace_args' above it",
                        "line 9: key 'name' is listed twice in delta_args (first on line 6); remove one",
                        "line 12: key 'bare' has no type; write it after the key, as in `'bare'` [str]",
                        "line 15: key 'items': default value [1, 2 is not a valid list; write it as [\"a\", \"b\"]",
                        "line 19: epsilon_args lists no keys"))
                .hasMessageStartingWith("docs page broken.md is invalid (5 problems):");
    }

    @Test
    void keysOutsideVariantHeadings() {
        String mixed = """
            # **zeta_args dictionary keyworded arguments**

            `'shared'` [str](https://example.com)
            Belongs to no variant.

            # **zeta_args dictionary keyworded arguments for zeta_type 'One'**

            `'name'` [str](https://example.com)
            Name.
            """;

        assertThatThrownBy(() -> new DocsPageParser().parse("mixed.md", mixed))
                .isInstanceOf(DocsPageException.class)
                .hasMessageContaining("line 1: zeta_args lists keys outside its variant headings");
    }

    @Test
    void pageWithoutDictionaries() {
        assertThatThrownBy(() -> new DocsPageParser().parse("notes.md", "# Release notes\n\nNothing here.\n"))
                .isInstanceOf(DocsPageException.class)
                .hasMessageContaining("no heading names an argument dictionary");
    }

    @Test
    void integerDefaultOfIntKey() {
        String page = """
            # **eta_args dictionary keyworded arguments**

            `'count'` [int](https://example.com)
            default value: 1800
            Seconds to wait.
            """;

        DocumentedKey count = new DocsPageParser().parse("eta.md", page).groups().get(0).keys().get(0);

        assertThat(count.documentedDefault()).contains(IntNode.valueOf(1800));
    }

    private DocumentedGroup group(String name) {
        return page.groups().stream().filter(group -> group.name().equals(name)).findFirst().orElseThrow();
    }

    private DocumentedKey key(String name) {
        return group("alpha_args").keys().stream().filter(key -> key.name().equals(name)).findFirst().orElseThrow();
    }

    private DocumentedKey variantKey(String group, String variant, String name) {
        return group(group).variants().stream()
                .filter(documented -> documented.name().equals(variant))
                .flatMap(documented -> documented.keys().stream())
                .filter(key -> key.name().equals(name))
                .findFirst()
                .orElseThrow();
    }
}
