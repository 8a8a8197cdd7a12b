package it.cartella.command;

import it.cartella.eventstore.serialization.CartellaSerialization;
import it.cartella.kernel.cases.AssessmentKind;
import it.cartella.kernel.cases.AssessmentRecorded;
import it.cartella.kernel.cases.CaseClosed;
import it.cartella.kernel.cases.AccessChannel;
import it.cartella.kernel.cases.ActivationMode;
import it.cartella.kernel.cases.CaseOpened;
import it.cartella.kernel.cases.Participant;
import it.cartella.kernel.cases.ProfessionalRole;
import it.cartella.kernel.catalog.MacroArea;
import it.cartella.kernel.id.OrganisationId;
import it.cartella.kernel.id.UserId;
import it.cartella.kernel.cases.ClosureRating;
import it.cartella.kernel.cases.DomainScore;
import it.cartella.kernel.cases.MonitoringRecorded;
import it.cartella.kernel.catalog.FundingSource;
import it.cartella.kernel.catalog.OutcomeCode;
import it.cartella.kernel.discharge.DischargeCareActivated;
import it.cartella.kernel.discharge.ProtectedDischargeStarted;
import it.cartella.kernel.discharge.ReadmissionRecorded;
import it.cartella.kernel.id.DischargeId;
import it.cartella.kernel.household.CompositionType;
import it.cartella.kernel.household.HouseholdMember;
import it.cartella.kernel.household.HouseholdRegistered;
import it.cartella.kernel.household.HouseholdRole;
import it.cartella.kernel.household.Isee;
import it.cartella.kernel.household.Relationship;
import it.cartella.kernel.id.HouseholdId;
import it.cartella.kernel.contact.AgeBand;
import it.cartella.kernel.contact.ContactKind;
import it.cartella.kernel.contact.ContactLinked;
import it.cartella.kernel.contact.ContactRecorded;
import it.cartella.kernel.id.ContactId;
import it.cartella.kernel.id.InterventionId;
import it.cartella.kernel.intervention.DeliveryRecorded;
import it.cartella.kernel.intervention.InterventionActivated;
import it.cartella.kernel.intervention.InterventionEnded;
import it.cartella.kernel.id.TirocinioId;
import it.cartella.kernel.tirocinio.InterruptionReason;
import it.cartella.kernel.tirocinio.TirocinioActivated;
import it.cartella.kernel.tirocinio.TirocinioAttendanceRecorded;
import it.cartella.kernel.tirocinio.TirocinioInterrupted;
import it.cartella.kernel.catalog.ServiceCode;
import it.cartella.kernel.id.PaisId;
import it.cartella.kernel.pais.Commitment;
import it.cartella.kernel.pais.ExpectedResult;
import it.cartella.kernel.pais.Objective;
import it.cartella.kernel.pais.PaisDrafted;
import it.cartella.kernel.pais.PaisSigned;
import it.cartella.kernel.pais.PlanKind;
import it.cartella.kernel.pais.Signatory;
import it.cartella.kernel.pais.SignatoryRole;
import it.cartella.kernel.pais.Step;
import it.cartella.kernel.pais.Support;
import it.cartella.kernel.id.CaseId;
import it.cartella.kernel.id.PersonId;
import it.cartella.kernel.person.CodiceFiscale;
import it.cartella.kernel.person.ContactDetails;
import it.cartella.kernel.person.PersonDataCorrected;
import it.cartella.kernel.person.PersonRegistered;
import it.cartella.kernel.person.ResidenceChanged;
import it.cartella.kernel.person.ProvisionalCode;
import it.cartella.kernel.person.Sex;
import it.cartella.kernel.territory.IstatCode;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every event of the domain survives the event store's serializer unchanged, as readable JSON: the records
 * carry value objects, lists and enums, and the published language must not need Jackson annotations to store.
 */
class EventSerializationTest {

    static final OrganisationId COMUNE = OrganisationId.of("comune-lodi");

    private final Serializer serializer = CartellaSerialization.serializer();

