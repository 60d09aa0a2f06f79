package io.amlargs.runtime.backend;

import java.util.Objects;

/**
 * The workspace a backend works in.
 *
 * @param name workspace name, or {@code local} when the backend works without one
 * @param subscriptionId Azure subscription id, or null without a workspace
 * @param resourceGroup Azure resource group, or null without a workspace
 * @param backend name of the backend, such as {@code local}
 */
public record Workspace(String name, String subscriptionId, String resourceGroup, String backend) {

    public Workspace {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(backend, "backend");
    }
}
