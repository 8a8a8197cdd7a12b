package it.cartella.app.indicator;

import it.cartella.app.demo.DemoDataSet;
import it.cartella.kernel.cases.AccessChannel;
import it.cartella.kernel.cases.ActivationMode;
import it.cartella.kernel.cases.AssessmentKind;
import it.cartella.kernel.cases.ClosureRating;
import it.cartella.kernel.cases.CloseCase;
import it.cartella.kernel.cases.DomainScore;
import it.cartella.kernel.cases.FormTeam;
import it.cartella.kernel.cases.OpenCase;
import it.cartella.kernel.cases.Participant;
import it.cartella.kernel.cases.ProfessionalRole;
import it.cartella.kernel.cases.RecordAssessment;
import it.cartella.kernel.cases.RecordMonitoring;
import it.cartella.kernel.cases.RecordTeamMeeting;
import it.cartella.kernel.catalog.FundingSource;
import it.cartella.kernel.catalog.MacroArea;
import it.cartella.kernel.catalog.OutcomeCode;
import it.cartella.kernel.catalog.ServiceCode;
import it.cartella.kernel.discharge.ActivateDischargeCare;
import it.cartella.kernel.discharge.RecordHospitalDischarge;
import it.cartella.kernel.discharge.StartProtectedDischarge;
import it.cartella.kernel.id.CaseId;
import it.cartella.kernel.id.DischargeId;
import it.cartella.kernel.id.HouseholdId;
import it.cartella.kernel.id.InterventionId;
import it.cartella.kernel.id.OrganisationId;
import it.cartella.kernel.id.PaisId;
import it.cartella.kernel.id.PersonId;
import it.cartella.kernel.id.TirocinioId;
import it.cartella.kernel.id.UserId;
import it.cartella.kernel.intervention.ActivateIntervention;
import it.cartella.kernel.intervention.EndIntervention;
import it.cartella.kernel.intervention.RecordDelivery;
import it.cartella.kernel.pais.DraftPais;
import it.cartella.kernel.pais.Objective;
import it.cartella.kernel.pais.PlanKind;
import it.cartella.kernel.pais.SignPais;
import it.cartella.kernel.pais.Signatory;
import it.cartella.kernel.pais.SignatoryRole;
import it.cartella.kernel.person.ProvisionalCode;
import it.cartella.kernel.person.RegisterPerson;
import it.cartella.kernel.person.Sex;
import it.cartella.kernel.territory.IstatCode;
import it.cartella.kernel.tirocinio.ActivateTirocinio;
import org.axonframework.commandhandling.gateway.CommandGateway;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;

/**
 * Case histories for the three Ambiti of the shipped indicators (Lodi, San Giuliano Milanese, Alto Sebino), sent as
 * the real commands, so every shipped indicator has non-trivial values in 2025 and 2026. Generated from a fixed seed:
 * the same histories at every first start. People are fictitious, identified by provisional codes. Nothing dated
 * after yesterday is sent.
 */
public class IndicatorDemoData implements DemoDataSet {

    private static final List<String> LODI = List.of("098031", "098019", "098010", "098050", "098061", "098056");
    private static final List<String> SAN_GIULIANO = List.of("015195", "015192", "015140", "015244");
    private static final List<String> ALTO_SEBINO = List.of("016128", "016204", "016086", "016065");
    private static final List<String> FIRST = List.of("Anna", "Marco", "Giulia", "Luca", "Sara", "Paolo", "Elena",
            "Ahmed", "Fatima", "Ion", "Olga", "Davide");
    private static final List<String> LAST = List.of("Rossi", "Bianchi", "Conti", "Galli", "Moretti", "Fontana",
            "Demo", "Prova", "Esempio");
    private static final LocalDate FIRST_DAY = LocalDate.of(2025, 1, 2);

    private final CommandGateway commands;
    private final LocalDate lastDay = LocalDate.now(ZoneOffset.UTC).minusDays(1);
    private final Random random;
    private int sequence;

    IndicatorDemoData(CommandGateway commands) {
        this(commands, 2025_2027L);
    }

    /** Other seeds give other histories of the same kinds, as a synthetic volume needs ({@code SyntheticVolume}). */
    public IndicatorDemoData(CommandGateway commands, long seed) {
        this.commands = commands;
        this.random = new Random(seed);
    }

    @Override
    public String name() {
        return "indicator-cases";
    }

    @Override
    public void load() {
        for (int i = 0; i < 70; i++) {
            lodi(pick(LODI));
        }
        for (int i = 0; i < 30; i++) {
            sanGiuliano(pick(SAN_GIULIANO));
        }
        for (int i = 0; i < 30; i++) {
            altoSebino(pick(ALTO_SEBINO));
        }
    }