    static Stream<Object> events() {
        CaseId caseId = CaseId.of("case-1");
        PersonId personId = PersonId.of("person-1");
        LocalDate day = LocalDate.of(2025, 3, 3);
        return Stream.of(
                new PersonRegistered(personId, CodiceFiscale.of("RSSMRA85T10A562S"), "Mario", "Rossi",
                        LocalDate.of(1985, 12, 10), Sex.M, IstatCode.of("098031"), null, "IT",
                        new ContactDetails("+39 0371 123456", "mario@example.it", "Via Roma 1"), 1985),
                new PersonRegistered(personId, null, "Mario", "Rossi", LocalDate.of(1985, 12, 10), Sex.M, null,
                        ProvisionalCode.generate(ProvisionalCode.Reason.UNKNOWN_IDENTITY), null, null, 1985),
                new PersonDataCorrected(personId, CodiceFiscale.of("RSSMRA85T10A562S"), "Mario", "Rossi",
                        LocalDate.of(1985, 12, 10), Sex.M, null, null, null, 1985),
                new ResidenceChanged(personId, null, IstatCode.of("098019"), day),
                new CaseOpened(caseId, personId, COMUNE, IstatCode.of("098031"), MacroArea.of("A"),
                        AccessChannel.PUA, ActivationMode.ON_REQUEST, UserId.of("as-rossi"), null, day),
                new AssessmentRecorded(caseId, personId, AssessmentKind.EVM_UVM, "SVAMA", day, "esito",
                        List.of(new Participant(ProfessionalRole.ASSISTENTE_SOCIALE, COMUNE, UserId.of("as-rossi")),
                                new Participant(ProfessionalRole.MEDICO, OrganisationId.of("asst-lodi"), null))),
                new MonitoringRecorded(caseId, personId, 0, day, List.of(new DomainScore("ABITARE", 20)), null),
                new CaseClosed(caseId, personId, OutcomeCode.of("TRASFERITO"), ClosureRating.NOT_EXPRESSED,
                        ClosureRating.PARTIAL, day, "note"),
                new PaisDrafted(PaisId.of("pais-1"), caseId, personId, PlanKind.PAIS, 1,
                        List.of(new Objective("obiettivo", List.of(new ExpectedResult("risultato", day,
                                List.of(new Step("tappa", day)))))),
                        List.of(new Commitment(personId, "impegno", true, null)),
                        List.of(new Support(ServiceCode.of("PUC"), null)), List.of(day)),
                new PaisSigned(PaisId.of("pais-1"), caseId, personId, PlanKind.PAIS, 1, day,
                        List.of(Signatory.person(SignatoryRole.BENEFICIARY, personId),
                                Signatory.professional(SignatoryRole.CASE_MANAGER, UserId.of("as-rossi")))),
                new TirocinioActivated(TirocinioId.of("tis-1"), caseId, personId, COMUNE,
                        OrganisationId.of("cascina-verde"), "Giulia Verdi", null, day, day.plusMonths(6), 20,
                        new BigDecimal("400.00"), FundingSource.of("QSFP")),
                new TirocinioAttendanceRecorded(TirocinioId.of("tis-1"), personId, YearMonth.of(2025, 3),
                        new BigDecimal("78.5"), null),
                new TirocinioInterrupted(TirocinioId.of("tis-1"), personId, day, InterruptionReason.OTHER, "nota"),
                new ProtectedDischargeStarted(DischargeId.of("discharge-1"), caseId, personId,
                        OrganisationId.of("asst-lodi"), "Geriatria", day, day.plusDays(10),
                        Instant.parse("2025-03-05T09:30:00Z")),
                new DischargeCareActivated(DischargeId.of("discharge-1"), caseId, personId,
                        List.of(InterventionId.of("sad-1")), Instant.parse("2025-03-14T09:30:00Z")),
                new ReadmissionRecorded(DischargeId.of("discharge-1"), personId, day.plusMonths(6), null, false),
                new InterventionActivated(InterventionId.of("sad-1"), caseId, personId,
                        ServiceCode.of("SERVIZIO_ASSISTENZA_DOMICILIARE"), COMUNE, FundingSource.of("FNA"), day, null,
                        new BigDecimal("96"), new BigDecimal("1200.50")),
                new DeliveryRecorded(InterventionId.of("sad-1"), personId, day, new BigDecimal("8"), null),
                new InterventionEnded(InterventionId.of("sad-1"), personId, day, OutcomeCode.of("DIMESSO"), null),
                new HouseholdRegistered(HouseholdId.of("household-1"), personId,
                        List.of(new HouseholdMember(personId, Relationship.REFERENCE_PERSON, HouseholdRole.APPLICANT)),
                        CompositionType.SINGLE_PERSON, new Isee(new BigDecimal("7450.12"), day)),
                new ContactRecorded(ContactId.of("contact-1"), ContactKind.ACCESS, AccessChannel.CARITAS, COMUNE, null,
                        Instant.parse("2025-03-05T09:30:00Z"), null, null, MacroArea.of("A"), Sex.F, AgeBand.MINOR,
                        null),
                new ContactLinked(ContactId.of("contact-1"), personId, caseId));
    }

    @ParameterizedTest
    @MethodSource("events")
    void roundTrips(Object event) {
        SerializedObject<String> json = serializer.serialize(event, String.class);

        assertThat(json.getData()).doesNotStartWith("<");
        Object read = serializer.deserialize(json);
        assertThat(read).isEqualTo(event);
    }
}
