package it.cartella.app.cases;

import it.cartella.kernel.cases.AccessChannel;
import it.cartella.kernel.cases.ActivationMode;
import it.cartella.kernel.cases.OpenCase;
import it.cartella.kernel.catalog.MacroArea;
import it.cartella.kernel.command.Require;
import it.cartella.kernel.error.DomainException;
import it.cartella.kernel.id.CaseId;
import it.cartella.kernel.id.OrganisationId;
import it.cartella.kernel.id.PersonId;
import it.cartella.kernel.id.UserId;
import it.cartella.kernel.person.CodiceFiscale;
import it.cartella.kernel.person.RegisterPerson;
import it.cartella.kernel.person.Sex;
import it.cartella.kernel.territory.ComuneRegistry;
import it.cartella.kernel.territory.IstatCode;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * The commands one request to open a case stands for: the person's registration and the case itself, both built
 * and checked before anything is sent, so that a rejected request stores nothing.
 *
 * <p>Each field is converted on its own first, so that every malformed field is reported at once; the rules that
 * relate fields (a codice fiscale must encode the birth date and sex) are the commands' own, checked once the
 * fields are well formed.
 */
record CaseIntake(RegisterPerson registerPerson, OpenCase openCase) {

    static CaseIntake from(OpenCaseRequest request, CaseId caseId, PersonId newPersonId) {
        FieldErrors errors = new FieldErrors();
        CodiceFiscale codiceFiscale = errors.read("codiceFiscale",
                () -> CodiceFiscale.of(Require.text(request.codiceFiscale(), "codiceFiscale")));
        String firstName = errors.read("firstName", () -> Require.text(request.firstName(), "firstName"));
        String lastName = errors.read("lastName", () -> Require.text(request.lastName(), "lastName"));
        LocalDate birthDate = errors.read("birthDate",
                () -> Require.past(date(request.birthDate(), "birthDate"), "birthDate", "BIRTH_DATE_IN_FUTURE"));
        Sex sex = errors.read("sex", () -> choice(Sex.class, request.sex(), "sex", "SEX_UNKNOWN",
                "Sesso non previsto: M o F.", "Unknown sex: M or F."));
        IstatCode residenceComune = errors.read("residenceComune", () -> ComuneRegistry.standard()
                .require(IstatCode.of(Require.text(request.residenceComune(), "residenceComune"))).istatCode());
        MacroArea macroArea = errors.read("macroArea",
                () -> MacroArea.of(Require.text(request.macroArea(), "macroArea")));
        AccessChannel channel = errors.read("channel", () -> choice(AccessChannel.class, request.channel(),
                "channel", "UNKNOWN_CHANNEL", "Canale di accesso non previsto.", "Unknown access channel."));
        ActivationMode activationMode = errors.read("activationMode", () -> request.activationMode() == null
                ? ActivationMode.ON_REQUEST
                : choice(ActivationMode.class, request.activationMode(), "activationMode", "UNKNOWN_ACTIVATION_MODE",
                        "Modalità di attivazione non prevista: ON_REQUEST o PROTECTION_DUTY.",
                        "Unknown activation mode: ON_REQUEST or PROTECTION_DUTY."));
        OrganisationId owningOrganisation = errors.read("owningOrganisation",
                () -> OrganisationId.of(Require.text(request.owningOrganisation(), "owningOrganisation")));
        UserId caseManager = errors.read("caseManager",
                () -> UserId.of(Require.text(request.caseManager(), "caseManager")));
        LocalDate openedOn = errors.read("openedOn",
                () -> request.openedOn() == null ? null : date(request.openedOn(), "openedOn"));
        errors.rejectIfAny();

        RegisterPerson registerPerson = errors.check(() -> new RegisterPerson(newPersonId, codiceFiscale, firstName,
                lastName, birthDate, sex, residenceComune));
        OpenCase openCase = errors.check(() -> new OpenCase(caseId, newPersonId, owningOrganisation, residenceComune,
                macroArea, channel, activationMode, caseManager, null, openedOn));
        errors.rejectIfAny();
        return new CaseIntake(registerPerson, openCase);
    }

    CodiceFiscale codiceFiscale() {
        return registerPerson.codiceFiscale();
    }

    /** The case, for the person it concerns once known: the one registered here, or one registered before. */
    OpenCase openCaseFor(PersonId personId) {
        OpenCase c = openCase;
        return new OpenCase(c.caseId(), personId, c.owningOrganisation(), c.residenceComune(), c.macroArea(),
                c.channel(), c.activationMode(), c.caseManager(), c.householdId(), c.openedOn());
    }

    private static LocalDate date(String value, String field) {
        String text = Require.text(value, field);
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw DomainException.invalid(field, "DATE_FORMAT", "Data non valida: usare il formato AAAA-MM-GG.",
                    "Invalid date: use the format YYYY-MM-DD.");
        }
    }

    /** Enum.valueOf would reject unknown text with neither field nor code, and is case-sensitive. */
    private static <E extends Enum<E>> E choice(Class<E> type, String value, String field, String code,
                                                String messageIt, String messageEn) {
        String name = Require.text(value, field).toUpperCase(Locale.ROOT);
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        throw DomainException.invalid(field, code, messageIt, messageEn);
    }
}