    /**
     * Sends {@code count} more case histories, in the three Ambiti in the proportions of {@link #load()} (70, 30 and
     * 30 in 130): each opens a case and records what follows, from 2 to about 15 commands.
     */
    public void sendHistories(int count) {
        for (int i = 0; i < count; i++) {
            int ambito = random.nextInt(130);
            if (ambito < 70) {
                lodi(pick(LODI));
            } else if (ambito < 100) {
                sanGiuliano(pick(SAN_GIULIANO));
            } else {
                altoSebino(pick(ALTO_SEBINO));
            }
        }
    }

    private void lodi(String comune) {
        switch (random.nextInt(7)) {
            case 0 -> adi(comune, false);
            case 1 -> marginality(comune);
            case 2 -> housing(comune);
            case 3 -> discharge(comune);
            case 4 -> work(comune, "CONCLUSO_POSITIVAMENTE_SELF");
            case 5 -> disability(comune);
            default -> migrants(comune);
        }
    }

    private void sanGiuliano(String comune) {
        switch (random.nextInt(4)) {
            case 0 -> minors(comune);
            case 1 -> elderly(comune);
            case 2 -> {
                Case c = open(comune, "A", AccessChannel.SEGRETARIATO_SOCIALE, null);
                intervention(c, "SOSTEGNO_SOCIOEDUCATIVO_ADULTI", 10, null);
                tirocinio(c, 30);
                mediation(c);
            }
            default -> mediation(open(comune, "L", AccessChannel.SPORTELLO, null));
        }
    }

    private void altoSebino(String comune) {
        switch (random.nextInt(4)) {
            case 0 -> disability(comune);
            case 1 -> adi(comune, true);
            case 2 -> {
                Case c = minors(comune);
                String outcome = random.nextBoolean() ? "CHIUSA_POSITIVAMENTE" : "RIORIENTATO";
                intervention(c, "SEPARAZIONI_CONFLITTUALI", 15, chance(70) ? outcome : null);
            }
            default -> work(comune, "AVVIATO_AL_LAVORO");
        }
    }

    private void adi(String comune, boolean monitored) {
        HouseholdId household = chance(60) ? HouseholdId.newId() : null;
        Case c = open(comune, "A", AccessChannel.FLUSSO_ADI_INPS, household);
        if (chance(85)) {
            assess(c, AssessmentKind.EVM_UVM, ProfessionalRole.ASSISTENTE_SOCIALE);
        }
        team(c, 1 + random.nextInt(3));
        if (chance(65)) {
            plan(c, PlanKind.PAIS, SignatoryRole.BENEFICIARY);
        }
        if (chance(25)) {
            intervention(c, "PRONTO_INTERVENTO_SOCIALE", 3, null);
        }
        if (monitored) {
            monitoring(c);
        }
        if (chance(35)) {
            boolean positive = chance(60);
            close(c, positive ? "CONCLUSO_POSITIVAMENTE" : "RIORIENTATO", positive);
        }
    }

    private void marginality(String comune) {
        Case c = open(comune, "A", AccessChannel.CARITAS, null);
        intervention(c, "PRONTO_INTERVENTO_SOCIALE", 2, null);
        if (chance(70)) {
            intervention(c, "DIMISSIONI_PROTETTE_SENZA_DIMORA", 20, chance(55) ? "AUTONOMIA_RAGGIUNTA" : "RIORIENTATO");
        }
        if (chance(60)) {
            plan(c, PlanKind.PROGETTO_INDIVIDUALIZZATO, SignatoryRole.BENEFICIARY);
        }
        team(c, random.nextInt(2));
        if (chance(40)) {
            boolean positive = chance(50);
            close(c, positive ? "CONCLUSO_POSITIVAMENTE" : "RIORIENTATO", positive);
        }
    }

    private void housing(String comune) {
        Case c = open(comune, "B", AccessChannel.SPORTELLO, chance(50) ? HouseholdId.newId() : null);
        intervention(c, chance(60) ? "EDUCAZIONE_FINANZIARIA" : "MEDIAZIONE_ABITATIVA", 10, null);
        if (chance(70)) {
            plan(c, PlanKind.PROGETTO_INDIVIDUALIZZATO, SignatoryRole.BENEFICIARY);
        }
    }

    private void discharge(String comune) {
        Case c = open(comune, "E", AccessChannel.OSPEDALE_COT, null);
        DischargeId discharge = DischargeId.newId();
        LocalDate admitted = c.openedOn().minusDays(5);
        var referredAt = c.openedOn().atTime(9, 0).toInstant(ZoneOffset.UTC);
        var dischargedAt = referredAt.plusSeconds(3600L * (24 + random.nextInt(48)));
        var activeAt = dischargedAt.plusSeconds(3600L * (6 + random.nextInt(100)));
        if (activeAt.atZone(ZoneOffset.UTC).toLocalDate().isAfter(lastDay)) {
            return;
        }
        send(new StartProtectedDischarge(discharge, c.id(), c.person(), OrganisationId.of("asst-lodi"), "Medicina",
                admitted, c.openedOn().plusDays(1), referredAt));
        send(new RecordHospitalDischarge(discharge, dischargedAt));
        InterventionId care = intervention(c, "DIMISSIONI_PROTETTE", 1, null);
        send(new ActivateDischargeCare(discharge, List.of(care), activeAt));
        plan(c, PlanKind.PAI, SignatoryRole.BENEFICIARY);
    }

