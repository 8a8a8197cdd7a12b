package it.cartella.command;

import it.cartella.eventstore.privacy.PersonalDataSerializer;
import it.cartella.eventstore.privacy.SubjectKeyStore;
import it.cartella.eventstore.serialization.CartellaSerialization;
import it.cartella.eventstore.testing.TestMongo;
import it.cartella.kernel.adi.AdiApplicationReceived;
import it.cartella.kernel.adi.AdiForfeitureMarked;
import it.cartella.kernel.adi.AdiRenewed;
import it.cartella.kernel.adi.AdiResumed;
import it.cartella.kernel.adi.AdiSuspended;
import it.cartella.kernel.adi.FirstMeetingHeld;
import it.cartella.kernel.adi.MeetingMissed;
import it.cartella.kernel.adi.PositionUpdated;
import it.cartella.kernel.adi.SflExtended;
import it.cartella.kernel.adi.SflParticipationConfirmed;
import it.cartella.kernel.adi.SflStarted;
import it.cartella.kernel.adi.UpdateExemption;
import it.cartella.kernel.cases.AccessChannel;
import it.cartella.kernel.cases.ActivationMode;
import it.cartella.kernel.cases.AssessmentKind;
import it.cartella.kernel.cases.AssessmentRecorded;
import it.cartella.kernel.cases.CaseClosed;
import it.cartella.kernel.cases.CaseManagerAssigned;
import it.cartella.kernel.cases.CaseOpened;
import it.cartella.kernel.cases.CaseReopened;
import it.cartella.kernel.cases.CaseTransferred;
import it.cartella.kernel.cases.ClosureRating;
import it.cartella.kernel.cases.DomainScore;
import it.cartella.kernel.cases.MonitoringRecorded;
import it.cartella.kernel.cases.NoteRecorded;
import it.cartella.kernel.cases.Participant;
import it.cartella.kernel.cases.ProfessionalRole;
import it.cartella.kernel.cases.TeamFormed;
import it.cartella.kernel.cases.TeamMeetingRecorded;
import it.cartella.kernel.catalog.FundingSource;
import it.cartella.kernel.catalog.MacroArea;
import it.cartella.kernel.catalog.OutcomeCode;
import it.cartella.kernel.catalog.ServiceCode;
import it.cartella.kernel.contact.AgeBand;
import it.cartella.kernel.contact.ContactKind;
import it.cartella.kernel.contact.ContactLinked;
import it.cartella.kernel.contact.ContactRecorded;
import it.cartella.kernel.deadline.DeadlineMissed;
import it.cartella.kernel.deadline.DeadlineOwner;
import it.cartella.kernel.deadline.OwnerType;
import it.cartella.kernel.discharge.DischargeCareActivated;
import it.cartella.kernel.discharge.HospitalDischargeRecorded;
import it.cartella.kernel.discharge.ProtectedDischargeStarted;
import it.cartella.kernel.discharge.ReadmissionRecorded;
import it.cartella.kernel.household.CompositionType;
import it.cartella.kernel.household.HouseholdMember;
import it.cartella.kernel.household.HouseholdMemberAdded;
import it.cartella.kernel.household.HouseholdRegistered;
import it.cartella.kernel.household.HouseholdRole;
import it.cartella.kernel.household.Isee;
import it.cartella.kernel.household.IseeRecorded;
import it.cartella.kernel.household.Relationship;
import it.cartella.kernel.id.AdiBenefitId;
import it.cartella.kernel.id.CaseId;
import it.cartella.kernel.id.ContactId;
import it.cartella.kernel.id.DischargeId;
import it.cartella.kernel.id.HouseholdId;
import it.cartella.kernel.id.InterventionId;
import it.cartella.kernel.id.OrganisationId;
import it.cartella.kernel.id.PaisId;
import it.cartella.kernel.id.PersonId;
import it.cartella.kernel.id.SflBenefitId;
import it.cartella.kernel.id.TirocinioId;
import it.cartella.kernel.id.UserId;
import it.cartella.kernel.intervention.DeliveryRecorded;
import it.cartella.kernel.intervention.InterventionActivated;
import it.cartella.kernel.intervention.InterventionEnded;
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
import it.cartella.kernel.person.CodiceFiscale;
import it.cartella.kernel.person.ContactDetails;
import it.cartella.kernel.person.PersonDataCorrected;
import it.cartella.kernel.person.PersonErased;
import it.cartella.kernel.person.PersonRegistered;
import it.cartella.kernel.person.ProvisionalCode;
import it.cartella.kernel.person.ResidenceChanged;
import it.cartella.kernel.person.Sex;
import it.cartella.kernel.access.BreakGlassUsed;
import it.cartella.kernel.access.CaseSealed;
import it.cartella.kernel.id.ReferralId;
import it.cartella.kernel.id.SealId;
import it.cartella.kernel.id.ShareGrantId;
import it.cartella.kernel.privacy.DataSubject;
import it.cartella.kernel.privacy.PersonalDataCategory;
import it.cartella.kernel.referral.ReferralAccepted;
import it.cartella.kernel.referral.ReferralClosed;
import it.cartella.kernel.referral.ReferralRejected;
import it.cartella.kernel.referral.ReferralRevoked;
import it.cartella.kernel.referral.ReferralSent;
import it.cartella.kernel.referral.RejectionReason;
import it.cartella.kernel.sharing.Consent;
import it.cartella.kernel.sharing.LegalBasis;
import it.cartella.kernel.sharing.RevocationReason;
import it.cartella.kernel.sharing.ShareGranted;
import it.cartella.kernel.sharing.ShareRevoked;
import it.cartella.kernel.sharing.SharingTerms;
import it.cartella.kernel.privacy.PersonalData;
import it.cartella.kernel.territory.IstatCode;
import it.cartella.kernel.tirocinio.InterruptionReason;
import it.cartella.kernel.tirocinio.TirocinioActivated;
import it.cartella.kernel.tirocinio.TirocinioAttendanceRecorded;
import it.cartella.kernel.tirocinio.TirocinioCompleted;
import it.cartella.kernel.tirocinio.TirocinioExtended;
import it.cartella.kernel.tirocinio.TirocinioInterrupted;
import it.cartella.kernel.tirocinio.TirocinioOutcome;
import org.axonframework.serialization.SerializedObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.beans.factory.config.BeanDefinition;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contract between the domain's events and the event store: every event survives the store's serializer,
 * with crypto-shredding, unchanged; names its data subject whenever it holds personal data; and still loads after
 * its subject is erased, with the personal fields empty and the pseudonymous facts intact.
 */
