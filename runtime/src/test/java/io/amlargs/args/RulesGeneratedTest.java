package io.amlargs.args;

import static org.assertj.core.api.Assertions.assertThat;

import io.amlargs.validation.ReadResult;
import io.amlargs.validation.Violation;
import io.amlargs.validation.ViolationIds;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Checks each cross-field rule of the schema on the generated readers: broken, then satisfied. */
class RulesGeneratedTest {

    static Stream<Arguments> brokenRules() {
        return Stream.of(
                Arguments.of("MIN_NODES_LE_MAX_NODES", "compute_args.min_nodes",
                        cluster(Map.of("min_nodes", 5, "max_nodes", 2))),
                Arguments.of("MIN_NODE_COUNT_LE_MIN_NODES", "compute_args.min_node_count",
                        cluster(Map.of("min_nodes", 1, "min_node_count", 3))),
                Arguments.of("USER_ASSIGNED_NEEDS_IDENTITY_ID", "compute_args.identity_type",
                        cluster(Map.of("identity_type", "UserAssigned"))),
                Arguments.of("IDENTITY_ID_NEEDS_USER_ASSIGNED", "compute_args.identity_id",
                        cluster(Map.of("identity_type", "SystemAssigned", "identity_id", List.of("/id/1")))),
                Arguments.of("ADMIN_USERNAME_NEEDS_CREDENTIAL", "compute_args.admin_username",
                        cluster(Map.of("admin_username", "azureuser"))),
                Arguments.of("VNET_ALL_OR_NONE", "compute_args",
                        cluster(Map.of("vnet_name", "vnet", "subnet_name", "default"))),
                Arguments.of("VNET_ALL_OR_NONE", "compute_args",
                        instance(Map.of("vnet_resourcegroup_name", "network-rg"))),
                Arguments.of("SSH_ACCESS_NEEDS_PUBLIC_KEY", "compute_args.ssh_public_access",
                        instance(Map.of("ssh_public_access", true))),
                Arguments.of("SCRIPT_OR_COMMAND", "config_args",
                        ScriptRunConfigArgs.read(Map.of("source_directory", "src", "script", "train.py",
                                "command", List.of("python", "train.py")), "config_args")),
                Arguments.of("SCRIPT_OR_COMMAND", "config_args",
                        ScriptRunConfigArgs.read(Map.of("source_directory", "src"), "config_args")),
                Arguments.of(ViolationIds.DUPLICATE_ITEM, "download_args.output_paths[1]",
                        DownloadArgs.read(Map.of("output_paths", List.of("a.json", "a.json")), "download_args")));
    }

    static Stream<Arguments> satisfiedRules() {
        return Stream.of(
                Arguments.of(cluster(Map.of("min_nodes", 2, "max_nodes", 2, "min_node_count", 2))),
                Arguments.of(cluster(Map.of("identity_type", "UserAssigned", "identity_id", List.of("/id/1")))),
                Arguments.of(cluster(Map.of("admin_username", "azureuser", "admin_user_ssh_key", "ssh-ed25519 AAAA"))),
                Arguments.of(cluster(Map.of("vnet_resourcegroup_name", "network-rg", "vnet_name", "vnet",
                        "subnet_name", "default"))),
                Arguments.of(instance(Map.of("ssh_public_access", true, "admin_user_ssh_public_key", "ssh-ed25519 AAAA"))),
                Arguments.of(ScriptRunConfigArgs.read(Map.of("source_directory", "src",
                        "command", "python train.py --epochs 3"), "config_args")),
                Arguments.of(DownloadArgs.read(Map.of("output_paths", List.of("a.json", "b.json")), "download_args")));
    }

    @ParameterizedTest(name = "{0} at {1}")
    @MethodSource("brokenRules")
    void brokenRuleIsError(String id, String path, ReadResult<?> result) {
        List<Violation> errors = result.errors();

        assertThat(result.value()).isNull();
        assertThat(errors).extracting(Violation::id).containsExactly(id);
        assertThat(errors.get(0).path()).isEqualTo(path);
        assertThat(errors.get(0).message()).isNotBlank();
    }

    @ParameterizedTest
    @MethodSource("satisfiedRules")
    void satisfiedRuleHasNoErrors(ReadResult<?> result) {
        assertThat(result.errors()).isEmpty();
        assertThat(result.value()).isNotNull();
    }

    private static ReadResult<ComputeArgs> cluster(Map<String, Object> keys) {
        return ComputeArgs.read("AmlComputeCluster", withName(keys), "compute_args");
    }

    private static ReadResult<ComputeArgs> instance(Map<String, Object> keys) {
        return ComputeArgs.read("AmlComputeInstance", withName(keys), "compute_args");
    }

    private static Map<String, Object> withName(Map<String, Object> keys) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("compute_name", "compute");
        map.putAll(keys);
        return map;
    }
}
