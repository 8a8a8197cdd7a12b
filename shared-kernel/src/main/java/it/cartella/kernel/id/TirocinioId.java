package it.cartella.kernel.id;

/** Identifies a tirocinio di inclusione sociale. {@code toString()} is the bare value: Axon uses it as the aggregate identifier. */
public record TirocinioId(String value) {

    public TirocinioId {
        Ids.requireValid(value, "tirocinioId");
    }

    public static TirocinioId newId() {
        return new TirocinioId(Ids.random());
    }

    @Override
    public String toString() {
        return value;
    }
}