class EventSerializationTest {

    /** The kernel packages whose events this class covers; events are named in the past tense (-ed). */
    static final List<String> PACKAGES = List.of("person", "cases", "pais", "tirocinio", "discharge",
            "intervention", "household", "contact", "adi", "deadline", "sharing", "referral", "access");

    static final PersonId PERSON = PersonId.of("person-1");
    static final CaseId CASE = CaseId.of("case-1");
    static final OrganisationId COMUNE = OrganisationId.of("comune-lodi");
    static final UserId ROSSI = UserId.of("as-rossi");
    static final LocalDate DAY = LocalDate.of(2025, 3, 3);
    static final Instant MOMENT = Instant.parse("2025-03-05T09:30:00Z");
    static final PaisId PAIS = PaisId.of("pais-1");
    static final TirocinioId TIS = TirocinioId.of("tis-1");
    static final DischargeId DISCHARGE = DischargeId.of("discharge-1");
    static final InterventionId SAD = InterventionId.of("sad-1");
    static final HouseholdId HOUSEHOLD = HouseholdId.of("household-1");
    static final ContactId CONTACT = ContactId.of("contact-1");
    static final AdiBenefitId ADI = AdiBenefitId.of("adi-1");

    private final SubjectKeyStore keys = new SubjectKeyStore(TestMongo.freshDatabase());
    private final PersonalDataSerializer serializer =
            new PersonalDataSerializer(CartellaSerialization.serializer(), keys);

