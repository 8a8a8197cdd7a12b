package it.cartella.kernel.id;

/** Identifies a case (presa in carico). {@code toString()} is the bare value: Axon uses it as the aggregate identifier. */
public record CaseId(String value) {

    public CaseId {
        Ids.requireValid(value, "caseId");
    }

    public static CaseId newId() {
        return new CaseId(Ids.random());
    }

    @Override
    public String toString() {
        return value;
    }
}
