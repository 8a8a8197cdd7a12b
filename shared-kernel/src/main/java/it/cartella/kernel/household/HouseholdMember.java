package it.cartella.kernel.household;

import it.cartella.kernel.command.Require;
import it.cartella.kernel.id.PersonId;

/** A person of the household, with relationship and role. */
public record HouseholdMember(PersonId person, Relationship relationship, HouseholdRole role) {

    public HouseholdMember {
        Require.present(person, "member.person");
        Require.present(relationship, "member.relationship");
        Require.present(role, "member.role");
    }
}
