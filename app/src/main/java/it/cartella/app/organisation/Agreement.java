package it.cartella.app.organisation;

import it.cartella.kernel.command.Require;
import it.cartella.kernel.error.DomainException;
import it.cartella.kernel.id.OrganisationId;
import it.cartella.kernel.privacy.PersonalDataCategory;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A legal agreement between organisations: the basis a share grant or a referral of kind AGREEMENT cites.
 *
 * @param reference  the agreement's protocol number or other stable reference, cited by share grants
 * @param validUntil null for an agreement without end date
 */
public record Agreement(String reference, AgreementKind kind, List<OrganisationId> parties, String purpose,
                        Set<PersonalDataCategory> categories, LocalDate validFrom, LocalDate validUntil) {

    public Agreement {
        reference = Require.text(reference, "reference");
        Require.present(kind, "kind");
        parties = List.copyOf(Require.present(parties, "parties"));
        if (parties.size() < 2) {
            throw DomainException.invalid("parties", "AGREEMENT_NEEDS_TWO_PARTIES",
                    "Un accordo ha almeno due parti.", "An agreement has at least two parties.");
        }
        purpose = Require.text(purpose, "purpose");
        categories = Set.copyOf(Require.present(categories, "categories"));
        Require.present(validFrom, "validFrom");
        if (validUntil != null) {
            Require.notBefore(validUntil, validFrom, "validUntil", "AGREEMENT_ENDS_BEFORE_START",
                    "L'accordo non può finire prima di iniziare.", "The agreement cannot end before it starts.");
        }
    }

    /** In force on the day, between the two organisations, for every one of the categories. */
    public boolean covers(OrganisationId from, OrganisationId to, Set<PersonalDataCategory> wanted, LocalDate day) {
        return parties.contains(from) && parties.contains(to) && categories.containsAll(wanted)
                && !day.isBefore(validFrom) && (validUntil == null || !day.isAfter(validUntil));
    }
}
