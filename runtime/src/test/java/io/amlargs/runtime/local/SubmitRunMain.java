package io.amlargs.runtime.local;

import io.amlargs.runtime.ProgressListener;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Submits a local run from a separate JVM and waits for it, for the test of cancellation at JVM
 * shutdown.
 *
 * <p>Arguments: store root, source directory, script. Prints the run id, then every output line of
 * the run.
 */
public final class SubmitRunMain {

    private SubmitRunMain() {
    }

    public static void main(String[] args) throws Exception {
        LocalStore store = new LocalStore(Path.of(args[0]));
        RunSpec spec = RunSpec.of("shutdown", Path.of(args[1]),
                RunCommand.script("python3", args[2], List.of()), Duration.ofHours(1));
        ProgressListener printer = new ProgressListener() {
            @Override
            public void onOutputLine(String runId, String line) {
                System.out.println(line);
                System.out.flush();
            }
        };

        LocalRun run = LocalRun.submit(store, spec, printer, Duration.ofSeconds(5));
        System.out.println(run.id());
        System.out.flush();
        run.waitForCompletion();
    }
}
