package it.cartella.kernel.id;

/** Identifies an intervention from the service catalogue. {@code toString()} is the bare value: Axon uses it as the aggregate identifier. */
public record InterventionId(String value) {

    public InterventionId {
        Ids.requireValid(value, "interventionId");
    }

    public static InterventionId newId() {
        return new InterventionId(Ids.random());
    }

    @Override
    public String toString() {
        return value;
    }
}
