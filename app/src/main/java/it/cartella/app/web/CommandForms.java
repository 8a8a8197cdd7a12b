package it.cartella.app.web;

import it.cartella.app.cases.CaseCommandController;
import it.cartella.app.cases.CaseCommandRequests;
import it.cartella.app.contacts.ContactController;
import it.cartella.app.discharges.DischargeController;
import it.cartella.app.discharges.DischargeRequests;
import it.cartella.app.households.HouseholdController;
import it.cartella.app.households.HouseholdRequests;
import it.cartella.app.interventions.InterventionController;
import it.cartella.app.pais.PaisController;
import it.cartella.app.pais.PaisRequests;
import it.cartella.app.persons.PersonController;
import it.cartella.app.persons.PersonRequests;
import it.cartella.app.tirocini.TirocinioController;
import it.cartella.app.tirocini.TirocinioRequests;
import it.cartella.app.web.FormSpec.Group;
import it.cartella.app.web.FormSpec.Item;
import it.cartella.app.web.FormSpec.Target;
import it.cartella.kernel.cases.Participant;
import it.cartella.kernel.pais.Commitment;
import it.cartella.kernel.pais.ExpectedResult;
import it.cartella.kernel.pais.Objective;
import it.cartella.kernel.pais.Step;
import it.cartella.kernel.pais.Support;
import it.cartella.query.cases.CaseDetail;
import it.cartella.query.cases.CaseFile;
import it.cartella.kernel.error.DomainException;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import static it.cartella.app.web.FormSpec.checkbox;
import static it.cartella.app.web.FormSpec.date;
import static it.cartella.app.web.FormSpec.dateTime;
import static it.cartella.app.web.FormSpec.group;
import static it.cartella.app.web.FormSpec.month;
import static it.cartella.app.web.FormSpec.number;
import static it.cartella.app.web.FormSpec.registeredPerson;
import static it.cartella.app.web.FormSpec.select;
import static it.cartella.app.web.FormSpec.text;
import static it.cartella.app.web.FormSpec.textarea;

/**
 * Every command form of the web application. Each sends its command through the API's own handler, so that a form
 * and an API call are one implementation: the same conversion and field errors, the same command authorization and
 * access log, the same domain rules and the same idempotency.
 */
@Component
class CommandForms {

    private static final ZoneId ITALY = ZoneId.of("Europe/Rome");

    private final Map<String, FormSpec> forms = new LinkedHashMap<>();

