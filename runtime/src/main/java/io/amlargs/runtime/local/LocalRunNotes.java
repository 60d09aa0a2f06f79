package io.amlargs.runtime.local;

import io.amlargs.runtime.backend.ComputeTarget;
import io.amlargs.runtime.backend.Environment;

/** The note, logged once per run, that names what a local run uses in place of the requested compute and environment. */
final class LocalRunNotes {

    private LocalRunNotes() {
    }

    static String describe(String runId, RunCommand command, ComputeTarget compute, Environment environment) {
        StringBuilder note = new StringBuilder("Run ").append(runId).append(" runs locally with '")
                .append(command.program()).append("' and the packages installed for it");
        if (compute != null) {
            note.append(", instead of provisioning compute '").append(compute.name()).append("' (")
                    .append(compute.computeType()).append(")");
        }
        if (environment != null) {
            note.append(compute == null ? ", instead of" : " and")
                    .append(" building environment '").append(environment.name()).append("' (")
                    .append(environment.environmentType()).append(")");
        }
        return note.toString();
    }
}