    static Stream<Object> events() {
        Participant socialWorker = new Participant(ProfessionalRole.ASSISTENTE_SOCIALE, COMUNE, ROSSI);
        Participant doctor = new Participant(ProfessionalRole.MEDICO, OrganisationId.of("asst-lodi"), null);
        List<Signatory> signatories = List.of(Signatory.person(SignatoryRole.BENEFICIARY, PERSON),
                Signatory.professional(SignatoryRole.CASE_MANAGER, ROSSI));
        HouseholdMember reference = new HouseholdMember(PERSON, Relationship.REFERENCE_PERSON, HouseholdRole.APPLICANT);
        HouseholdMember child = new HouseholdMember(PersonId.of("person-2"), Relationship.CHILD, HouseholdRole.MEMBER);
        return Stream.of(
                new PersonRegistered(PERSON, CodiceFiscale.of("RSSMRA85T10A562S"), "Mario", "Rossi",
                        LocalDate.of(1985, 12, 10), Sex.M, IstatCode.of("098031"), null, "IT",
                        new ContactDetails("+39 0371 123456", "mario@example.it", "Via Roma 1"), 1985),
                new PersonRegistered(PERSON, null, "Mario", "Rossi", LocalDate.of(1985, 12, 10), Sex.M, null,
                        ProvisionalCode.generate(ProvisionalCode.Reason.UNKNOWN_IDENTITY), null, null, 1985),
                new PersonDataCorrected(PERSON, CodiceFiscale.of("RSSMRA85T10A562S"), "Mario", "Rossi",
                        LocalDate.of(1985, 12, 10), Sex.M, null, null, null, 1985),
                new ResidenceChanged(PERSON, null, IstatCode.of("098019"), DAY),
                new PersonErased(PERSON, "Richiesta dell'interessato, prot. 2026/1", ROSSI),
                new CaseOpened(CASE, PERSON, COMUNE, IstatCode.of("098031"), MacroArea.of("A"), AccessChannel.PUA,
                        ActivationMode.ON_REQUEST, ROSSI, HOUSEHOLD, DAY),
                new CaseManagerAssigned(CASE, UserId.of("as-bianchi"), ROSSI),
                new AssessmentRecorded(CASE, PERSON, AssessmentKind.EVM_UVM, "SVAMA", DAY, "esito",
                        List.of(socialWorker, doctor)),
                new TeamFormed(CASE, List.of(socialWorker, doctor)),
                new TeamMeetingRecorded(CASE, PERSON, DAY, List.of(socialWorker), "Attivare il SAD"),
                new MonitoringRecorded(CASE, PERSON, 0, DAY, List.of(new DomainScore("ABITARE", 20)), "note"),
                new NoteRecorded(CASE, PERSON, DAY, "Colloquio"),
                new CaseClosed(CASE, PERSON, OutcomeCode.of("TRASFERITO"), ClosureRating.NOT_EXPRESSED,
                        ClosureRating.PARTIAL, DAY, "note"),
                new CaseReopened(CASE, PERSON, DAY, "Nuova richiesta"),
                new CaseTransferred(CASE, COMUNE, OrganisationId.of("comune-codogno"), IstatCode.of("098031"),
                        IstatCode.of("098019"), null, DAY),
                new PaisDrafted(PAIS, CASE, PERSON, PlanKind.PAIS, 1,
                        List.of(new Objective("obiettivo", List.of(new ExpectedResult("risultato", DAY,
                                List.of(new Step("tappa", DAY)))))),
                        List.of(new Commitment(PERSON, "impegno", true, null)),
                        List.of(new Support(ServiceCode.of("PUC"), null)), List.of(DAY)),
                new PaisSigned(PAIS, CASE, PERSON, PlanKind.PAIS, 1, DAY, signatories),
                new TirocinioActivated(TIS, CASE, PERSON, COMUNE, OrganisationId.of("cascina-verde"), "Giulia Verdi",
                        null, DAY, DAY.plusMonths(6), 20, new BigDecimal("400.00"), FundingSource.of("QSFP")),
                new TirocinioAttendanceRecorded(TIS, PERSON, YearMonth.of(2025, 3), new BigDecimal("78.5"),
                        new BigDecimal("400.00")),
                new TirocinioExtended(TIS, PERSON, DAY.plusMonths(6), DAY.plusMonths(30), true, "motivazione"),
                new TirocinioCompleted(TIS, PERSON, DAY.plusMonths(6), TirocinioOutcome.HIRED),
                new TirocinioInterrupted(TIS, PERSON, DAY, InterruptionReason.OTHER, "nota"),
                new ProtectedDischargeStarted(DISCHARGE, CASE, PERSON, OrganisationId.of("asst-lodi"), "Geriatria",
                        DAY, DAY.plusDays(10), MOMENT),
                new HospitalDischargeRecorded(DISCHARGE, PERSON, MOMENT),
                new DischargeCareActivated(DISCHARGE, CASE, PERSON, List.of(SAD), MOMENT),
                new ReadmissionRecorded(DISCHARGE, PERSON, DAY.plusMonths(6), DAY.plusMonths(2), true),
                new InterventionActivated(SAD, CASE, PERSON, ServiceCode.of("SERVIZIO_ASSISTENZA_DOMICILIARE"), COMUNE,
                        FundingSource.of("FNA"), DAY, null, new BigDecimal("96"), new BigDecimal("1200.50")),
                new DeliveryRecorded(SAD, PERSON, DAY, new BigDecimal("8"), new BigDecimal("100")),
                new InterventionEnded(SAD, PERSON, DAY, OutcomeCode.of("DIMESSO"), "nota"),
                new HouseholdRegistered(HOUSEHOLD, PERSON, List.of(reference), CompositionType.SINGLE_PERSON,
                        new Isee(new BigDecimal("7450.12"), DAY)),
                new HouseholdMemberAdded(HOUSEHOLD, PERSON, child, CompositionType.SINGLE_PARENT),
                new IseeRecorded(HOUSEHOLD, PERSON, new Isee(new BigDecimal("8100"), DAY)),
                new ContactRecorded(CONTACT, ContactKind.ACCESS, AccessChannel.CARITAS, COMUNE, null, MOMENT, null,
                        null, MacroArea.of("A"), Sex.F, AgeBand.MINOR, null),
                new ContactRecorded(CONTACT, ContactKind.REFERRAL, AccessChannel.OSPEDALE_COT, COMUNE,
                        OrganisationId.of("asst-lodi"), MOMENT, PERSON, null, null, null, null, "sintesi"),
                new ContactLinked(CONTACT, PERSON, CASE),
                new PaisSigned(PAIS, CASE, PERSON, PlanKind.PAIS, 2, DAY, signatories, List.of(DAY.plusMonths(3))),
                new AdiApplicationReceived(ADI, CASE, HOUSEHOLD, PERSON, DAY, DAY, DAY.plusMonths(1).withDayOfMonth(1),
                        DAY.plusMonths(19).withDayOfMonth(1).minusDays(1), List.of(UpdateExemption.OVER_60)),
                new FirstMeetingHeld(ADI, CASE, PERSON, 1, DAY, List.of(UpdateExemption.DISABLED)),
                new MeetingMissed(ADI, CASE, PERSON, DAY, true, "Ricoverata"),
                new AdiForfeitureMarked(ADI, CASE, HOUSEHOLD, AdiForfeitureMarked.NO_SHOW, DAY),
                new PositionUpdated(ADI, CASE, PERSON, DAY, List.of(UpdateExemption.VIOLENCE_VICTIM)),
                new AdiRenewed(ADI, CASE, 2, DAY, DAY.plusMonths(1), DAY.plusMonths(13)),
                new AdiSuspended(ADI, CASE, "ADI_FIRST_MEETING", "ADI_FIRST_MEETING|adi-1|" + MOMENT, DAY),
                new AdiResumed(ADI, CASE, "ADI_FIRST_MEETING", DAY),
                new SflStarted(SflBenefitId.of("sfl-1"), CASE, PERSON, DAY, DAY.plusMonths(12).minusDays(1)),
                new SflParticipationConfirmed(SflBenefitId.of("sfl-1"), CASE, DAY),
                new SflExtended(SflBenefitId.of("sfl-1"), CASE, DAY, DAY.plusMonths(12)),
                new DeadlineMissed("ADI_FIRST_MEETING|adi-1|" + MOMENT, "ADI_FIRST_MEETING", 1, CASE,
                        new DeadlineOwner(OwnerType.ADI_BENEFIT, ADI.value()), DAY, MOMENT),
                new ShareGranted(ShareGrantId.of("share-1"), CASE, PERSON, COMUNE, OrganisationId.of("caritas-lodi"),
                        new SharingTerms("accoglienza", Set.of(PersonalDataCategory.SOCIAL), LegalBasis.CONSENT, null,
                                new Consent(ROSSI, MOMENT, "accoglienza", "prot. 2025/1")), MOMENT, ROSSI),
                new ShareRevoked(ShareGrantId.of("share-1"), CASE, ROSSI, RevocationReason.CONSENT_WITHDRAWN),
                new ReferralSent(ReferralId.of("referral-1"), CASE, PERSON, COMUNE, OrganisationId.of("asst-lodi"),
                        new SharingTerms("dimissione", Set.of(PersonalDataCategory.HEALTH), LegalBasis.AGREEMENT,
                                "PROT-2024-017", null), ROSSI),
                new ReferralAccepted(ReferralId.of("referral-1"), CASE, OrganisationId.of("asst-lodi"), ROSSI),
                new ReferralRejected(ReferralId.of("referral-1"), CASE, OrganisationId.of("asst-lodi"), ROSSI,
                        RejectionReason.NO_CAPACITY),
                new ReferralClosed(ReferralId.of("referral-1"), CASE, COMUNE, ROSSI),
                new ReferralRevoked(ReferralId.of("referral-1"), CASE, COMUNE, ROSSI),
                new CaseSealed(SealId.of(CASE), CASE, COMUNE, Set.of(ROSSI), ROSSI),
                new BreakGlassUsed(SealId.of(CASE), CASE, PERSON, UserId.of("coord-udp"), COMUNE,
                        "urgenza notturna, referente non raggiungibile", MOMENT));
    }

