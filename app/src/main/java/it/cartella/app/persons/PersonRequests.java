package it.cartella.app.persons;

import io.swagger.v3.oas.annotations.media.Schema;
import it.cartella.app.request.FieldErrors;
import it.cartella.app.request.Values;
import it.cartella.kernel.id.PersonId;
import it.cartella.kernel.person.ChangeResidence;
import it.cartella.kernel.person.CodiceFiscale;
import it.cartella.kernel.person.ContactDetails;
import it.cartella.kernel.person.CorrectPersonData;
import it.cartella.kernel.person.ProvisionalCode;
import it.cartella.kernel.person.RegisterPerson;
import it.cartella.kernel.person.Sex;
import it.cartella.kernel.territory.IstatCode;

import java.time.LocalDate;

/** The bodies of the commands on a person, read as text and converted field by field. */
public final class PersonRequests {

    private PersonRequests() {
    }

    @Schema(description = "How to reach the person; every part optional")
    public record ContactDetailsRequest(@Schema(example = "+39 0371 123456") String phone, String email, String address) {
    }

    @Schema(description = "A person identified by codice fiscale or, when they have none, by a provisional code: "
            + "give provisionalCodeReason and Cartella generates the code")
    public record RegisterPersonRequest(
            @Schema(example = "VRDSRA95E50E648N") String codiceFiscale,
            @Schema(description = "NOT_YET_ASSIGNED, UNKNOWN_IDENTITY, FOREIGN_NO_CF or ANONYMOUS_CONTACT; only "
                    + "without a codice fiscale") String provisionalCodeReason,
            @Schema(example = "Sara") String firstName,
            @Schema(example = "Verdi") String lastName,
            @Schema(format = "date", example = "1995-05-10") String birthDate,
            @Schema(allowableValues = {"M", "F"}, example = "F") String sex,
            @Schema(description = "ISTAT code; optional for a person without registered residence",
                    example = "098031") String residenceComune,
            @Schema(description = "ISO 3166-1 alpha-2", example = "IT") String citizenship,
            ContactDetailsRequest contactDetails) {

        RegisterPerson command(PersonId personId) {
            FieldErrors errors = new FieldErrors();
            CodiceFiscale cf = errors.read("codiceFiscale",
                    () -> Values.optional(codiceFiscale, "codiceFiscale", CodiceFiscale::of));
            ProvisionalCode provisional = errors.read("provisionalCodeReason", () -> provisionalCodeReason == null
                    ? null
                    : ProvisionalCode.generate(Values.choice(ProvisionalCode.Reason.class, provisionalCodeReason,
                            "provisionalCodeReason")));
            LocalDate birth = errors.read("birthDate", () -> Values.date(birthDate, "birthDate"));
            Sex s = errors.read("sex", () -> Values.choice(Sex.class, sex, "sex"));
            IstatCode comune = errors.read("residenceComune",
                    () -> Values.optionalComune(residenceComune, "residenceComune"));
            ContactDetails contacts = contactDetails == null ? null : errors.check(() -> new ContactDetails(
                    contactDetails.phone(), contactDetails.email(), contactDetails.address()));
            return errors.build(() -> new RegisterPerson(personId, cf, firstName, lastName, birth, s, comune,
                    provisional, citizenship, contacts));
        }
    }

    @Schema(description = "The person's identity and contacts, all restated: a typing error corrected, or a "
            + "codice fiscale now known for a person registered with a provisional code")
    public record CorrectPersonDataRequest(
            String codiceFiscale,
            @Schema(description = "The provisional code the person keeps, when still without codice fiscale")
            String provisionalCode,
            @Schema(description = "With provisionalCode, or alone to generate a new one") String provisionalCodeReason,
            String firstName, String lastName,
            @Schema(format = "date") String birthDate,
            @Schema(allowableValues = {"M", "F"}) String sex,
            String citizenship,
            ContactDetailsRequest contactDetails) {

        CorrectPersonData command(PersonId personId) {
            FieldErrors errors = new FieldErrors();
            CodiceFiscale cf = errors.read("codiceFiscale",
                    () -> Values.optional(codiceFiscale, "codiceFiscale", CodiceFiscale::of));
            ProvisionalCode provisional = errors.read("provisionalCode", () -> provisional(provisionalCode,
                    provisionalCodeReason));
            LocalDate birth = errors.read("birthDate", () -> Values.date(birthDate, "birthDate"));
            Sex s = errors.read("sex", () -> Values.choice(Sex.class, sex, "sex"));
            ContactDetails contacts = contactDetails == null ? null : errors.check(() -> new ContactDetails(
                    contactDetails.phone(), contactDetails.email(), contactDetails.address()));
            return errors.build(() -> new CorrectPersonData(personId, cf, firstName, lastName, birth, s, provisional,
                    citizenship, contacts));
        }

        private static ProvisionalCode provisional(String code, String reason) {
            if (code == null && reason == null) {
                return null;
            }
            ProvisionalCode.Reason why = Values.choice(ProvisionalCode.Reason.class, reason, "provisionalCodeReason");
            return code == null ? ProvisionalCode.generate(why) : ProvisionalCode.of(code, why);
        }
    }

    @Schema(description = "A move to another Comune, from the date of the registry change")
    public record ChangeResidenceRequest(@Schema(example = "098019") String residenceComune,
                                  @Schema(format = "date") String effectiveFrom) {

        ChangeResidence command(PersonId personId) {
            FieldErrors errors = new FieldErrors();
            IstatCode comune = errors.read("residenceComune", () -> Values.comune(residenceComune, "residenceComune"));
            LocalDate from = errors.read("effectiveFrom", () -> Values.date(effectiveFrom, "effectiveFrom"));
            return errors.build(() -> new ChangeResidence(personId, comune, from));
        }
    }
}
