package it.cartella.kernel.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies a first contact or referral. {@code toString()} is the bare value: Axon uses it as the aggregate identifier. */
public record ContactId(@JsonValue String value) {

    public ContactId {
        Ids.requireValid(value, "contactId");
    }

    /** Jackson reads an id from its bare string value, as it writes it. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static ContactId of(String value) {
        return new ContactId(value);
    }

    public static ContactId newId() {
        return new ContactId(Ids.random());
    }

    @Override
    public String toString() {
        return value;
    }
}
