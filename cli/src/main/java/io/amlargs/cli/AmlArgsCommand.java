package io.amlargs.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The {@code aml-args} command: validates and runs Azure ML job files. */
@Command(
        name = "aml-args",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Validates and runs Azure Machine Learning job files written with the documented argument"
                + " dictionaries (workspace_args, compute_args, config_args, ...).",
        subcommands = {ValidateCommand.class, RunCommand.class, SchemaCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:The job is valid, or the run completed.",
            "1:The run failed or was canceled, or the backend failed.",
            "2:The job file is invalid, or the command line is wrong.",
            "130:Interrupted by Ctrl-C; the run was canceled.",
        })
public final class AmlArgsCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    /** Runs the command line and exits the JVM with its exit code. */
    public static void main(String[] args) {
        System.exit(newCommandLine().execute(args));
    }

    /** Creates the command line with the exit codes and error output this tool documents. */
    public static CommandLine newCommandLine() {
        // picocli already exits with 2 on usage errors; FailureHandler maps failures to 1.
        return new CommandLine(new AmlArgsCommand()).setExecutionExceptionHandler(new FailureHandler());
    }

    /** Prints the usage to standard error: a subcommand is required. */
    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        err.println("Missing command: use 'validate JOB' or 'run JOB'.");
        spec.commandLine().usage(err);
        return ExitCodes.INVALID_INPUT;
    }
}
