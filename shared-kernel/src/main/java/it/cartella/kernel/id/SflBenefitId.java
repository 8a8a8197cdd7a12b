package it.cartella.kernel.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies the Supporto per la Formazione e il Lavoro of one person. {@code toString()} is the bare value: Axon uses it as the aggregate identifier. */
public record SflBenefitId(@JsonValue String value) {

    public SflBenefitId {
        Ids.requireValid(value, "sflBenefitId");
    }

    /** Jackson reads an id from its bare string value, as it writes it. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static SflBenefitId of(String value) {
        return new SflBenefitId(value);
    }

    public static SflBenefitId newId() {
        return new SflBenefitId(Ids.random());
    }

    @Override
    public String toString() {
        return value;
    }
}
