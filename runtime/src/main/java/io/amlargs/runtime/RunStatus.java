package io.amlargs.runtime;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Status of a run, with the names Azure Machine Learning uses for them. */
public enum RunStatus {
    NOT_STARTED("NotStarted"),
    STARTING("Starting"),
    RUNNING("Running"),
    COMPLETED("Completed"),
    FAILED("Failed"),
    CANCELED("Canceled");

    private final String azureName;

    RunStatus(String azureName) {
        this.azureName = azureName;
    }

    /**
     * Returns the status for its Azure Machine Learning name, such as {@code Completed}.
     *
     * @throws IllegalArgumentException if {@code azureName} is not one of the six status names
     */
    @JsonCreator
    public static RunStatus fromAzureName(String azureName) {
        for (RunStatus status : values()) {
            if (status.azureName.equals(azureName)) {
                return status;
            }
        }
        throw new IllegalArgumentException("unknown run status '" + azureName
                + "': expected NotStarted, Starting, Running, Completed, Failed or Canceled");
    }

    /** Returns the Azure Machine Learning name, which run records and the CLI show. */
    @JsonValue
    public String azureName() {
        return azureName;
    }

    /** Returns whether the run has ended, so its status no longer changes. */
    public boolean isTerminal() {
        return this == COMPLETED || this == FAILED || this == CANCELED;
    }

    @Override
    public String toString() {
        return azureName;
    }
}