    CommandForms(CaseCommandController cases, PaisController plans, InterventionController interventions,
                 TirocinioController tirocini, DischargeController discharges, ContactController contacts,
                 PersonController persons, HouseholdController households, PersonDetails personDetails) {
        // People, households and first contacts come before any case.
        add("person", Target.NONE, List.of(text("codiceFiscale"), text("firstName"), text("lastName"),
                        date("birthDate"), select("sex", "sexes"), text("residenceComune"),
                        text("citizenship").optional(), text("contactDetails.phone").optional(),
                        text("contactDetails.email").optional(), text("contactDetails.address").optional()),
                c -> Map.of("residenceComune", comuneOf(c)),
                c -> persons.register(c.request(PersonRequests.RegisterPersonRequest.class), c.exchange()));
        add("household", Target.NONE, List.of(group("members", registeredPerson("personId"),
                                select("relationship", "relationships"), select("role", "householdRoles")).rows(2),
                        select("compositionType", "compositionTypes"), number("isee.value").optional(),
                        date("isee.issuedOn").optional()),
                c -> Map.of("members[0].relationship", "REFERENCE_PERSON", "members[0].role", "APPLICANT"),
                c -> households.register(c.request(HouseholdRequests.RegisterHouseholdRequest.class), c.exchange()));
        add("contact", Target.NONE, List.of(select("kind", "contactKinds"), select("channel", "channels"),
                        select("receivingOrganisation", "organisations"),
                        select("sourceOrganisation", "organisations").optional(), dateTime("receivedAt").optional(),
                        registeredPerson("personId").optional(), text("residenceComune").optional(),
                        select("need", "macroAreas").optional(), select("sex", "sexes").optional(),
                        select("ageBand", "ageBands").optional(), textarea("summary").optional()),
                c -> Map.of("receivingOrganisation", c.actor().organisation().value(), "residenceComune", comuneOf(c)),
                c -> contacts.record(c.request(ContactController.RecordContactRequest.class), c.exchange()));

        // The case's own record.
        add("contact-link", Target.CASE, List.of(select("contactId", FormOptions.RECENT_CONTACTS),
                        select("personId", "casePeople")),
                c -> Map.of("personId", c.file().personId),
                c -> contacts.link(required(c, "contactId"), c.request(ContactController.LinkContactRequest.class),
                        c.exchange()));
        add("assessment", Target.CASE, List.of(select("kind", "assessmentKinds"), text("instrument"),
                        date("assessedOn"), textarea("result"), participants("participants")),
                c -> with(me(c, "participants"), "assessedOn", today()),
                c -> cases.assess(c.caseId(), c.request(CaseCommandRequests.RecordAssessmentRequest.class),
                        c.exchange()));
        add("team", Target.CASE, List.of(participants("members")), CommandForms::team,
                c -> cases.formTeam(c.caseId(), c.request(CaseCommandRequests.FormTeamRequest.class), c.exchange()));
        add("team-meeting", Target.CASE, List.of(date("heldOn"), participants("attendees"), textarea("decisions")),
                c -> with(me(c, "attendees"), "heldOn", today()),
                c -> cases.meet(c.caseId(), c.request(CaseCommandRequests.RecordTeamMeetingRequest.class),
                        c.exchange()));
        add("pais", Target.CASE, planItems(),
                c -> Map.of("kind", "PAIS", "beneficiary", c.file().personId, "commitments[0].member",
                        c.file().personId),
                c -> plans.draft(c.caseId(), c.request(PaisRequests.DraftPaisRequest.class), c.exchange()));
        add("pais-sign", Target.RECORD, List.of(date("signedOn"), group("signatories",
                        select("role", "signatoryRoles"), select("personId", "casePeople").optional(),
                        text("user").optional()).rows(2)),
                c -> Map.of("signedOn", today(), "signatories[0].role", "BENEFICIARY",
                        "signatories[0].personId", c.file().personId, "signatories[1].role", "CASE_MANAGER",
                        "signatories[1].user", c.actor().userId().value()),
                c -> plans.sign(c.recordId(), c.request(PaisRequests.SignPaisRequest.class), c.exchange()));
        add("monitoring", Target.CASE, List.of(number("step"), date("monitoredOn"),
                        group("scores", select("domain", "domains"), number("score")).rows(2),
                        textarea("notes").optional()),
                c -> Map.of("step", String.valueOf(c.file().monitoring.size()), "monitoredOn", today(),
                        "scores[0].domain", "LAVORO", "scores[1].domain", "ABITARE"),
                c -> cases.monitor(c.caseId(), c.request(CaseCommandRequests.RecordMonitoringRequest.class),
                        c.exchange()));
        add("note", Target.CASE, List.of(date("notedOn"), textarea("text")), c -> Map.of("notedOn", today()),
                c -> cases.note(c.caseId(), c.request(CaseCommandRequests.RecordNoteRequest.class), c.exchange()));
        add("closure", Target.CASE, List.of(select("outcome", "closureOutcomes"),
                        select("beneficiaryRating", "closureRatings"), select("operatorRating", "closureRatings"),
                        date("closedOn"), textarea("notes").optional()),
                c -> Map.of("closedOn", today()),
                c -> cases.close(c.caseId(), c.request(CaseCommandRequests.CloseCaseRequest.class), c.exchange()));
        add("reopening", Target.CASE, List.of(date("reopenedOn"), textarea("reason")),
                c -> Map.of("reopenedOn", today()),
                c -> cases.reopen(c.caseId(), c.request(CaseCommandRequests.ReopenCaseRequest.class), c.exchange()));
        add("transfer", Target.CASE, List.of(select("toOrganisation", "organisations"), text("toResidenceComune"),
                        text("newCaseManager").optional(), date("transferredOn")),
                c -> Map.of("transferredOn", today()),
                c -> cases.transfer(c.caseId(), c.request(CaseCommandRequests.TransferCaseRequest.class),
                        c.exchange()));

        add("case-manager", Target.CASE, List.of(text("caseManager")),
                c -> c.file().caseManager == null ? Map.of() : Map.of("caseManager", c.file().caseManager),
                c -> cases.assign(c.caseId(), c.request(CaseCommandRequests.AssignCaseManagerRequest.class),
                        c.exchange()));
        add("pais-redraft", Target.RECORD, planItems(), c -> plan(c, plan(c)),
                c -> plans.redraft(plan(c).paisId, c.request(PaisRequests.DraftPaisRequest.class), c.exchange()));

        // The people and the household of the case: their data as it changes.
        add("person-correction", Target.RECORD, List.of(text("codiceFiscale").optional(), text("firstName"),
                        text("lastName"), date("birthDate"), select("sex", "sexes"), text("citizenship").optional(),
                        text("contactDetails.phone").optional(), text("contactDetails.email").optional(),
                        text("contactDetails.address").optional()),
                c -> personValues(c, personDetails.current(person(c).personId())),
                c -> persons.correct(person(c).personId(),
                        c.request(PersonRequests.CorrectPersonDataRequest.class), c.exchange()));
        add("residence", Target.RECORD, List.of(text("residenceComune"), date("effectiveFrom")),
                c -> Map.of("residenceComune", person(c).personId().equals(c.file().personId)
                        && c.file().residenceComune != null ? c.file().residenceComune : "", "effectiveFrom", today()),
                c -> persons.move(person(c).personId(), c.request(PersonRequests.ChangeResidenceRequest.class),
                        c.exchange()));
        add("household-member", Target.RECORD, List.of(registeredPerson("member.personId"),
                        select("member.relationship", "relationships"), select("member.role", "householdRoles"),
                        select("compositionType", "compositionTypes").optional()),
                c -> household(c).isEmpty() ? Map.of() : Map.of("member.role", "MEMBER"),
                c -> households.add(household(c), c.request(HouseholdRequests.AddMemberRequest.class),
                        c.exchange()));
        add("isee", Target.RECORD, List.of(number("isee.value"), date("isee.issuedOn")),
                c -> household(c).isEmpty() ? Map.of() : Map.of(),
                c -> households.isee(household(c), c.request(HouseholdRequests.RecordIseeRequest.class),
                        c.exchange()));

        // Interventions, traineeships and protected discharges, each with the steps of its life.
        add("intervention", Target.CASE, List.of(select("beneficiary", "casePeople").optional(),
                        select("service", "services"), select("provider", "organisations"),
                        select("funding", "fundings"), date("start"), date("plannedEnd").optional(),
                        number("plannedHours").optional(), number("plannedAmount").optional()),
                c -> Map.of("beneficiary", c.file().personId, "start", today()),
                c -> interventions.activate(c.request(InterventionController.ActivateInterventionRequest.class),
                        c.exchange()));
        add("delivery", Target.RECORD, List.of(date("deliveredOn"), number("hours").optional(),
                        number("amount").optional()),
                c -> Map.of("deliveredOn", today()),
                c -> interventions.deliver(c.recordId(),
                        c.request(InterventionController.RecordDeliveryRequest.class), c.exchange()));
        add("intervention-end", Target.RECORD, List.of(date("endedOn"), select("outcome", "outcomes"),
                        textarea("note").optional()),
                c -> Map.of("endedOn", today()),
                c -> interventions.end(c.recordId(), c.request(InterventionController.EndInterventionRequest.class),
                        c.exchange()));
        add("tirocinio", Target.CASE, List.of(select("trainee", "casePeople").optional(),
                        select("promoter", "organisations"), select("hostOrganisation", "organisations"),
                        text("hostTutor"), text("serviceTutor"), date("start"), date("plannedEnd"),
                        number("weeklyHours"), number("monthlyIndemnity"), select("indemnityFunding", "fundings")),
                c -> Map.of("trainee", c.file().personId, "serviceTutor", c.actor().userId().value()),
                c -> tirocini.activate(c.request(TirocinioRequests.ActivateTirocinioRequest.class), c.exchange()));
        add("attendance", Target.RECORD, List.of(month("month"), number("hoursAttended"),
                        number("indemnityPaid").optional()), c -> Map.of(),
                c -> tirocini.attendance(c.recordId(), c.request(TirocinioRequests.AttendanceRequest.class),
                        c.exchange()));
        add("extension", Target.RECORD, List.of(date("newPlannedEnd"), textarea("justification").optional()),
                c -> Map.of(),
                c -> tirocini.extend(c.recordId(), c.request(TirocinioRequests.ExtensionRequest.class), c.exchange()));
        add("completion", Target.RECORD, List.of(date("endedOn"), select("outcome", "tirocinioOutcomes")),
                c -> Map.of(),
                c -> tirocini.complete(c.recordId(), c.request(TirocinioRequests.CompletionRequest.class),
                        c.exchange()));
        add("interruption", Target.RECORD, List.of(date("interruptedOn"), select("reason", "interruptionReasons"),
                        textarea("note").optional()), c -> Map.of(),
                c -> tirocini.interrupt(c.recordId(), c.request(TirocinioRequests.InterruptionRequest.class),
                        c.exchange()));
        add("discharge", Target.CASE, List.of(select("patient", "casePeople"), select("hospital", "organisations"),
                        text("ward"), date("admittedOn"), date("expectedDischargeOn"), dateTime("referredAt")),
                c -> Map.of("patient", c.file().personId),
                c -> discharges.start(c.request(DischargeRequests.StartRequest.class), c.exchange()));
        add("hospital-discharge", Target.RECORD, List.of(dateTime("dischargedAt")), c -> Map.of(),
                c -> discharges.discharged(c.recordId(), c.request(DischargeRequests.HospitalDischargeRequest.class),
                        c.exchange()));
        add("care", Target.RECORD, List.of(group("interventions", select("", "caseInterventions")),
                        dateTime("activeSince")), c -> Map.of(),
                c -> discharges.care(c.recordId(), c.request(DischargeRequests.CareRequest.class), c.exchange()));
        add("readmission-check", Target.RECORD, List.of(date("checkedOn"), date("readmittedOn").optional()),
                c -> Map.of("checkedOn", today()),
                c -> discharges.readmission(c.recordId(), c.request(DischargeRequests.ReadmissionRequest.class),
                        c.exchange()));
    }

