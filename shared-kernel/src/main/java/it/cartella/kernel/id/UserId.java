package it.cartella.kernel.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies a user account. {@code toString()} is the bare value: Axon uses it as the aggregate identifier. */
public record UserId(@JsonValue String value) {

    public UserId {
        Ids.requireValid(value, "userId");
    }

    /** Jackson reads an id from its bare string value, as it writes it. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static UserId of(String value) {
        return new UserId(value);
    }

    public static UserId newId() {
        return new UserId(Ids.random());
    }

    @Override
    public String toString() {
        return value;
    }
}
