package io.amlargs.cli;

import io.amlargs.schema.sync.SchemaSync;
import io.amlargs.schema.sync.SchemaSyncException;
import io.amlargs.schema.sync.SyncResult;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The {@code schema} command: maintains the args schema that the generated code is built from. */
@Command(
        name = "schema",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Keeps the args schema in step with the Azure ML argument reference page.",
        subcommands = SchemaCommand.Sync.class)
public final class SchemaCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    /** Prints the usage to standard error: a subcommand is required. */
    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        err.println("Missing command: use 'schema sync --docs PAGE.md'.");
        spec.commandLine().usage(err);
        return ExitCodes.INVALID_INPUT;
    }

    /** The {@code schema sync} command: rebuilds the schema's facts from the docs page and reports the drift. */
    @Command(
            name = "sync",
            mixinStandardHelpOptions = true,
            versionProvider = VersionProvider.class,
            description = {
                "Rebuilds the groups, variants, keys, documented types, documented defaults and allowed values"
                        + " of the args schema from the docs page, keeps everything else, and regenerates the"
                        + " job-file schema beside it. Prints what changed.",
                "New keys and definitions get a TODO description and \"x-aml-review\": true."
            },
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {
                "0:The schema agrees with the page, or was rewritten to agree.",
                "1:With --check: the page and the schema differ. Without: a file could not be written.",
                "2:The page or the schema cannot be read, or the command line is wrong.",
            })
    static final class Sync implements Callable<Integer> {

        private static final Logger LOG = LoggerFactory.getLogger(Sync.class);

        @Spec
        private CommandSpec spec;

        @Mixin
        private LoggingOptions logging;

        @Option(names = "--docs", required = true, paramLabel = "PAGE.md",
                description = "The Azure ML argument reference page, in Markdown.")
        private Path docs;

        @Option(names = "--schema", paramLabel = "FILE",
                description = "The args schema to update, relative to the current folder."
                        + " Default: ${DEFAULT-VALUE}.")
        private Path schema = SchemaSync.DEFAULT_SCHEMA;

        @Option(names = "--check",
                description = "Change no file; print the differences and exit with 1 when there are any.")
        private boolean check;

        @Override
        public Integer call() {
            logging.apply();
            try {
                SyncResult result = new SchemaSync().sync(docs, schema, check);
                // The differences are the requested output of --check, so they go to standard output.
                PrintWriter out = spec.commandLine().getOut();
                out.print(result.format());
                out.flush();
                return result.exitCode();
            } catch (SchemaSyncException e) {
                spec.commandLine().getErr().println(e.getMessage());
                return ExitCodes.INVALID_INPUT;
            } catch (UncheckedIOException e) {
                LOG.debug("schema sync failed to write", e);
                spec.commandLine().getErr().println(e.getMessage());
                return ExitCodes.RUN_FAILED;
            }
        }
    }
}
