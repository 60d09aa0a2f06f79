package io.amlargs.runtime;

import io.amlargs.runtime.backend.Backend;
import io.amlargs.runtime.local.LocalBackend;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Builder of an {@link AmlArgsClient}.
 *
 * <pre>{@code
 * AmlArgsClient client = new AmlArgsClientBuilder()
 *         .workingDirectory(Path.of("samples/iris"))
 *         .progressListener(listener)
 *         .buildClient();
 * }</pre>
 *
 * <p>Without {@link #backend(Backend)}, the client runs on a {@link LocalBackend} in the working
 * directory, and a workspace passed to {@link AmlArgsClient#workspace} is an error.
 */
public final class AmlArgsClientBuilder {

    private Path workingDirectory = Path.of("");
    private Path storeDirectory;
    private Backend backend;
    private ProgressListener progressListener = ProgressListener.NONE;

    /** Sets the folder that relative paths resolve against. The default is the current directory. */
    public AmlArgsClientBuilder workingDirectory(Path workingDirectory) {
        this.workingDirectory = Objects.requireNonNull(workingDirectory, "workingDirectory");
        return this;
    }

    /**
     * Sets the store folder of the default local backend. The default is {@code .aml-args} in the
     * working directory.
     */
    public AmlArgsClientBuilder storeDirectory(Path storeDirectory) {
        this.storeDirectory = storeDirectory;
        return this;
    }

    /** Sets the backend that runs the workflow. The default is a local backend. */
    public AmlArgsClientBuilder backend(Backend backend) {
        this.backend = backend;
        return this;
    }

    /** Sets the listener that receives the progress of every operation. The default ignores it. */
    public AmlArgsClientBuilder progressListener(ProgressListener progressListener) {
        this.progressListener = Objects.requireNonNull(progressListener, "progressListener");
        return this;
    }

    /**
     * Builds the client.
     *
     * @throws IllegalStateException if both a backend and a store folder are set, because the store
     *     folder configures only the default local backend
     */
    public AmlArgsClient buildClient() {
        if (backend != null && storeDirectory != null) {
            throw new IllegalStateException("storeDirectory configures the default local backend only:"
                    + " configure the store on the backend passed to backend(...), or remove one of the two");
        }
        if (backend != null) {
            return new AmlArgsClient(backend, true, progressListener);
        }

        Backend local = LocalBackend.builder()
                .workingDirectory(workingDirectory)
                .storeDirectory(storeDirectory)
                .build();
        return new AmlArgsClient(local, false, progressListener);
    }
}
