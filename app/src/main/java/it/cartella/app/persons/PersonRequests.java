package it.cartella.app.persons;

import io.swagger.v3.oas.annotations.media.Schema;
import it.cartella.app.request.FieldErrors;
import it.cartella.app.request.Values;
import it.cartella.kernel.id.PersonId;
import it.cartella.kernel.person.CodiceFiscale;
import it.cartella.kernel.person.ContactDetails;
import it.cartella.kernel.person.ProvisionalCode;
import it.cartella.kernel.person.RegisterPerson;
import it.cartella.kernel.person.Sex;
import it.cartella.kernel.territory.IstatCode;

import java.time.LocalDate;

/** The bodies of the commands on a person, read as text and converted field by field. */
final class PersonRequests {

    private PersonRequests() {
    }

    @Schema(description = "How to reach the person; every part optional")
    record ContactDetailsRequest(@Schema(example = "+39 0371 123456") String phone, String email, String address) {
    }

    @Schema(description = "A person identified by codice fiscale or, when they have none, by a provisional code: "
            + "give provisionalCodeReason and Cartella generates the code")
    record RegisterPersonRequest(
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
}
