package fixture.args;

import io.amlargs.validation.ArgsValidationException;
import io.amlargs.validation.ReadResult;
import io.amlargs.validation.Violation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Uses the code generated from the fixture schema the way a caller would. Each method returns
 * plain values that GeneratedBehaviourTest asserts on.
 */
public final class Scenarios {

    private Scenarios() {
    }

    public static Object builderAppliesDefaults() {
        return JobArgs.builder().name("train").command(List.of("ls")).build().toMap();
    }

    public static Object builderCollectsEveryViolation() {
        try {
            JobArgs.builder()
                    .priority("dedicatd")
                    .nodesMin(5)
                    .nodesMax(3)
                    .ratio(-0.5)
                    .script("train.py")
                    .command(List.of("ls"))
                    .vnet("net")
                    .username("admin")
                    .identityIds(List.of("id-1", "id-1"))
                    .publicAccess(true)
                    .modes(List.of("read", "wrte"))
                    .size("Old_1")
                    .build();
            return "no exception";
        } catch (ArgsValidationException e) {
            return strings(e.violations());
        }
    }

    // sku is deprecated because the schema marks it ignored; setting it must still warn.
    @SuppressWarnings("deprecation")
    public static Object builderThrowsNothingForWarnings() {
        JobArgs args = JobArgs.builder().name("train").script("train.py").size("Tiny").sku("basic").build();
        return strings(JobArgsValidator.validate(args, "job_args"));
    }

    public static Object listsAreImmutableCopies() {
        List<String> ids = new ArrayList<>(List.of("id-1"));
        Map<String, Object> nested = new LinkedHashMap<>(Map.of("depth", new ArrayList<>(List.of(1))));
        JobArgs args = JobArgs.builder().name("train").script("a.py").identityType("UserAssigned").identityIds(ids)
                .kwargs(Map.of("nested", nested)).build();
        ids.add("id-2");
        List<Object> outcomes = new ArrayList<>();
        outcomes.add(args.identityIds());
        outcomes.add(rejectsChange(() -> args.identityIds().add("id-3")));
        outcomes.add(rejectsChange(() -> args.packages().clear()));
        outcomes.add(rejectsChange(() -> args.kwargs().put("x", 1)));
        @SuppressWarnings("unchecked")
        Map<String, Object> copied = (Map<String, Object>) args.kwargs().get("nested");
        outcomes.add(rejectsChange(() -> copied.put("x", 1)));
        return outcomes;
    }

    public static Object constructorRejectsMissingRequired() {
        try {
            new ExperimentArgs(null, null, null, null);
            return "no exception";
        } catch (NullPointerException e) {
            return e.getMessage();
        }
    }

    public static Object readReportsEveryProblem() {
        Map<String, Object> auth = new LinkedHashMap<>();
        auth.put("type", "KeyAuthentication");
        auth.put("tenant_id", 5);
        auth.put("secret", "s3cr3t-value");
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("nmae", "train");
        map.put("nodes_max", "four");
        map.put("arguments", Arrays.asList("--epochs", 3, Map.of("dataset", "iris")));
        map.put("script", "train.py");
        map.put("password", 1234);
        map.put("auth", auth);
        map.put("datasets", List.of(Map.of("datastore", "ws", "path", "data/a"), Map.of("datastore", "ws", "path", "/abs")));
        return strings(JobArgs.read(map, "job_args").violations());
    }

