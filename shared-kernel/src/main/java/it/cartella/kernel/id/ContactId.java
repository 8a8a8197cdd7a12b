package it.cartella.kernel.id;

/** Identifies a first contact or referral. {@code toString()} is the bare value: Axon uses it as the aggregate identifier. */
public record ContactId(String value) {

    public ContactId {
        Ids.requireValid(value, "contactId");
    }

    public static ContactId newId() {
        return new ContactId(Ids.random());
    }

    @Override
    public String toString() {
        return value;
    }
}
