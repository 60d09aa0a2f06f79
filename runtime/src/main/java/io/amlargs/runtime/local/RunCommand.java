package io.amlargs.runtime.local;

import java.util.ArrayList;
import java.util.List;

/**
 * The argv a local run starts, without a shell: each entry reaches the process as exactly one
 * argument, spaces and quotes included.
 *
 * @param argv program followed by its arguments
 */
record RunCommand(List<String> argv) {

    RunCommand {
        if (argv == null || argv.isEmpty()) {
            throw new IllegalArgumentException("config_args.command must not be empty: give the program and its arguments");
        }
        for (int i = 0; i < argv.size(); i++) {
            if (argv.get(i) == null) {
                throw new IllegalArgumentException("command argument " + i + " is null");
            }
        }
        argv = List.copyOf(argv);
    }

    /** Returns {@code <interpreter> <script> <arguments...>}, the form that {@code config_args.script} runs. */
    static RunCommand script(String interpreter, String script, List<String> arguments) {
        List<String> argv = new ArrayList<>();
        argv.add(interpreter);
        argv.add(script);
        argv.addAll(arguments);
        return new RunCommand(argv);
    }

    /** Returns {@code config_args.command} as given. */
    static RunCommand command(List<String> argv) {
        return new RunCommand(argv);
    }

    String program() {
        return argv.get(0);
    }
}
