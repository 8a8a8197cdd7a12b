package it.cartella.kernel.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies a PaIS or other individual plan. {@code toString()} is the bare value: Axon uses it as the aggregate identifier. */
public record PaisId(@JsonValue String value) {

    public PaisId {
        Ids.requireValid(value, "paisId");
    }

    /** Jackson reads an id from its bare string value, as it writes it. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static PaisId of(String value) {
        return new PaisId(value);
    }

    public static PaisId newId() {
        return new PaisId(Ids.random());
    }

    @Override
    public String toString() {
        return value;
    }
}