    Optional<FormSpec> find(String key) {
        return Optional.ofNullable(forms.get(key));
    }

    private void add(String key, Target target, List<Item> items, Function<FormContext, Map<String, String>> defaults,
                     Function<FormContext, Mono<? extends ResponseEntity<?>>> send) {
        forms.put(key, new FormSpec(key, target, items, defaults, send));
    }

    private static List<Item> planItems() {
        return List.of(select("kind", "planKinds").optional(),
                select("beneficiary", "casePeople").optional(),
                group("objectives", textarea("description"), group("expectedResults", text("description"),
                        date("dueBy").optional(), group("steps", text("description"),
                                date("dueBy").optional()).rows(0))),
                group("commitments", select("member", "casePeople"), text("description"),
                        checkbox("obligation"), date("dueBy").optional()),
                group("supports", select("service", "services"), text("note").optional()),
                group("monitoringDates", date("").optional()));
    }

    /** The plan of the case the form names; another case's plan is as unknown as none. */
    private static CaseFile.Plan plan(FormContext c) {
        return c.file().plans.stream().filter(p -> p.paisId.equals(c.recordId())).findFirst()
                .orElseThrow(() -> notInCase("PAIS_NOT_IN_CASE"));
    }

    /** The plan as it stands, to write its next version from. */
    private static Map<String, String> plan(FormContext c, CaseFile.Plan plan) {
        Map<String, String> values = new LinkedHashMap<>();
        put(values, "kind", plan.kind);
        put(values, "beneficiary", plan.beneficiary);
        for (int i = 0; i < plan.objectives.size(); i++) {
            Objective objective = plan.objectives.get(i);
            String o = "objectives[" + i + "]";
            put(values, o + ".description", objective.description());
            for (int j = 0; j < objective.expectedResults().size(); j++) {
                ExpectedResult result = objective.expectedResults().get(j);
                String r = o + ".expectedResults[" + j + "]";
                put(values, r + ".description", result.description());
                put(values, r + ".dueBy", result.dueBy());
                for (int k = 0; k < result.steps().size(); k++) {
                    Step step = result.steps().get(k);
                    put(values, r + ".steps[" + k + "].description", step.description());
                    put(values, r + ".steps[" + k + "].dueBy", step.dueBy());
                }
            }
        }
        for (int i = 0; i < plan.commitments.size(); i++) {
            Commitment commitment = plan.commitments.get(i);
            String m = "commitments[" + i + "]";
            put(values, m + ".member", commitment.member() == null ? null : commitment.member().value());
            put(values, m + ".description", commitment.description());
            put(values, m + ".obligation", commitment.obligation() ? "true" : null);
            put(values, m + ".dueBy", commitment.dueBy());
        }
        for (int i = 0; i < plan.supports.size(); i++) {
            Support support = plan.supports.get(i);
            put(values, "supports[" + i + "].service", support.service() == null ? null : support.service().code());
            put(values, "supports[" + i + "].note", support.note());
        }
        for (int i = 0; i < plan.monitoringDates.size(); i++) {
            put(values, "monitoringDates[" + i + "]", plan.monitoringDates.get(i));
        }
        return values;
    }

