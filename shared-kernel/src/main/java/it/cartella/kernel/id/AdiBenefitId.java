package it.cartella.kernel.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies the Assegno di Inclusione of one case (its household). {@code toString()} is the bare value: Axon uses it as the aggregate identifier. */
public record AdiBenefitId(@JsonValue String value) {

    public AdiBenefitId {
        Ids.requireValid(value, "adiBenefitId");
    }

    /** Jackson reads an id from its bare string value, as it writes it. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static AdiBenefitId of(String value) {
        return new AdiBenefitId(value);
    }

    public static AdiBenefitId newId() {
        return new AdiBenefitId(Ids.random());
    }

    @Override
    public String toString() {
        return value;
    }
}