    private void work(String comune, String positiveOutcome) {
        Case c = open(comune, "H", AccessChannel.SEGRETARIATO_SOCIALE, null);
        if (chance(70)) {
            tirocinio(c, 20);
        }
        if (chance(50)) {
            intervention(c, "PERCORSO_FORMAZIONE_INCLUSIONE", 15, null);
        }
        if (chance(60)) {
            boolean positive = chance(55);
            close(c, positive ? positiveOutcome : "ASSUNTO", positive);
        }
    }

    private void disability(String comune) {
        Case c = open(comune, "J", AccessChannel.PUA, null);
        plan(c, PlanKind.PROGETTO_DI_VITA, SignatoryRole.LEGAL_REPRESENTATIVE);
        if (chance(70)) {
            intervention(c, "DOPO_DI_NOI", 30, null);
        }
    }

    private void migrants(String comune) {
        Case c = open(comune, "L", AccessChannel.TERZO_SETTORE, null);
        if (chance(40)) {
            intervention(c, "PROTEZIONE_VITTIME_TRATTA", 10, null);
        } else {
            intervention(c, "PERCORSO_MSNA", 60, chance(75) ? "MSNA_AUTONOMIA_RAGGIUNTA" : "RIORIENTATO");
        }
    }

    private Case minors(String comune) {
        Case c = open(comune, "G", AccessChannel.SCUOLA, HouseholdId.newId());
        team(c, 1 + random.nextInt(3));
        monitoring(c);
        if (chance(75)) {
            plan(c, PlanKind.PATTO_EDUCATIVO, SignatoryRole.LEGAL_REPRESENTATIVE);
        }
        return c;
    }

    private void elderly(String comune) {
        Case c = open(comune, "D", AccessChannel.PUA, null);
        int assessments = 1 + random.nextInt(2);
        for (int i = 0; i < assessments; i++) {
            ProfessionalRole[] roles = chance(70)
                    ? new ProfessionalRole[]{ProfessionalRole.ASSISTENTE_SOCIALE, ProfessionalRole.INFERMIERE}
                    : new ProfessionalRole[]{ProfessionalRole.INFERMIERE};
            assess(c, AssessmentKind.EVM_UVM, chance(40) ? with(roles, ProfessionalRole.MEDICO) : roles);
        }
    }

    private void mediation(Case c) {
        InterventionId mediation = intervention(c, "MEDIAZIONE_LINGUISTICO_CULTURALE", 1, null);
        int sessions = 1 + random.nextInt(4);
        for (int i = 1; i <= sessions; i++) {
            LocalDate day = c.openedOn().plusDays(7L * i);
            if (!day.isAfter(lastDay)) {
                send(new RecordDelivery(mediation, day, BigDecimal.valueOf(2), null));
            }
        }
    }

    private Case open(String comune, String macroArea, AccessChannel channel, HouseholdId household) {
        LocalDate lastOpening = lastDay.minusDays(60).isBefore(FIRST_DAY) ? FIRST_DAY : lastDay.minusDays(60);
        LocalDate openedOn = FIRST_DAY.plusDays(random.nextInt(
                (int) Math.max(1, lastOpening.toEpochDay() - FIRST_DAY.toEpochDay())));
        PersonId person = PersonId.newId();
        boolean woman = random.nextBoolean();
        send(new RegisterPerson(person, null, pick(FIRST), pick(LAST) + " " + (++sequence),
                LocalDate.of(1950 + random.nextInt(60), 1 + random.nextInt(12), 1 + random.nextInt(28)),
                woman ? Sex.F : Sex.M, IstatCode.of(comune),
                ProvisionalCode.generate(ProvisionalCode.Reason.NOT_YET_ASSIGNED), null, null));
        CaseId id = CaseId.newId();
        send(new OpenCase(id, person, OrganisationId.of("comune-" + comune), IstatCode.of(comune),
                MacroArea.of(macroArea), channel, ActivationMode.ON_REQUEST, UserId.of("as-" + comune), household,
                openedOn));
        return new Case(id, person, comune, openedOn);
    }