    private static void put(Map<String, String> values, String name, Object value) {
        if (value != null) {
            values.put(name, value.toString());
        }
    }

    /** The person of the case the form names; someone outside the case is as unknown as nobody. */
    private static CaseDetail.PersonInCase person(FormContext c) {
        return c.file().people.stream().filter(p -> p.personId().equals(c.recordId())).findFirst()
                .orElseThrow(() -> notInCase("PERSON_NOT_IN_CASE"));
    }

    /** The person's data as the case shows it, to correct. */
    /** Everything a correction restates, so that what the user does not touch stays as it was. */
    private static Map<String, String> personValues(FormContext c, PersonDetails.Current details) {
        CaseDetail.PersonInCase p = person(c);
        Map<String, String> values = new LinkedHashMap<>();
        put(values, "codiceFiscale", p.codiceFiscale());
        put(values, "firstName", p.firstName());
        put(values, "lastName", p.lastName());
        put(values, "birthDate", p.birthDate());
        put(values, "sex", p.sex());
        put(values, "citizenship", details.citizenship());
        if (details.contactDetails() != null) {
            put(values, "contactDetails.phone", details.contactDetails().phone());
            put(values, "contactDetails.email", details.contactDetails().email());
            put(values, "contactDetails.address", details.contactDetails().address());
        }
        return values;
    }

