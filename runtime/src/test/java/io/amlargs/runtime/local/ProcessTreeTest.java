package io.amlargs.runtime.local;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.slf4j.LoggerFactory;

@Timeout(60)
class ProcessTreeTest {

    @Test
    void stopEndsChildProcesses() throws Exception {
        Process shell = new ProcessBuilder("/bin/sh", "-c", "sleep 120 & echo $!; wait").start();
        long sleepPid = Long.parseLong(firstLine(shell));
        ProcessHandle sleep = ProcessHandle.of(sleepPid).orElseThrow();

        ProcessTree.stop(shell.toHandle(), Duration.ofSeconds(10));

        assertThat(shell.waitFor(10, TimeUnit.SECONDS)).isTrue();
        sleep.onExit().get(10, TimeUnit.SECONDS);
        assertThat(sleep.isAlive()).isFalse();
    }

    @Test
    void stopKillsProcessIgnoringTermination() throws Exception {
        Process python = new ProcessBuilder(List.of("python3", "-c",
                "import signal, time\n"
                        + "signal.signal(signal.SIGTERM, signal.SIG_IGN)\n"
                        + "print('ready', flush=True)\n"
                        + "time.sleep(120)\n")).start();
        assertThat(firstLine(python)).isEqualTo("ready");

        ProcessTree.stop(python.toHandle(), Duration.ofMillis(200));

        assertThat(python.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(python.exitValue()).isEqualTo(128 + 9);
    }

    @Test
    void stopWarnsOnceForEachKilledProcess() throws Exception {
        String parent = """
                import signal, subprocess, sys
                signal.signal(signal.SIGTERM, signal.SIG_IGN)
                subprocess.Popen([sys.executable, '-c', sys.argv[1]]).wait()
                """;
        String child = """
                import signal, time
                signal.signal(signal.SIGTERM, signal.SIG_IGN)
                print('ready', flush=True)
                time.sleep(120)
                """;
        Process python = new ProcessBuilder(List.of("python3", "-c", parent, child)).start();
        assertThat(firstLine(python)).isEqualTo("ready");
        long childPid = python.toHandle().children().findFirst().orElseThrow().pid();
        Logger logger = (Logger) LoggerFactory.getLogger(ProcessTree.class);
        ListAppender<ILoggingEvent> warnings = new ListAppender<>();
        warnings.start();
        logger.addAppender(warnings);

        try {
            ProcessTree.stop(python.toHandle(), Duration.ofMillis(200));
        } finally {
            logger.detachAppender(warnings);
        }

        assertThat(python.waitFor(10, TimeUnit.SECONDS)).isTrue();
        List<String> messages = warnings.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
        assertThat(messages).filteredOn(message -> message.startsWith("Process " + childPid + " ")).hasSize(1);
        assertThat(messages).filteredOn(message -> message.startsWith("Process " + python.pid() + " ")).hasSize(1);
    }

    @Test
    void stopOfEndedProcessDoesNothing() throws Exception {
        Process process = new ProcessBuilder("/bin/sh", "-c", "exit 0").start();
        assertThat(process.waitFor(10, TimeUnit.SECONDS)).isTrue();

        ProcessTree.stop(process.toHandle(), Duration.ofSeconds(1));

        assertThat(process.exitValue()).isZero();
    }

    private static String firstLine(Process process) throws Exception {
        BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        return reader.readLine();
    }
}
