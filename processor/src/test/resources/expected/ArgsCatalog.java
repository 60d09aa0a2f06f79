package fixture.args;

import io.amlargs.catalog.ArgsGroup;
import io.amlargs.catalog.ArgsKey;
import io.amlargs.catalog.ArgsVariant;
import io.amlargs.validation.ReadResult;
import io.amlargs.validation.Selectors;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * Every argument dictionary of the aml-args schema, in schema order.
 */
@Generated("io.amlargs.processor.ArgsProcessor")
public final class ArgsCatalog {
    /**
     * The dictionary {@code experiment_args}.
     */
    public static final ArgsGroup EXPERIMENT_ARGS = experimentArgs();

    /**
     * The dictionary {@code job_args}.
     */
    public static final ArgsGroup JOB_ARGS = jobArgs();

    /**
     * The dictionary {@code compute_args}.
     */
    public static final ArgsGroup COMPUTE_ARGS = computeArgs();

    /**
     * The argument dictionaries, in schema order.
     */
    public static final List<ArgsGroup> GROUPS = List.of(EXPERIMENT_ARGS, JOB_ARGS, COMPUTE_ARGS);

    /**
     * The documented names of the argument dictionaries, in schema order.
     */
    public static final List<String> GROUP_NAMES = List.of("experiment_args", "job_args", "compute_args");

    private ArgsCatalog() {
    }

    /**
     * Returns the dictionary with the documented name {@code name}.
     */
    public static Optional<ArgsGroup> group(String name) {
        return GROUPS.stream().filter(group -> group.name().equals(name)).findFirst();
    }

    /**
     * Reads the dictionary {@code group} from {@code map}, with paths below the group name.
     *
     * @param group the documented dictionary name, such as {@code compute_args}
     * @param variant the selector value for dictionaries with variants; ignored by the others
     * @param map the arguments, keyed by documented name
     * @return the arguments read, or an unknown-key violation when {@code group} is none of {@link #GROUP_NAMES}
     */
    public static ReadResult<?> read(String group, String variant, Map<String, ?> map) {
        Objects.requireNonNull(group, "group");
        switch (group) {
            case "experiment_args":
                return ExperimentArgs.read(map, group);
            case "job_args":
                return JobArgs.read(map, group);
            case "compute_args":
                return ComputeArgs.read(variant, map, group);
            default:
                return new ReadResult<>(null, List.of(Selectors.unknownGroup(group, GROUP_NAMES)));
        }
    }

    private static ArgsGroup experimentArgs() {
        return new ArgsGroup("experiment_args", null, ExperimentArgs.class, List.of(
                    new ArgsKey("name", "name", true, false, false, false, null),
                    new ArgsKey("kwargs", "kwargs", false, false, false, false, null),
                    new ArgsKey("_cloud", "internalCloud", false, false, true, false, null),
                    new ArgsKey("cloud", "cloud", false, false, false, false, null)), List.of());
    }

    private static ArgsGroup jobArgs() {
        return new ArgsGroup("job_args", null, JobArgs.class, List.of(
                    new ArgsKey("name", "name", true, false, false, false, null),
                    new ArgsKey("priority", "priority", false, false, false, false, null),
                    new ArgsKey("nodes_min", "nodesMin", false, false, false, false, null),
                    new ArgsKey("nodes_max", "nodesMax", false, false, false, false, null),
                    new ArgsKey("ratio", "ratio", false, false, false, false, null),
                    new ArgsKey("public_access", "publicAccess", false, false, false, false, null),
                    new ArgsKey("username", "username", false, false, false, false, null),
                    new ArgsKey("password", "password", false, true, false, false, null),
                    new ArgsKey("ssh_key", "sshKey", false, false, false, false, null),
                    new ArgsKey("identity_type", "identityType", false, false, false, false, null),
                    new ArgsKey("identity_ids", "identityIds", false, false, false, false, null),
                    new ArgsKey("vnet", "vnet", false, false, false, false, null),
                    new ArgsKey("subnet", "subnet", false, false, false, false, null),
                    new ArgsKey("script", "script", false, false, false, false, "file"),
                    new ArgsKey("arguments", "arguments", false, false, false, false, null),
                    new ArgsKey("command", "command", false, false, false, false, null),
                    new ArgsKey("packages", "packages", false, false, false, false, null),
                    new ArgsKey("modes", "modes", false, false, false, false, null),
                    new ArgsKey("tags", "tags", false, false, false, false, null),
                    new ArgsKey("kwargs", "kwargs", false, false, false, false, null),
                    new ArgsKey("size", "size", false, false, false, false, null),
                    new ArgsKey("sku", "sku", false, false, false, true, null),
                    new ArgsKey("python", "python", false, false, false, false, null),
                    new ArgsKey("default", "defaultValue", false, false, false, false, null),
                    new ArgsKey("auth", "auth", false, false, false, false, null),
                    new ArgsKey("data", "data", false, false, false, false, null),
                    new ArgsKey("datasets", "datasets", false, false, false, false, null)), List.of());
    }

    private static ArgsGroup computeArgs() {
        return new ArgsGroup("compute_args", "compute_type", ComputeArgs.class, List.of(), List.of(
                    new ArgsVariant("Cluster", ClusterArgs.class, List.of(
                        new ArgsKey("compute_name", "computeName", true, false, false, false, null),
                        new ArgsKey("max_nodes", "maxNodes", false, false, false, false, null))),
                    new ArgsVariant("Instance", InstanceArgs.class, List.of(
                        new ArgsKey("compute_name", "computeName", true, false, false, false, null),
                        new ArgsKey("ssh_public_access", "sshPublicAccess", false, false, false, false, null)))));
    }
}
