package it.cartella.app.deadline;

import it.cartella.app.cases.CaseOpening;
import it.cartella.app.cases.OpenCaseRequest;
import it.cartella.app.command.AggregateFacts;
import it.cartella.app.command.CommandSender;
import it.cartella.app.command.Commands;
import it.cartella.app.demo.DemoDataSet;
import it.cartella.app.security.Actor;
import it.cartella.app.user.Role;
import it.cartella.kernel.adi.ReceiveAdiApplication;
import it.cartella.kernel.adi.RecordFirstMeeting;
import it.cartella.kernel.adi.UpdateExemption;
import it.cartella.kernel.catalog.FundingSource;
import it.cartella.kernel.command.Require;
import it.cartella.kernel.discharge.StartProtectedDischarge;
import it.cartella.kernel.id.AdiBenefitId;
import it.cartella.kernel.id.CaseId;
import it.cartella.kernel.id.DischargeId;
import it.cartella.kernel.id.OrganisationId;
import it.cartella.kernel.id.PersonId;
import it.cartella.kernel.id.TirocinioId;
import it.cartella.kernel.id.UserId;
import it.cartella.kernel.tirocinio.ActivateTirocinio;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;

/**
 * Households on the Assegno di Inclusione, traineeships and a protected discharge whose clocks put realistic items
 * on the demo users' worklists: some overdue (the engine records their misses at start-up), some due within 7 days,
 * some within 30. Dates are counted back from the day the set is loaded, through the real commands.
 */
class DemoDeadlines implements DemoDataSet {

    static final String AS_COMUNE1 = "as-comune1";
    static final String AS_COMUNE2 = "as-comune2";
    static final String COORDINATOR = "coord-udp";
    static final String COMUNE1 = "comune-098031";
    static final String COMUNE2 = "comune-098019";
    static final String UDP = "udp-lodi";

    /** The author the demo events name: no person signed in to load them. */
    private static final UserId LOADER = UserId.of("demo-loader");

    private final CaseOpening caseOpening;
    private final Commands commands;
    private final AggregateFacts facts;
    private final Clock clock;

    DemoDeadlines(CaseOpening caseOpening, Commands commands, AggregateFacts facts, Clock clock) {
        this.caseOpening = caseOpening;
        this.commands = commands;
        this.facts = facts;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "deadlines";
    }

    @Override
    public void load() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), Require.ITALY);

        // First meeting 5 days overdue: the engine suspends the benefit at start-up.
        adi(open("NREMRA85M12E648A", "Mario", "Neri", "1985-08-12", "M", AS_COMUNE1, COMUNE1, today.minusDays(125)),
                today.minusDays(125), null, Set.of());
        // First meeting due in 4 days.
        adi(open("BRNLRA72E45E648N", "Laura", "Bruno", "1972-05-05", "F", AS_COMUNE1, COMUNE1, today.minusDays(116)),
                today.minusDays(116), null, Set.of());
        // Met 70 days ago: the PaIS is 10 days overdue, the position update due in 20 days.
        adi(open("CSTSFN92B52E648A", "Stefania", "Costa", "1992-02-12", "F", AS_COMUNE1, COMUNE1,
                today.minusDays(200)), today.minusDays(200), today.minusDays(70), Set.of());
        // First meeting due in 25 days.
        adi(open("GRCFNC68H15E648E", "Francesco", "Greco", "1968-06-15", "M", AS_COMUNE2, COMUNE2,
                today.minusDays(95)), today.minusDays(95), null, Set.of());
        // Over 60, met 54 days ago: PaIS due in 6 days, no position updates.
        adi(open("MNTGPP55L20E648G", "Giuseppe", "Monti", "1955-07-20", "M", AS_COMUNE2, COMUNE2,
                today.minusDays(150)), today.minusDays(150), today.minusDays(54), Set.of(UpdateExemption.OVER_60));
        // A traineeship reaching its 24 months in 12 days.
        tirocinio(open("RMNNDR80S11E648V", "Andrea", "Romano", "1980-11-11", "M", AS_COMUNE2, COMUNE2,
                today.minusMonths(25)), today.minusMonths(24).plusDays(12), AS_COMUNE2);
        // A traineeship 3 days past its 24 months.
        tirocinio(open("FNTGLI95D58E648B", "Giulia", "Fontana", "1995-04-18", "F", AS_COMUNE1, COMUNE1,
                today.minusMonths(25)), today.minusMonths(24).minusDays(3), AS_COMUNE1);
        // Discharged two days ago: the care package is due within a day.
        discharge(open("MRNCRL40C43E648N", "Carla", "Marino", "1940-03-03", "F", COORDINATOR, UDP,
                today.minusDays(5)), today);
    }

    /** Opens the case as its own organisation would, and keeps that organisation's sender for what follows. */
    private Opened open(String codiceFiscale, String firstName, String lastName, String birthDate, String sex,
                        String caseManager, String organisation, LocalDate openedOn) {
        CommandSender sender = commands.as(new Actor(LOADER, LOADER.value(), OrganisationId.of(organisation), null,
                false, Set.of(Role.CASE_MANAGER)), "demo-" + name());
        CaseId caseId = caseOpening.open(new OpenCaseRequest(codiceFiscale, firstName, lastName, birthDate, sex,
                "098031", "A", "FLUSSO_ADI_INPS", "ON_REQUEST", organisation, caseManager, openedOn.toString()),
                sender);
        return new Opened(caseId, facts.openedCase(caseId).personId(), sender);
    }

    private void adi(Opened opened, LocalDate pad, LocalDate firstMeeting, Set<UpdateExemption> exemptions) {
        AdiBenefitId id = AdiBenefitId.newId();
        opened.sender().send(new ReceiveAdiApplication(id, opened.caseId(), null, opened.person(), pad, null,
                exemptions));
        if (firstMeeting != null) {
            opened.sender().send(new RecordFirstMeeting(id, firstMeeting));
        }
    }

    private void tirocinio(Opened opened, LocalDate start, String serviceTutor) {
        opened.sender().send(new ActivateTirocinio(TirocinioId.newId(), opened.caseId(), opened.person(),
                OrganisationId.of(UDP), OrganisationId.of("cascina-verde"), "Giulia Verdi, responsabile",
                UserId.of(serviceTutor), start, start.plusMonths(24).minusDays(1), 20, new BigDecimal("400.00"),
                FundingSource.of("QSFP")));
    }

    private void discharge(Opened opened, LocalDate today) {
        opened.sender().send(new StartProtectedDischarge(DischargeId.newId(), opened.caseId(), opened.person(),
                OrganisationId.of("asst-lodi"), "Medicina generale", today.minusDays(10), today.minusDays(2),
                clock.instant().minus(Duration.ofDays(5))));
    }

    private record Opened(CaseId caseId, PersonId person, CommandSender sender) {
    }
}
