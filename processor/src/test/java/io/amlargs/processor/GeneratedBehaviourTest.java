package io.amlargs.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.lang.reflect.InvocationTargetException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Compiles the fixture schema's generated code with {@code scenarios/Scenarios.java}, which uses
 * it as a caller would, then runs each scenario and checks what it returns.
 */
class GeneratedBehaviourTest {

    private static GeneratedClassLoader loader;

    @BeforeAll
    static void compileScenarios() {
        Compilation compilation = Fixtures.compile(Fixtures.SCHEMA, JavaFileObjects.forResource("scenarios/Scenarios.java"));
        assertThat(compilation).succeededWithoutWarnings();
        loader = new GeneratedClassLoader(compilation);
    }

    private static Object run(String scenario) throws ReflectiveOperationException {
        try {
            return loader.loadClass("fixture.args.Scenarios").getMethod(scenario).invoke(null);
        } catch (InvocationTargetException e) {
            throw new AssertionError("scenario " + scenario + " failed", e.getCause());
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Object> runList(String scenario) throws ReflectiveOperationException {
        return (List<Object>) run(scenario);
    }

    @SuppressWarnings("unchecked")
    private static Map<Object, Object> runMap(String scenario) throws ReflectiveOperationException {
        return (Map<Object, Object>) run(scenario);
    }

    @SuppressWarnings("unchecked")
    private static Iterable<Object> iterable(Object value) {
        return (Iterable<Object>) value;
    }

    @Test
    void builderAppliesDefaults() throws ReflectiveOperationException {
        Map<Object, Object> map = runMap("builderAppliesDefaults");

        assertThat(map).containsExactly(
                Map.entry("name", "train"),
                Map.entry("priority", "dedicated"),
                Map.entry("nodes_min", 0),
                Map.entry("nodes_max", 4),
                Map.entry("public_access", false),
                Map.entry("command", List.of("ls")),
                Map.entry("packages", List.of("pip")),
                Map.entry("python", "3.6"));
    }

    @Test
    void builderCollectsEveryViolation() throws ReflectiveOperationException {
        List<Object> violations = runList("builderCollectsEveryViolation");

        assertThat(violations).containsExactly(
                "[MISSING_KEY] job_args.name: 'name' is required by job_args; add it",
                "[NOT_ALLOWED] job_args.priority: 'dedicatd' is not allowed; use one of 'dedicated', 'lowpriority';"
                        + " did you mean 'dedicated'?",
                "[BELOW_MINIMUM] job_args.ratio: '-0.5' is below the minimum '0'; use '0' or more",
                "[DUPLICATE_ITEM] job_args.identity_ids[1]: 'id-1' appears more than once, but the items must be"
                        + " unique; remove the duplicate",
                "[NOT_ALLOWED] job_args.modes[1]: 'wrte' is not allowed; use one of 'read', 'write';"
                        + " did you mean 'write'?",
                "[MIN_LE_MAX] job_args.nodes_min: 'nodes_min' is '5', which is greater than 'nodes_max' '3';"
                        + " lower nodes_min or raise nodes_max",
                "[VNET_TOGETHER] job_args: 'vnet', 'subnet' must be set together, but only 'vnet' is set;"
                        + " set vnet and subnet together",
                "[SCRIPT_OR_COMMAND] job_args: exactly one of 'script', 'command' must be set,"
                        + " but 'script', 'command' are all set; set either script or command",
                "[USERNAME_NEEDS_CREDENTIAL] job_args.username: because 'username' is set,"
                        + " one of 'password', 'ssh_key' must be set; set password or ssh_key",
                "[IDS_NEED_USER_ASSIGNED] job_args.identity_ids: because 'identity_ids' is set,"
                        + " 'identity_type' must be 'UserAssigned'; set identity_type to UserAssigned",
                "[PUBLIC_NEEDS_KEY] job_args.public_access: because 'public_access' is true,"
                        + " 'ssh_key' must be set; set ssh_key",
                "[RETIRED_SIZE] (warning) job_args.size: 'Old_1': old sizes were retired; choose a New_ size",
                "[OLD_PYTHON] (warning) job_args.python: '3.6': Python 3.6 no longer gets fixes; use 3.11");
    }

    @Test
    void warningsDoNotStopBuild() throws ReflectiveOperationException {
        List<Object> violations = runList("builderThrowsNothingForWarnings");

        assertThat(violations).containsExactly(
                "[SLOW_SIZE] (warning) job_args.size: 'Tiny': this size is slow; choose Large",
                "[IGNORED_KEY] (warning) job_args.sku: 'basic': sku has no effect; remove sku",
                "[OLD_PYTHON] (warning) job_args.python: '3.6': Python 3.6 no longer gets fixes; use 3.11");
    }

    @Test
    void collectionsAreImmutableCopies() throws ReflectiveOperationException {
        List<Object> outcomes = runList("listsAreImmutableCopies");

        assertThat(outcomes.get(0)).isEqualTo(List.of("id-1"));
        assertThat(outcomes.subList(1, outcomes.size())).containsOnly(Boolean.TRUE);
    }

    @Test
    void constructorNamesMissingKey() throws ReflectiveOperationException {
        assertThat(run("constructorRejectsMissingRequired")).isEqualTo("name is required by experiment_args");
    }

    @Test
    void readReportsEveryProblemWithPath() throws ReflectiveOperationException {
        List<Object> violations = runList("readReportsEveryProblem");

        assertThat(violations).containsExactly(
                "[UNKNOWN_KEY] job_args.nmae: 'nmae' is not a key of job_args; did you mean 'name'?",
                "[WRONG_TYPE] job_args.nodes_max: expected an integer but got a string 'four'; change it to an integer",
                "[WRONG_TYPE] job_args.password: expected a string but got an integer <redacted>;"
                        + " write the value in quotes",
                "[INVALID_ITEM] job_args.arguments[2]: expected a plain value (string, number or boolean)"
                        + " but got a mapping '{dataset=iris}'; replace or remove this item",
                "[WRONG_TYPE] job_args.auth.tenant_id: expected a string but got an integer '5';"
                        + " write the value in quotes, for example tenant_id: \"5\"",
                "[PATTERN_MISMATCH] job_args.datasets[1].path: '/abs' does not match the pattern '^[^/]';"
                        + " change it to match",
                "[MISSING_KEY] job_args.name: 'name' is required by job_args; add it",
                "[OLD_PYTHON] (warning) job_args.python: '3.6': Python 3.6 no longer gets fixes; use 3.11");
    }

    @Test
    void unreadableKeyFiresNoRule() throws ReflectiveOperationException {
        List<Object> violations = runList("readSkipsRuleOfUnreadableKey");

        assertThat(violations).containsExactly(
                "[WRONG_TYPE] job_args.password: expected a string but got an integer <redacted>;"
                        + " write the value in quotes",
                "[OLD_PYTHON] (warning) job_args.python: '3.6': Python 3.6 no longer gets fixes; use 3.11");
    }

    @Test
    void unreadableKeyGetsNoDefaultOrWarning() throws ReflectiveOperationException {
        List<Object> violations = runList("readAppliesNoDefaultToUnreadableKey");

        assertThat(violations).containsExactly(
                "[WRONG_TYPE] job_args.python: expected a string but got a number '3.1'; write the value in quotes,"
                        + " for example python: \"3.1\" (an unquoted 3.10 reads as the number 3.1)");
    }

    @Test
    void requiredKeyOfWrongTypeIsNotMissing() throws ReflectiveOperationException {
        List<Object> violations = runList("readReportsRequiredKeyOfWrongTypeOnce");

        assertThat(violations).containsExactly(
                "[WRONG_TYPE] job_args.name: expected a string but got an integer '42';"
                        + " write the value in quotes, for example name: \"42\"",
                "[OLD_PYTHON] (warning) job_args.python: '3.6': Python 3.6 no longer gets fixes; use 3.11");
    }

    @Test
    void rulesOverOtherKeysStillRun() throws ReflectiveOperationException {
        List<Object> violations = runList("readChecksRulesOverOtherKeys");

        // vnet is unreadable, so VNET_TOGETHER must not claim that only subnet is set.
        assertThat(violations).containsExactly(
                "[UNKNOWN_KEY] job_args.sizee: 'sizee' is not a key of job_args; did you mean 'size'?",
                "[WRONG_TYPE] job_args.ratio: expected a number but got a string 'half'; change it to a number",
                "[WRONG_TYPE] job_args.vnet: expected a string but got an integer '7';"
                        + " write the value in quotes, for example vnet: \"7\"",
                "[MIN_LE_MAX] job_args.nodes_min: 'nodes_min' is '5', which is greater than 'nodes_max' '3';"
                        + " lower nodes_min or raise nodes_max",
                "[OLD_PYTHON] (warning) job_args.python: '3.6': Python 3.6 no longer gets fixes; use 3.11");
    }

    @Test
    void stringFormsBecomeLists() throws ReflectiveOperationException {
        List<Object> lists = runList("readSplitsStringForms");

        assertThat(lists.get(0)).isEqualTo(List.of("--lr", "0.1", "--name", "my run"));
        assertThat(lists.get(1)).isEqualTo(List.of("/bin/sh", "-c", "python train.py | tee log.txt"));
    }

    @Test
    void readConvertsScalarsAndMergesDefaults() throws ReflectiveOperationException {
        List<Object> values = runList("readConvertsScalarsAndMergesDefaults");

        assertThat(values.get(0)).isEqualTo(List.of("--epochs", "3", "--lr", "0.25", "--fast", "true"));
        assertThat(values.get(1)).isEqualTo(List.of("pip", "numpy"));
        assertThat(values.get(2)).isEqualTo(Map.of("epochs", "3", "gpu", "true"));
        assertThat(values.get(3)).isEqualTo(8);
        assertThat(values.get(4)).isEqualTo(1.0);
    }

    @Test
    void toMapRoundTrips() throws ReflectiveOperationException {
        List<Object> outcomes = runList("roundTripKeepsEveryKey");

        assertThat(outcomes.get(0)).isEqualTo(true);
        assertThat(iterable(outcomes.get(1))).containsExactly("name", "priority", "nodes_min", "nodes_max",
                "public_access", "username", "password", "command", "packages", "tags", "kwargs", "python", "default",
                "auth", "data", "datasets");
        assertThat(outcomes.get(2)).isEqualTo(true);
    }

    @Test
    void secretsAreRedactedEverywhereButToMap() throws ReflectiveOperationException {
        List<Object> outcomes = runList("secretsAreRedacted");
        String text = outcomes.subList(0, 3).toString();

        assertThat(text).doesNotContain("s3cr3t-value").doesNotContain("key-secret").doesNotContain("424242");
        assertThat((String) outcomes.get(0)).contains("password=<redacted>").contains("secret=<redacted>");
        assertThat((String) outcomes.get(2)).contains("[WRONG_TYPE] job_args.password");
        assertThat(outcomes.get(3)).isEqualTo("s3cr3t-value");
    }

    @Test
    void variantIsSelectedBySelector() throws ReflectiveOperationException {
        List<Object> outcomes = runList("variantsAreSelected");

        assertThat(outcomes.get(0)).isEqualTo("ClusterArgs");
        assertThat(outcomes.get(1)).isEqualTo("Cluster");
        assertThat(outcomes.get(2)).isEqualTo(Map.of("compute_name", "gpu", "max_nodes", 4));
        assertThat(outcomes.get(3)).isEqualTo(List.of("[UNKNOWN_VARIANT] compute_args: 'Clustr' is not a compute_type;"
                + " use one of 'Cluster', 'Instance'; did you mean 'Cluster'?"));
        assertThat(outcomes.get(4)).isEqualTo(List.of("[MISSING_KEY] compute_args: compute_type is not set, so the"
                + " shape of compute_args is unknown; use one of 'Cluster', 'Instance'"));
    }

    @Test
    void unionShapeIsSelectedByDiscriminator() throws ReflectiveOperationException {
        List<Object> outcomes = runList("unionsAreSelected");

        assertThat(outcomes.get(0)).isEqualTo("MsiAuthentication");
        assertThat(outcomes.get(1)).isEqualTo(true);
        assertThat(outcomes.get(2)).isEqualTo(List.of("[UNKNOWN_VARIANT] job_args.auth.type: 'MsiAuth' is not a shape"
                + " of auth; use one of 'KeyAuthentication', 'MsiAuthentication'; did you mean 'MsiAuthentication'?"));
        assertThat(outcomes.get(3)).isEqualTo(List.of("[MISSING_KEY] job_args.auth.type: 'type' is required to choose"
                + " the shape of auth; use one of 'KeyAuthentication', 'MsiAuthentication'"));
    }

    @Test
    void catalogListsGroupsAndReads() throws ReflectiveOperationException {
        List<Object> outcomes = runList("catalogListsGroups");

        assertThat(outcomes.get(0)).isEqualTo(List.of("experiment_args", "job_args", "compute_args"));
        assertThat(outcomes.get(1)).isEqualTo(List.of("compute_name", "max_nodes"));
        assertThat(outcomes.get(2).toString()).isEqualTo(
                "ArgsKey[name=password, javaName=password, required=false, secret=true, internal=false, ignored=false,"
                        + " localPath=null]");
        assertThat(outcomes.get(3)).isEqualTo(List.of("[UNKNOWN_KEY] job_arg: 'job_arg' is not an argument dictionary;"
                + " use one of 'experiment_args', 'job_args', 'compute_args'; did you mean 'job_args'?"));
        assertThat(outcomes.get(4).toString()).isEqualTo("InstanceArgs{compute_name=ci, ssh_public_access=false}");
    }
}