    /** The household of the case, the only one its forms act on. */
    private static String household(FormContext c) {
        if (c.file().householdId == null || !c.file().householdId.equals(c.recordId())) {
            throw notInCase("HOUSEHOLD_NOT_IN_CASE");
        }
        return c.recordId();
    }

    private static DomainException notInCase(String code) {
        return DomainException.notFound(code, "Non fa parte di questa presa in carico.",
                "Not part of this case.");
    }

    private static Group participants(String name) {
        return group(name, select("role", "professionalRoles"), select("organisation", "organisations"),
                text("user").optional());
    }

    /** The signed-in professional as the first participant: who records an assessment usually took part. */
    private static Map<String, String> me(FormContext c, String group) {
        return Map.of(group + "[0].role", "ASSISTENTE_SOCIALE", group + "[0].organisation",
                c.actor().organisation().value(), group + "[0].user", c.actor().userId().value());
    }

    /** The team as it stands, to change; the signed-in user alone when there is none yet. */
    private static Map<String, String> team(FormContext c) {
        List<Participant> team = c.file().team;
        if (team.isEmpty()) {
            return me(c, "members");
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < team.size(); i++) {
            Participant p = team.get(i);
            values.put("members[" + i + "].role", p.role().name());
            values.put("members[" + i + "].organisation", p.organisation().value());
            if (p.user() != null) {
                values.put("members[" + i + "].user", p.user().value());
            }
        }
        return values;
    }

    private static Map<String, String> with(Map<String, String> values, String name, String value) {
        Map<String, String> all = new LinkedHashMap<>(values);
        all.put(name, value);
        return all;
    }

    private static String today() {
        return LocalDate.now(ITALY).toString();
    }

    /** A Comune's organisation id ends with its ISTAT code: the likely residence of the people it serves. */
    private static String comuneOf(FormContext c) {
        String organisation = c.actor().organisation().value();
        return organisation.startsWith("comune-") ? organisation.substring("comune-".length()) : "";
    }

    private static String required(FormContext c, String field) {
        String value = c.values().get(field);
        if (value.isBlank()) {
            throw DomainException.invalid(field, "FIELD_REQUIRED", "Campo obbligatorio.", "This field is required.");
        }
        return value;
    }
}
