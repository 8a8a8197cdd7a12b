package it.cartella.kernel.id;

/** Identifies a user account. {@code toString()} is the bare value: Axon uses it as the aggregate identifier. */
public record UserId(String value) {

    public UserId {
        Ids.requireValid(value, "userId");
    }

    public static UserId newId() {
        return new UserId(Ids.random());
    }

    @Override
    public String toString() {
        return value;
    }
}
