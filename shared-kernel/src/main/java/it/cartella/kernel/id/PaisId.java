package it.cartella.kernel.id;

/** Identifies a PaIS or other individual plan. {@code toString()} is the bare value: Axon uses it as the aggregate identifier. */
public record PaisId(String value) {

    public PaisId {
        Ids.requireValid(value, "paisId");
    }

    public static PaisId newId() {
        return new PaisId(Ids.random());
    }

    @Override
    public String toString() {
        return value;
    }
}
