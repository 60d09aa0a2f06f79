package io.amlargs.runtime.local;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Copies a process's output line by line to the run's log file and to a line consumer, which must
 * not throw.
 *
 * <p>Each line is flushed to the log before the consumer receives it, so a run that is killed keeps every
 * line it printed. When the log cannot be written, the pump keeps reading so the process never blocks
 * on a full pipe. The output is decoded as UTF-8, which the run's environment asks Python for.
 */
final class OutputPump implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(OutputPump.class);

    private final InputStream output;
    private final Path logFile;
    private final Consumer<String> lineConsumer;
    private BufferedWriter log;

    OutputPump(InputStream output, Path logFile, Consumer<String> lineConsumer) {
        this.output = output;
        this.logFile = logFile;
        this.lineConsumer = lineConsumer;
    }

    @Override
    public void run() {
        openLog();

        try (BufferedReader reader = new BufferedReader(new InputStreamReader(output, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                writeToLog(line);
                lineConsumer.accept(line);
            }
        } catch (IOException e) {
            // The pipe reports an error when the process is killed while it writes.
            LOG.debug("Stopped reading the output for {}", logFile, e);
        } finally {
            closeLog();
        }
    }

    private void openLog() {
        try {
            log = Files.newBufferedWriter(logFile, StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            LOG.warn("Cannot open the run log {}, so the output is not saved", logFile, e);
        }
    }

    private void writeToLog(String line) {
        if (log == null) {
            return;
        }
        try {
            log.write(line);
            log.newLine();
            log.flush();
        } catch (IOException e) {
            LOG.warn("Writing the run log {} failed, so the rest of the output is not saved", logFile, e);
            closeLog();
        }
    }

    private void closeLog() {
        if (log == null) {
            return;
        }
        try {
            log.close();
        } catch (IOException e) {
            LOG.warn("Closing the run log {} failed", logFile, e);
        }
        log = null;
    }
}
