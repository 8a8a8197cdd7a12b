package it.cartella.kernel.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies a tirocinio di inclusione sociale. {@code toString()} is the bare value: Axon uses it as the aggregate identifier. */
public record TirocinioId(@JsonValue String value) {

    public TirocinioId {
        Ids.requireValid(value, "tirocinioId");
    }

    /** Jackson reads an id from its bare string value, as it writes it. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static TirocinioId of(String value) {
        return new TirocinioId(value);
    }

    public static TirocinioId newId() {
        return new TirocinioId(Ids.random());
    }

    @Override
    public String toString() {
        return value;
    }
}
