package it.cartella.kernel.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies an organisation (Comune, ASST, Caritas...). {@code toString()} is the bare value: Axon uses it as the aggregate identifier. */
public record OrganisationId(@JsonValue String value) {

    public OrganisationId {
        Ids.requireValid(value, "organisationId");
    }

    /** Jackson reads an id from its bare string value, as it writes it. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static OrganisationId of(String value) {
        return new OrganisationId(value);
    }

    public static OrganisationId newId() {
        return new OrganisationId(Ids.random());
    }

    @Override
    public String toString() {
        return value;
    }
}
