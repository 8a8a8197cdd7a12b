package it.cartella.kernel.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies a referral (invio). {@code toString()} is the bare value: Axon uses it as the aggregate identifier. */
public record ReferralId(@JsonValue String value) {

    public ReferralId {
        Ids.requireValid(value, "referralId");
    }

    /** Jackson reads an id from its bare string value, as it writes it. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static ReferralId of(String value) {
        return new ReferralId(value);
    }

    public static ReferralId newId() {
        return new ReferralId(Ids.random());
    }

    @Override
    public String toString() {
        return value;
    }
}
