package it.cartella.kernel.id;

/** Identifies a protected hospital discharge. {@code toString()} is the bare value: Axon uses it as the aggregate identifier. */
public record DischargeId(String value) {

    public DischargeId {
        Ids.requireValid(value, "dischargeId");
    }

    public static DischargeId newId() {
        return new DischargeId(Ids.random());
    }

    @Override
    public String toString() {
        return value;
    }
}