    @ParameterizedTest
    @MethodSource("events")
    void roundTripsAsJson(Object event) {
        SerializedObject<String> json = serializer.serialize(event, String.class);

        assertThat(json.getData()).startsWith("{");
        assertThat((Object) serializer.deserialize(json)).isEqualTo(event);
    }

    @ParameterizedTest
    @MethodSource("events")
    void loadsAfterErasureWithOnlyThePseudonymousFactsLeft(Object event) throws Exception {
        SerializedObject<String> stored = serializer.serialize(event, String.class);

        keys.destroy(PERSON.value(), "test");
        Object erased = serializer.deserialize(stored);

        for (RecordComponent component : event.getClass().getRecordComponents()) {
            Object original = component.getAccessor().invoke(event);
            Object after = component.getAccessor().invoke(erased);
            if (component.isAnnotationPresent(PersonalData.class) && original != null) {
                // Lists of personal items come back empty rather than null: the events normalise them.
                assertThat(after == null || after instanceof List<?> list && list.isEmpty())
                        .as(component.getName() + " erased").isTrue();
            } else if (!component.isAnnotationPresent(PersonalData.class)) {
                assertThat(after).as(component.getName()).isEqualTo(original);
            }
        }
    }

    @Test
    void everyEventWithPersonalDataNamesItsDataSubject() {
        for (Class<?> type : eventTypes()) {
            RecordComponent[] components = type.getRecordComponents();
            boolean personal = Arrays.stream(components).anyMatch(c -> c.isAnnotationPresent(PersonalData.class));
            long subjects = Arrays.stream(components).filter(c -> c.isAnnotationPresent(DataSubject.class)).count();
            if (personal) {
                assertThat(subjects).as(type.getSimpleName() + " data subjects").isEqualTo(1);
            }
        }
    }

    @Test
    void coversEveryEventOfTheDomain() {
        Set<Class<?>> covered = events().map(Object::getClass).collect(Collectors.toSet());

        assertThat(covered).containsAll(eventTypes());
    }

    static Set<Class<?>> eventTypes() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter((reader, factory) -> "java.lang.Record".equals(reader.getClassMetadata()
                .getSuperClassName()) && reader.getClassMetadata().getClassName().endsWith("ed"));
        Set<Class<?>> types = PACKAGES.stream()
                .flatMap(p -> scanner.findCandidateComponents("it.cartella.kernel." + p).stream())
                .map(BeanDefinition::getBeanClassName)
                .map(EventSerializationTest::load)
                .collect(Collectors.toSet());
        assertThat(types).hasSizeGreaterThan(30);
        return types;
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
