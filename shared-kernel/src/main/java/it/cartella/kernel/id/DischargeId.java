package it.cartella.kernel.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies a protected hospital discharge. {@code toString()} is the bare value: Axon uses it as the aggregate identifier. */
public record DischargeId(@JsonValue String value) {

    public DischargeId {
        Ids.requireValid(value, "dischargeId");
    }

    /** Jackson reads an id from its bare string value, as it writes it. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static DischargeId of(String value) {
        return new DischargeId(value);
    }

    public static DischargeId newId() {
        return new DischargeId(Ids.random());
    }

    @Override
    public String toString() {
        return value;
    }
}