    private void assess(Case c, AssessmentKind kind, ProfessionalRole... roles) {
        LocalDate day = c.openedOn().plusDays(5 + random.nextInt(20));
        if (!day.isAfter(lastDay)) {
            send(new RecordAssessment(c.id(), kind, "SVAMA", day, "Valutazione svolta.", participants(c, roles)));
        }
    }

    private void team(Case c, int meetings) {
        List<Participant> members = participants(c, ProfessionalRole.ASSISTENTE_SOCIALE, ProfessionalRole.EDUCATORE);
        send(new FormTeam(c.id(), members));
        for (int i = 1; i <= meetings; i++) {
            LocalDate day = c.openedOn().plusDays(20L * i + random.nextInt(10));
            if (!day.isAfter(lastDay)) {
                send(new RecordTeamMeeting(c.id(), day, members, "Aggiornamento del progetto."));
            }
        }
    }

    private void monitoring(Case c) {
        int housing = 20 + random.nextInt(40);
        int relations = 20 + random.nextInt(40);
        LocalDate t0 = c.openedOn().plusDays(10);
        LocalDate t1 = c.openedOn().plusDays(120 + random.nextInt(60));
        if (t1.isAfter(lastDay)) {
            return;
        }
        send(new RecordMonitoring(c.id(), 0, t0, List.of(new DomainScore("ABITARE", housing),
                new DomainScore("RELAZIONI", relations)), null));
        send(new RecordMonitoring(c.id(), 1, t1, List.of(
                new DomainScore("ABITARE", Math.min(100, housing + random.nextInt(30) - 8)),
                new DomainScore("RELAZIONI", Math.min(100, relations + random.nextInt(30) - 10))), null));
    }

    private void plan(Case c, PlanKind kind, SignatoryRole beneficiarySide) {
        LocalDate day = c.openedOn().plusDays(10 + random.nextInt(60));
        if (day.isAfter(lastDay)) {
            return;
        }
        PaisId plan = PaisId.newId();
        send(new DraftPais(plan, c.id(), c.person(), kind,
                List.of(new Objective("Obiettivo concordato", List.of())), List.of(), List.of(), List.of()));
        // A legal representative is someone else: a guardian, a support administrator.
        PersonId signer = beneficiarySide == SignatoryRole.BENEFICIARY ? c.person() : PersonId.newId();
        send(new SignPais(plan, day, List.of(Signatory.person(beneficiarySide, signer),
                Signatory.professional(SignatoryRole.CASE_MANAGER, UserId.of("as-" + c.comune())))));
    }

    private InterventionId intervention(Case c, String service, int startAfterDays, String endOutcome) {
        LocalDate start = c.openedOn().plusDays(startAfterDays);
        InterventionId id = InterventionId.newId();
        if (start.isAfter(lastDay)) {
            return id;
        }
        send(new ActivateIntervention(id, c.id(), c.person(), ServiceCode.of(service),
                OrganisationId.of("ente-" + c.comune()), FundingSource.of(chance(50) ? "FNPS" : "FONDI_AMBITO"),
                start, null, BigDecimal.TEN, null));
        LocalDate end = start.plusDays(60 + random.nextInt(120));
        if (endOutcome != null && !end.isAfter(lastDay)) {
            send(new EndIntervention(id, end, OutcomeCode.of(endOutcome), null));
        }
        return id;
    }

    private void tirocinio(Case c, int startAfterDays) {
        LocalDate start = c.openedOn().plusDays(startAfterDays);
        if (!start.isAfter(lastDay)) {
            send(new ActivateTirocinio(TirocinioId.newId(), c.id(), c.person(), OrganisationId.of("ambito"),
                    OrganisationId.of("azienda-" + c.comune()), "Tutor aziendale", UserId.of("as-" + c.comune()),
                    start, start.plusMonths(6), 20, new BigDecimal("500"), FundingSource.of("FNPS")));
        }
    }

    private void close(Case c, String outcome, boolean positive) {
        LocalDate day = c.openedOn().plusDays(120 + random.nextInt(120));
        if (!day.isAfter(lastDay)) {
            ClosureRating rating = positive ? ClosureRating.POSITIVE : ClosureRating.PARTIAL;
            send(new CloseCase(c.id(), OutcomeCode.of(outcome), rating, rating, day, null));
        }
    }

    private List<Participant> participants(Case c, ProfessionalRole... roles) {
        return java.util.Arrays.stream(roles)
                .map(role -> new Participant(role, OrganisationId.of("comune-" + c.comune()), null)).toList();
    }

    private static ProfessionalRole[] with(ProfessionalRole[] roles, ProfessionalRole extra) {
        ProfessionalRole[] more = java.util.Arrays.copyOf(roles, roles.length + 1);
        more[roles.length] = extra;
        return more;
    }

    private boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private void send(Object command) {
        commands.sendAndWait(command);
    }

    private record Case(CaseId id, PersonId person, String comune, LocalDate openedOn) {
    }
}
