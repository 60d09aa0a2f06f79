package io.amlargs.runtime.local;

import io.amlargs.runtime.RunRecord;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Registers a model several times from a separate JVM, for the cross-process registration test.
 *
 * <p>Arguments: store root, run id, model name, number of registrations, start file. Prints
 * {@code ready}, waits until the start file exists so that both processes register at the same time,
 * then prints each registered version on its own line.
 */
public final class RegisterModelMain {

    private RegisterModelMain() {
    }

    public static void main(String[] args) throws Exception {
        LocalStore store = new LocalStore(Path.of(args[0]));
        RunLayout run = store.run(args[1]);
        RunRecord runRecord = store.readRecord(run);
        String modelName = args[2];
        int count = Integer.parseInt(args[3]);
        Path startFile = Path.of(args[4]);

        System.out.println("ready");
        System.out.flush();
        while (!Files.exists(startFile)) {
            Thread.sleep(10);
        }

        ModelRegistry registry = new ModelRegistry(store);
        for (int i = 0; i < count; i++) {
            int version = registry.register(run, runRecord, ModelRegistration.of(modelName, "outputs/model.pkl")).version();
            System.out.println(version);
        }
    }
}
