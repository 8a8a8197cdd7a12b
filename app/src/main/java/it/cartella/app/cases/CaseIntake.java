package it.cartella.app.cases;

import it.cartella.app.request.FieldErrors;
import it.cartella.app.request.Values;
import it.cartella.kernel.cases.AccessChannel;
import it.cartella.kernel.cases.ActivationMode;
import it.cartella.kernel.cases.OpenCase;
import it.cartella.kernel.catalog.MacroArea;
import it.cartella.kernel.command.Require;
import it.cartella.kernel.error.DomainException;
import it.cartella.kernel.id.CaseId;
import it.cartella.kernel.id.HouseholdId;
import it.cartella.kernel.id.OrganisationId;
import it.cartella.kernel.id.PersonId;
import it.cartella.kernel.id.UserId;
import it.cartella.kernel.person.CodiceFiscale;
import it.cartella.kernel.person.RegisterPerson;
import it.cartella.kernel.person.Sex;
import it.cartella.kernel.territory.IstatCode;

import java.time.LocalDate;
import java.util.stream.Stream;

/**
 * The commands one request to open a case stands for: the person's registration (unless the request names a person
 * already registered) and the case itself, both built and checked before anything is sent, so that a rejected
 * request stores nothing.
 *
 * <p>Each field is converted on its own first, so that every malformed field is reported at once; the rules that
 * relate fields (a codice fiscale must encode the birth date and sex) are the commands' own, checked once the
 * fields are well formed.
 *
 * @param registerPerson null when the request names a registered person by {@code personId}
 */
record CaseIntake(RegisterPerson registerPerson, OpenCase openCase) {

    static CaseIntake from(OpenCaseRequest request, CaseId caseId, PersonId newPersonId) {
        FieldErrors errors = new FieldErrors();
        PersonId knownPerson = errors.read("personId", () -> Values.optional(request.personId(), "personId",
                PersonId::of));
        boolean registers = request.personId() == null;
        if (!registers) {
            errors.read("personId", () -> requireNoPersonFields(request));
        }
        CodiceFiscale codiceFiscale = !registers ? null : errors.read("codiceFiscale",
                () -> CodiceFiscale.of(Require.text(request.codiceFiscale(), "codiceFiscale")));
        String firstName = !registers ? null : errors.read("firstName",
                () -> Require.text(request.firstName(), "firstName"));
        String lastName = !registers ? null : errors.read("lastName",
                () -> Require.text(request.lastName(), "lastName"));
        LocalDate birthDate = !registers ? null : errors.read("birthDate",
                () -> Require.past(Values.date(request.birthDate(), "birthDate"), "birthDate", "BIRTH_DATE_IN_FUTURE"));
        Sex sex = !registers ? null : errors.read("sex", () -> Values.choice(Sex.class, request.sex(), "sex",
                "SEX_UNKNOWN", "Sesso non previsto: M o F.", "Unknown sex: M or F."));
        IstatCode residenceComune = errors.read("residenceComune",
                () -> Values.comune(request.residenceComune(), "residenceComune"));
        MacroArea macroArea = errors.read("macroArea", () -> Values.of(request.macroArea(), "macroArea", MacroArea::of));
        AccessChannel channel = errors.read("channel", () -> Values.choice(AccessChannel.class, request.channel(),
                "channel", "UNKNOWN_CHANNEL", "Canale di accesso non previsto.", "Unknown access channel."));
        ActivationMode activationMode = errors.read("activationMode", () -> request.activationMode() == null
                ? ActivationMode.ON_REQUEST
                : Values.choice(ActivationMode.class, request.activationMode(), "activationMode",
                        "UNKNOWN_ACTIVATION_MODE", "Modalità di attivazione non prevista: ON_REQUEST o PROTECTION_DUTY.",
                        "Unknown activation mode: ON_REQUEST or PROTECTION_DUTY."));
        OrganisationId owningOrganisation = errors.read("owningOrganisation",
                () -> Values.of(request.owningOrganisation(), "owningOrganisation", OrganisationId::of));
        UserId caseManager = errors.read("caseManager", () -> Values.of(request.caseManager(), "caseManager",
                UserId::of));
        HouseholdId householdId = errors.read("householdId",
                () -> Values.optional(request.householdId(), "householdId", HouseholdId::of));
        LocalDate openedOn = errors.read("openedOn", () -> Values.optionalDate(request.openedOn(), "openedOn"));
        errors.rejectIfAny();

        PersonId personId = registers ? newPersonId : knownPerson;
        RegisterPerson registerPerson = !registers ? null : errors.check(() -> new RegisterPerson(newPersonId,
                codiceFiscale, firstName, lastName, birthDate, sex, residenceComune));
        OpenCase openCase = errors.check(() -> new OpenCase(caseId, personId, owningOrganisation, residenceComune,
                macroArea, channel, activationMode, caseManager, householdId, openedOn));
        errors.rejectIfAny();
        return new CaseIntake(registerPerson, openCase);
    }

    /** The person's own fields would be ignored for a registered person: better say so than drop them silently. */
    private static Void requireNoPersonFields(OpenCaseRequest request) {
        if (Stream.of(request.codiceFiscale(), request.firstName(), request.lastName(), request.birthDate(),
                request.sex()).anyMatch(value -> value != null)) {
            throw DomainException.invalid("personId", "PERSON_GIVEN_TWICE",
                    "Indicare la persona già registrata (personId) oppure i suoi dati, non entrambi.",
                    "Name the registered person (personId) or give their data, not both.");
        }
        return null;
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
}
