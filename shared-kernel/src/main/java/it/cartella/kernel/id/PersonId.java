package it.cartella.kernel.id;

/** Identifies a person (data subject). {@code toString()} is the bare value: Axon uses it as the aggregate identifier. */
public record PersonId(String value) {

    public PersonId {
        Ids.requireValid(value, "personId");
    }

    public static PersonId newId() {
        return new PersonId(Ids.random());
    }

    @Override
    public String toString() {
        return value;
    }
}
