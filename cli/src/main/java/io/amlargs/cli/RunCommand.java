package io.amlargs.cli;

import io.amlargs.runtime.AmlArgsClient;
import io.amlargs.runtime.AmlArgsClientBuilder;
import io.amlargs.runtime.job.JobDefinition;
import io.amlargs.runtime.job.JobFileLoader;
import io.amlargs.runtime.job.JobOutcome;
import io.amlargs.runtime.job.JobRunner;
import io.amlargs.runtime.job.JobStepException;
import io.amlargs.runtime.local.LocalBackend;
import io.amlargs.validation.ArgsValidationException;
import io.amlargs.validation.ReadResult;
import io.amlargs.validation.Violation;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The {@code run} command: validates a job file, then runs its whole workflow. */
@Command(
        name = "run",
        mixinStandardHelpOptions = true,
        description = {
            "Validates a job file, then runs its workflow: experiment, compute, environment, script run,"
                    + " download of the outputs and model registration. An invalid job runs nothing.",
            "Ctrl-C cancels the run, which is then recorded as Canceled."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:The run completed.",
            "1:The run failed or was canceled, or the backend failed.",
            "2:The job file is invalid, or the command line is wrong. Nothing was run.",
            "130:Interrupted by Ctrl-C. The run was canceled and recorded as Canceled.",
        })
final class RunCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(RunCommand.class);

    // Longer than the local backend takes to cancel a run on shutdown: its default stop grace period
    // of 10 s, plus the 5 s it allows for writing the run record.
    private static final Duration SUMMARY_TIMEOUT = Duration.ofSeconds(30);

    @Spec
    private CommandSpec spec;

    @Mixin
    private LoggingOptions logging;

    @Parameters(index = "0", paramLabel = "JOB", description = "The job file: *.yaml, *.yml or *.json.")
    private Path jobFile;

    @Option(names = "--store", paramLabel = "DIR",
            description = "Folder of the local store, where runs and registered models are kept."
                    + " Default: .aml-args in the working directory.")
    private Path storeDirectory;

    @Option(names = "--backend", paramLabel = "NAME",
            description = "Backend that runs the job: ${COMPLETION-CANDIDATES}. Required for a job with"
                    + " workspace_args, which then runs on this machine; without workspace_args the default is local.")
    private BackendName backend;

    @Option(names = "--working-directory", paramLabel = "DIR",
            description = "Folder that the default store and relative download folders resolve against."
                    + " Default: the current directory.")
    private Path workingDirectory = Path.of("");

    @Override
    public Integer call() {
        logging.apply();
        PrintWriter err = spec.commandLine().getErr();

        ReadResult<JobDefinition> result = JobFileLoader.load(jobFile);
        if (result.hasErrors()) {
            ViolationReport.print(err, jobFile.toString(), result.violations());
            return ExitCodes.INVALID_INPUT;
        }
        for (Violation warning : result.warnings()) {
            LOG.warn("{}", warning);
        }

        JobDefinition job = result.value();
        if (job.hasWorkspace() && backend == null) {
            err.println("error: " + jobFile + " names workspace '" + job.workspaceArgs().workspaceName()
                    + "' in workspace_args, but the Azure backend is not available yet. To run the job on this"
                    + " machine instead, add --backend local.");
            return ExitCodes.INVALID_INPUT;
        }
        return run(job);
    }

    private int run(JobDefinition job) {
        try (SummaryShutdownHook summaryHook = SummaryShutdownHook.install(SUMMARY_TIMEOUT)) {
            return runAndReport(job);
        }
    }

    private int runAndReport(JobDefinition job) {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ConsoleProgress progress = new ConsoleProgress(out, err, job.showOutput());
        String downloadPrefix = job.downloadArgs() == null ? null : job.downloadArgs().prefix();
        JobOutcome outcome;
        try {
            outcome = new JobRunner(newClient(progress)).run(job);
        } catch (ArgsValidationException e) {
            ViolationReport.print(err, jobFile.toString(), e.violations());
            return ExitCodes.INVALID_INPUT;
        } catch (JobStepException e) {
            RunSummary.print(out, e.outcome(), downloadPrefix);
            printStepFailure(err, e);
            return ExitCodes.RUN_FAILED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("Interrupted: the run was canceled.");
            err.flush();
            return ExitCodes.INTERRUPTED;
        }

        RunSummary.print(out, outcome, downloadPrefix);
        return outcome.isCompleted() ? ExitCodes.OK : ExitCodes.RUN_FAILED;
    }

    private static void printStepFailure(PrintWriter err, JobStepException failure) {
        if (failure.violations().isEmpty()) {
            err.println("error: " + failure.getMessage());
            err.flush();
            return;
        }
        err.println("error: " + failure.summary() + ":");
        ViolationReport.printEach(err, failure.violations());
    }

    // An explicit backend lets a job with workspace_args run locally; the default client rejects it.
    private AmlArgsClient newClient(ConsoleProgress progress) {
        AmlArgsClientBuilder builder = new AmlArgsClientBuilder().progressListener(progress);
        if (backend == BackendName.local) {
            LocalBackend local = LocalBackend.builder()
                    .workingDirectory(workingDirectory)
                    .storeDirectory(storeDirectory)
                    .build();
            return builder.backend(local).buildClient();
        }
        return builder.workingDirectory(workingDirectory).storeDirectory(storeDirectory).buildClient();
    }
}
