package io.amlargs.cli;

/** Backends that {@code --backend} accepts. The Azure backend is not available yet. */
enum BackendName {
    /** Runs on this machine and keeps runs and models in the local store. */
    local
}
