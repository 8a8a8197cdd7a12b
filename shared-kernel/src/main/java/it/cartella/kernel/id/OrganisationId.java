package it.cartella.kernel.id;

/** Identifies an organisation (Comune, ASST, Caritas...). {@code toString()} is the bare value: Axon uses it as the aggregate identifier. */
public record OrganisationId(String value) {

    public OrganisationId {
        Ids.requireValid(value, "organisationId");
    }

    public static OrganisationId newId() {
        return new OrganisationId(Ids.random());
    }

    @Override
    public String toString() {
        return value;
    }
}
