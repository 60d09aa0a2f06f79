package io.amlargs.cli;

import io.amlargs.runtime.job.JobDefinition;
import io.amlargs.runtime.job.JobFileLoader;
import io.amlargs.validation.ReadResult;
import java.nio.file.Path;
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
        ViolationReport.print(spec.commandLine().getOut(), jobFile.toString(), result.violations());
        return ExitCodes.OK;
    }
}
