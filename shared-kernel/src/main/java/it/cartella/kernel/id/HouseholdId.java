package it.cartella.kernel.id;

/** Identifies a household (nucleo familiare). {@code toString()} is the bare value: Axon uses it as the aggregate identifier. */
public record HouseholdId(String value) {

    public HouseholdId {
        Ids.requireValid(value, "householdId");
    }

    public static HouseholdId newId() {
        return new HouseholdId(Ids.random());
    }

    @Override
    public String toString() {
        return value;
    }
}
