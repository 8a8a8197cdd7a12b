package it.cartella.kernel.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies a share grant. {@code toString()} is the bare value: Axon uses it as the aggregate identifier. */
public record ShareGrantId(@JsonValue String value) {

    public ShareGrantId {
        Ids.requireValid(value, "shareGrantId");
    }

    /** Jackson reads an id from its bare string value, as it writes it. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static ShareGrantId of(String value) {
        return new ShareGrantId(value);
    }

    public static ShareGrantId newId() {
        return new ShareGrantId(Ids.random());
    }

    @Override
    public String toString() {
        return value;
    }
}
