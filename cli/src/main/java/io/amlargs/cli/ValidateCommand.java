package io.amlargs.cli;

import io.amlargs.runtime.job.JobDefinition;
import io.amlargs.runtime.job.JobFileLoader;
import io.amlargs.runtime.job.JobKeys;
import io.amlargs.validation.ReadResult;
import io.amlargs.validation.Violation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The {@code validate} command: checks a job file and lists every problem, without running anything. */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        description = {
            "Checks a job file and lists every error and warning with its path, such as compute_args.max_nodes.",
            "Nothing is run or written."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:The job is valid (warnings alone do not fail it).",
            "2:The job file has at least one error, or the command line is wrong.",
        })
final class ValidateCommand implements Callable<Integer> {

    /** Id of the warning that a job with {@code workspace_args} runs only with {@code --backend local}. */
    static final String NEEDS_LOCAL_BACKEND = "NEEDS_LOCAL_BACKEND";

    @Spec
    private CommandSpec spec;

    @Mixin
    private LoggingOptions logging;

    @Parameters(index = "0", paramLabel = "JOB", description = "The job file: *.yaml, *.yml or *.json.")
    private Path jobFile;

    @Override
    public Integer call() {
        logging.apply();
        ReadResult<JobDefinition> result = JobFileLoader.load(jobFile);

        if (result.hasErrors()) {
            ViolationReport.print(spec.commandLine().getErr(), jobFile.toString(), result.violations());
            return ExitCodes.INVALID_INPUT;
        }
        List<Violation> violations = new ArrayList<>(result.violations());
        if (result.value().hasWorkspace()) {
            violations.add(workspaceWarning(result.value()));
        }
        ViolationReport.print(spec.commandLine().getOut(), jobFile.toString(), violations);
        return ExitCodes.OK;
    }

    // The run command rejects such a job unless --backend local is given, so validate warns about it.
    private static Violation workspaceWarning(JobDefinition job) {
        return Violation.warning(NEEDS_LOCAL_BACKEND, JobKeys.WORKSPACE_ARGS, "workspace '"
                + job.workspaceArgs().workspaceName() + "' needs the Azure backend, which is not available yet;"
                + " run the job with --backend local to run it on this machine");
    }
}
