package it.cartella.kernel.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies the seal of a case (one per case, see {@link #of(CaseId)}). {@code toString()} is the bare value: Axon uses it as the aggregate identifier. */
public record SealId(@JsonValue String value) {

    public SealId {
        Ids.requireValid(value, "sealId");
    }

    /** Jackson reads an id from its bare string value, as it writes it. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static SealId of(String value) {
        return new SealId(value);
    }

    /** A case has at most one seal, found from the case id alone. */
    public static SealId of(CaseId caseId) {
        return new SealId("seal-" + caseId.value());
    }

    @Override
    public String toString() {
        return value;
    }
}
