package it.cartella.kernel.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies a household (nucleo familiare). {@code toString()} is the bare value: Axon uses it as the aggregate identifier. */
public record HouseholdId(@JsonValue String value) {

    public HouseholdId {
        Ids.requireValid(value, "householdId");
    }

    /** Jackson reads an id from its bare string value, as it writes it. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static HouseholdId of(String value) {
        return new HouseholdId(value);
    }

    public static HouseholdId newId() {
        return new HouseholdId(Ids.random());
    }

    @Override
    public String toString() {
        return value;
    }
}
