package it.cartella.app.web.sharing;

import it.cartella.app.sharing.CaseSharing.GrantRequest;
import it.cartella.app.sharing.SharingTermsRequest.ConsentRequest;
import it.cartella.app.web.FormErrors;
import it.cartella.kernel.error.DomainException;
import it.cartella.kernel.privacy.PersonalDataCategory;
import it.cartella.kernel.sharing.LegalBasis;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What the share-grant form posts, as typed, so that a rejected form comes back exactly as it was. The consent is
 * filled in only when consent is the legal basis. The grant ends when its expiry day is over in Italy.
 */
public record ShareForm(String idempotencyKey, String recipient, String purpose, List<String> categories,
                        String legalBasis, String legalReference, String consentGivenAt, String consentPurpose,
                        String consentEvidence, String expiresAt) {

    static ShareForm blank() {
        return new ShareForm(UUID.randomUUID().toString(), "", "", List.of(), "", "", "", "", "", "");
    }

    public boolean has(String category) {
        return categories != null && categories.contains(category);
    }

    GrantRequest toRequest() {
        LegalBasis basis = SharingPageController.parse(LegalBasis.class, legalBasis);
        return new GrantRequest(blankToNull(recipient), blankToNull(purpose), categories(categories), basis,
                blankToNull(legalReference), consent(basis, consentGivenAt, consentPurpose, consentEvidence),
                endOfDay(expiresAt, "expiresAt"));
    }

    static Set<PersonalDataCategory> categories(List<String> chosen) {
        Set<PersonalDataCategory> set = EnumSet.noneOf(PersonalDataCategory.class);
        if (chosen != null) {
            chosen.stream().map(c -> SharingPageController.parse(PersonalDataCategory.class, c))
                    .filter(java.util.Objects::nonNull).forEach(set::add);
        }
        return set;
    }

    static ConsentRequest consent(LegalBasis basis, String givenAt, String purpose, String evidence) {
        if (basis != LegalBasis.CONSENT) {
            return null;
        }
        Instant given = null;
        if (givenAt != null && !givenAt.isBlank()) {
            try {
                given = LocalDateTime.parse(givenAt.strip()).atZone(SharingPageController.ITALY).toInstant();
            } catch (DateTimeParseException e) {
                throw DomainException.invalid("consent.givenAt", "DATE_TIME_INVALID",
                        "Data e ora non valide.", "Invalid date and time.");
            }
        }
        return new ConsentRequest(given, blankToNull(purpose), blankToNull(evidence));
    }

    /** The first instant of the day after, in Italy: the grant holds for the whole of its last day. */
    static Instant endOfDay(String day, String field) {
        if (day == null || day.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(day.strip()).plusDays(1).atStartOfDay(SharingPageController.ITALY).toInstant();
        } catch (DateTimeParseException e) {
            throw DomainException.invalid(field, "DATE_INVALID", "Data non valida.", "Invalid date.");
        }
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The command names the consent's fields "consent.x"; the form's inputs are "consentX". */
    static FormErrors fieldsOf(FormErrors errors) {
        Map<String, String> renamed = new LinkedHashMap<>();
        errors.fields().forEach((field, message) -> renamed.merge(switch (field) {
            case "consent.givenAt" -> "consentGivenAt";
            case "consent.purpose" -> "consentPurpose";
            case "consent.evidence" -> "consentEvidence";
            case "terms" -> "purpose";
            default -> field;
        }, message, (a, b) -> a + " " + b));
        return new FormErrors(renamed, errors.general());
    }
}
