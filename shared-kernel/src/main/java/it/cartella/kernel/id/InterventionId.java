package it.cartella.kernel.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies an intervention from the service catalogue. {@code toString()} is the bare value: Axon uses it as the aggregate identifier. */
public record InterventionId(@JsonValue String value) {

    public InterventionId {
        Ids.requireValid(value, "interventionId");
    }

    /** Jackson reads an id from its bare string value, as it writes it. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static InterventionId of(String value) {
        return new InterventionId(value);
    }

    public static InterventionId newId() {
        return new InterventionId(Ids.random());
    }

    @Override
    public String toString() {
        return value;
    }
}