    public static Object readSkipsRuleOfUnreadableKey() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("name", "train");
        map.put("script", "train.py");
        map.put("username", "admin");
        map.put("password", 12345);
        return strings(JobArgs.read(map, "job_args").violations());
    }

    public static Object readAppliesNoDefaultToUnreadableKey() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("name", "train");
        map.put("script", "train.py");
        // A parser that reads decimals as doubles turns an unquoted python: 3.10 into this value.
        map.put("python", 3.10);
        return strings(JobArgs.read(map, "job_args").violations());
    }

    public static Object readReportsRequiredKeyOfWrongTypeOnce() {
        return strings(JobArgs.read(Map.of("name", 42, "script", "train.py"), "job_args").violations());
    }

    public static Object readChecksRulesOverOtherKeys() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("name", "train");
        map.put("script", "train.py");
        map.put("sizee", "Large");
        map.put("ratio", "half");
        map.put("nodes_min", 5);
        map.put("nodes_max", 3);
        map.put("vnet", 7);
        map.put("subnet", "default");
        return strings(JobArgs.read(map, "job_args").violations());
    }

    public static Object readSplitsStringForms() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("name", "train");
        map.put("arguments", "--lr 0.1 --name 'my run'");
        map.put("command", "python train.py | tee log.txt");
        map.put("script", null);
        JobArgs args = JobArgs.fromMap(map);
        return List.of(args.arguments(), args.command());
    }

    public static Object readConvertsScalarsAndMergesDefaults() {
        Map<String, Object> tags = new LinkedHashMap<>();
        tags.put("epochs", 3);
        tags.put("gpu", true);
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("name", "train");
        map.put("script", "train.py");
        map.put("arguments", List.of("--epochs", 3, "--lr", 0.25, "--fast", true));
        map.put("packages", List.of("numpy", "pip"));
        map.put("tags", tags);
        map.put("nodes_max", 8L);
        map.put("ratio", 1);
        JobArgs args = JobArgs.fromMap(map);
        return List.of(args.arguments(), args.packages(), args.tags(), args.nodesMax(), args.ratio());
    }

    public static Object roundTripKeepsEveryKey() {
        JobArgs args = JobArgs.builder()
                .name("train")
                .command(List.of("python", "train.py"))
                .password("s3cr3t-value")
                .username("admin")
                .tags(Map.of("team", "ml"))
                .kwargs(Map.of("retries", 2))
                .defaultValue(true)
                .auth(KeyAuth.builder().tenantId("tenant").secret("key-secret").build())
                .data(DataPath.builder().datastore("ws").pathValue("data/in").build())
                .datasets(List.of(DataPath.builder().datastore("ws").pathValue("data/a").build()))
                .build();
        JobArgs copy = JobArgs.fromMap(args.toMap());
        return List.of(copy.equals(args), args.toMap().keySet(), copy.toBuilder().build().equals(args));
    }

    public static Object secretsAreRedacted() {
        JobArgs args = JobArgs.builder()
                .name("train")
                .script("train.py")
                .password("s3cr3t-value")
                .auth(KeyAuth.builder().tenantId("tenant").secret("key-secret").build())
                .build();
        String message;
        try {
            JobArgs.fromMap(Map.of("name", "train", "script", "a.py", "password", 424242));
            message = "no exception";
        } catch (ArgsValidationException e) {
            message = e.getMessage();
        }
        return List.of(args.toString(), args.toRedactedMap(), message, args.toMap().get("password"));
    }

    public static Object variantsAreSelected() {
        ReadResult<ComputeArgs> cluster = ComputeArgs.read("Cluster", Map.of("compute_name", "gpu"), "compute_args");
        ReadResult<ComputeArgs> unknown = ComputeArgs.read("Clustr", Map.of("compute_name", "gpu"), "compute_args");
        ReadResult<ComputeArgs> unset = ComputeArgs.read(null, Map.of(), "compute_args");
        ComputeArgs value = cluster.orThrow();
        return List.of(value.getClass().getSimpleName(), value.variant(), value.toMap(), strings(unknown.violations()),
                strings(unset.violations()));
    }

    public static Object unionsAreSelected() {
        ReadResult<Auth> msi = Auth.read(Map.of("type", "MsiAuthentication", "client_id", "c1"), "job_args.auth");
        ReadResult<Auth> unknown = Auth.read(Map.of("type", "MsiAuth"), "job_args.auth");
        ReadResult<Auth> absent = Auth.read(Map.of("client_id", "c1"), "job_args.auth");
        MsiAuth built = MsiAuth.builder().clientId("c1").build();
        return List.of(msi.orThrow().type(), msi.orThrow().equals(built), strings(unknown.violations()),
                strings(absent.violations()));
    }

    public static Object catalogListsGroups() {
        ReadResult<?> unknown = ArgsCatalog.read("job_arg", null, Map.of());
        ReadResult<?> compute = ArgsCatalog.read("compute_args", "Instance", Map.of("compute_name", "ci"));
        return List.of(ArgsCatalog.GROUP_NAMES, ArgsCatalog.COMPUTE_ARGS.variant("Cluster").orElseThrow().keyNames(),
                ArgsCatalog.JOB_ARGS.keys().get(7), strings(unknown.violations()), compute.value());
    }

    private static List<String> strings(List<Violation> violations) {
        List<String> lines = new ArrayList<>();
        violations.forEach(violation -> lines.add(violation.toString()));
        return lines;
    }

    private static boolean rejectsChange(Runnable change) {
        try {
            change.run();
            return false;
        } catch (UnsupportedOperationException expected) {
            return true;
        }
    }
}
