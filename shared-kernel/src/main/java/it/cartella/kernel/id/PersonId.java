package it.cartella.kernel.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies a person (data subject). {@code toString()} is the bare value: Axon uses it as the aggregate identifier. */
public record PersonId(@JsonValue String value) {

    public PersonId {
        Ids.requireValid(value, "personId");
    }

    /** Jackson reads an id from its bare string value, as it writes it. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static PersonId of(String value) {
        return new PersonId(value);
    }

    public static PersonId newId() {
        return new PersonId(Ids.random());
    }

    @Override
    public String toString() {
        return value;
    }
}
