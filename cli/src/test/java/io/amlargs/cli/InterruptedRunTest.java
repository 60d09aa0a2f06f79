package io.amlargs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(120)
class InterruptedRunTest {

    @TempDir
    Path folder;

    // The summary used to race the JVM's halt and was lost in most runs, so one pass proves little.
    @RepeatedTest(3)
    void interruptPrintsCanceledSummary() throws Exception {
        Files.createDirectories(folder.resolve("src"));
        Files.writeString(folder.resolve("src/train.py"), """
                import time
                print('ready', flush=True)
                time.sleep(120)
                """);
        Path job = Files.writeString(folder.resolve("job.yaml"), """
                experiment_args:
                  name: interrupted
                config_args:
                  source_directory: src
                  script: train.py
                """);
        Process cli = startCli("run", job.toString(), "--working-directory", folder.toString());
        BufferedReader output = new BufferedReader(new InputStreamReader(cli.getInputStream(), StandardCharsets.UTF_8));
        List<String> lines = readUntilReady(output);

        // Ctrl-C sends SIGINT, which starts the JVM's shutdown as it does here.
        Process kill = new ProcessBuilder("kill", "-INT", Long.toString(cli.pid())).start();
        assertThat(kill.waitFor(10, TimeUnit.SECONDS)).isTrue();

        lines.addAll(output.lines().toList());
        assertThat(cli.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String out = String.join("\n", lines);
        assertThat(cli.exitValue()).as(out).isEqualTo(ExitCodes.INTERRUPTED);
        assertThat(out).contains("Run id:     interrupted_").contains("Status:     Canceled");
        assertThat(out).contains("Error:      canceled because the JVM is shutting down");
    }

    private static Process startCli(String... args) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), "-cp", System.getProperty("java.class.path"),
                AmlArgsCommand.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static List<String> readUntilReady(BufferedReader output) throws IOException {
        List<String> lines = new ArrayList<>();
        String line;
        while ((line = output.readLine()) != null) {
            lines.add(line);
            if (line.equals("ready")) {
                return lines;
            }
        }
        throw new AssertionError("the command ended before the script printed 'ready': "
                + lines.stream().collect(Collectors.joining("\n")));
    }
}
