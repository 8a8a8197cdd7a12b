package it.cartella.kernel.person;

import it.cartella.kernel.error.DomainException;
import it.cartella.kernel.id.PersonId;

import java.util.Objects;

/**
 * The codice fiscale given belongs to a person already registered. It carries that person's id, so a client can
 * open the existing record instead of creating a duplicate: "the same person followed by several services
 * unknowingly" is the very failure Cartella exists to prevent.
 */
public class PersonAlreadyRegisteredException extends DomainException {

    public static final String CODE = "PERSON_ALREADY_REGISTERED";

    private final PersonId existingPersonId;

    public PersonAlreadyRegisteredException(PersonId existingPersonId) {
        super(Kind.CONFLICT, CODE, "codiceFiscale",
                "Una persona con questo codice fiscale è già registrata.",
                "A person with this codice fiscale is already registered.");
        this.existingPersonId = Objects.requireNonNull(existingPersonId, "existingPersonId");
    }

    public PersonId existingPersonId() {
        return existingPersonId;
    }
}
