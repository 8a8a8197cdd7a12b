package it.cartella.kernel.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies a case (presa in carico). {@code toString()} is the bare value: Axon uses it as the aggregate identifier. */
public record CaseId(@JsonValue String value) {

    public CaseId {
        Ids.requireValid(value, "caseId");
    }

    /** Jackson reads an id from its bare string value, as it writes it. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static CaseId of(String value) {
        return new CaseId(value);
    }

    public static CaseId newId() {
        return new CaseId(Ids.random());
    }

    @Override
    public String toString() {
        return value;
    }
}
