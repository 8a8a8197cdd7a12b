package it.cartella.command.cases;

import it.cartella.command.CommandRouting;
import it.cartella.kernel.cases.AssessmentKind;
import it.cartella.kernel.cases.AssessmentRecorded;
import it.cartella.kernel.cases.AssignCaseManager;
import it.cartella.kernel.cases.CaseClosed;
import it.cartella.kernel.cases.CaseManagerAssigned;
import it.cartella.kernel.cases.CaseOpened;
import it.cartella.kernel.cases.CaseReopened;
import it.cartella.kernel.cases.CaseTransferred;
import it.cartella.kernel.cases.CloseCase;
import it.cartella.kernel.cases.FormTeam;
import it.cartella.kernel.cases.MonitoringRecorded;
import it.cartella.kernel.cases.NoteRecorded;
import it.cartella.kernel.cases.OpenCase;
import it.cartella.kernel.cases.RecordAssessment;
import it.cartella.kernel.cases.RecordMonitoring;
import it.cartella.kernel.cases.RecordNote;
import it.cartella.kernel.cases.RecordTeamMeeting;
import it.cartella.kernel.cases.ReopenCase;
import it.cartella.kernel.cases.TeamFormed;
import it.cartella.kernel.cases.TeamMeetingRecorded;
import it.cartella.kernel.cases.TransferCase;
import it.cartella.kernel.command.Require;
import it.cartella.kernel.error.DomainException;
import it.cartella.kernel.id.CaseId;
import it.cartella.kernel.id.OrganisationId;
import it.cartella.kernel.id.PersonId;
import it.cartella.kernel.id.UserId;
import it.cartella.kernel.territory.IstatCode;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.LocalDate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.getVersion;

/**
 * A case (<i>presa in carico</i>) of a person or a household, from opening to closure: its owner, Comune and case
 * manager, and inside it assessments, the team and its meetings, monitoring, diary notes, closure, reopening and
 * transfer.
 * <p>
 * Assessments, team, monitoring and diary are parts of the case rather than aggregates of their own: each is
 * recorded in the context of one case, obeys the case's status (nothing is added to a closed case), and none has
 * a rule spanning other cases. Plans (PaIS), interventions, traineeships and protected discharges have their own
 * lifecycles, signatures and clocks, and are separate aggregates linked to the case by id.
 * <p>
 * The case keeps only the state its rules need; everything else lives in its events for the read side.
 * <p>
 * Every change answers the case's version after it (the sequence number of its last event), which the API hands
 * to the client as an ETag: the client names it in {@code If-Match} on its next change (see {@code CommandRouting}).
 */
@Aggregate(commandTargetResolver = CommandRouting.RESOLVER)
public class Case {

    @AggregateIdentifier
    private CaseId caseId;
    private PersonId personId;
    private OrganisationId owningOrganisation;
    private IstatCode residenceComune;
    private UserId caseManager;
    private boolean closed;
    /** The opening date, or the last reopening date: a closure cannot precede it. */
    private LocalDate openSince;
    private LocalDate closedOn;
    private boolean preliminaryAnalysisDone;
    private boolean teamFormed;
    private int nextMonitoringStep;
    private LocalDate lastMonitoredOn;

    protected Case() {
        // Axon rebuilds the case from its events.
    }

    @CommandHandler
    public Case(OpenCase command) {
        apply(new CaseOpened(command.caseId(), command.personId(), command.owningOrganisation(),
                command.residenceComune(), command.macroArea(), command.channel(), command.activationMode(),
                command.caseManager(), command.householdId(),
                command.openedOn() != null ? command.openedOn() : Require.today()));
    }

    @CommandHandler
    Long handle(AssignCaseManager command) {
        requireOpen();
        if (command.caseManager().equals(caseManager)) {
            return getVersion();  // already in charge: a repeated request changes nothing
        }
        apply(new CaseManagerAssigned(caseId, command.caseManager(), caseManager));
        return getVersion();
    }

    @CommandHandler
    Long handle(RecordAssessment command) {
        requireOpen();
        if (command.kind() == AssessmentKind.QUADRO_DI_ANALISI && !preliminaryAnalysisDone) {
            // GePI's order: the Quadro di Analisi deepens an Analisi Preliminare that found the case complex.
            throw DomainException.conflict("ANALISI_PRELIMINARE_MISSING",
                    "Il Quadro di Analisi segue l'Analisi Preliminare: registrare prima quella.",
                    "The Quadro di Analisi follows the Analisi Preliminare: record that first.");
        }
        apply(new AssessmentRecorded(caseId, personId, command.kind(), command.instrument(), command.assessedOn(),
                command.result(), command.participants()));
        return getVersion();
    }

    @CommandHandler
    Long handle(FormTeam command) {
        requireOpen();
        apply(new TeamFormed(caseId, command.members()));
        return getVersion();
    }

    @CommandHandler
    Long handle(RecordTeamMeeting command) {
        requireOpen();
        if (!teamFormed) {
            throw DomainException.conflict("TEAM_NOT_FORMED",
                    "Il caso non ha ancora un'équipe: formarla prima di registrarne le riunioni.",
                    "The case has no team yet: form it before recording its meetings.");
        }
        apply(new TeamMeetingRecorded(caseId, personId, command.heldOn(), command.attendees(), command.decisions()));
        return getVersion();
    }

    @CommandHandler
    Long handle(RecordMonitoring command) {
        requireOpen();
        if (command.step() != nextMonitoringStep) {
            throw DomainException.conflict("MONITORING_OUT_OF_SEQUENCE",
                    "Il prossimo punto di monitoraggio è T" + nextMonitoringStep + ".",
                    "The next monitoring point is T" + nextMonitoringStep + ".");
        }
        if (lastMonitoredOn != null && command.monitoredOn().isBefore(lastMonitoredOn)) {
            throw DomainException.invalid("monitoredOn", "MONITORING_BEFORE_PREVIOUS",
                    "Il monitoraggio non può precedere quello precedente.",
                    "A monitoring point cannot precede the previous one.");
        }
        apply(new MonitoringRecorded(caseId, personId, command.step(), command.monitoredOn(), command.scores(),
                command.notes()));
        return getVersion();
    }

    @CommandHandler
    Long handle(RecordNote command) {
        requireOpen();
        apply(new NoteRecorded(caseId, personId, command.notedOn(), command.text()));
        return getVersion();
    }

    @CommandHandler
    Long handle(CloseCase command) {
        requireOpen();
        if (command.closedOn().isBefore(openSince)) {
            throw DomainException.invalid("closedOn", "CLOSURE_BEFORE_OPENING",
                    "La chiusura non può precedere l'apertura o l'ultima riapertura del caso.",
                    "The closure cannot precede the opening or the last reopening of the case.");
        }
        apply(new CaseClosed(caseId, personId, command.outcome(), command.beneficiaryRating(),
                command.operatorRating(), command.closedOn(), command.notes()));
        return getVersion();
    }

    @CommandHandler
    Long handle(ReopenCase command) {
        if (!closed) {
            throw DomainException.conflict("CASE_NOT_CLOSED",
                    "Il caso è aperto: non c'è nulla da riaprire.", "The case is open: there is nothing to reopen.");
        }
        if (command.reopenedOn().isBefore(closedOn)) {
            throw DomainException.invalid("reopenedOn", "REOPENING_BEFORE_CLOSURE",
                    "La riapertura non può precedere la chiusura.", "The reopening cannot precede the closure.");
        }
        apply(new CaseReopened(caseId, personId, command.reopenedOn(), command.reason()));
        return getVersion();
    }

    @CommandHandler
    Long handle(TransferCase command) {
        requireOpen();
        if (command.toOrganisation().equals(owningOrganisation)
                && command.toResidenceComune().equals(residenceComune)) {
            throw DomainException.invalid("toOrganisation", "TRANSFER_CHANGES_NOTHING",
                    "Il caso appartiene già a questa organizzazione e a questo Comune.",
                    "The case already belongs to this organisation and Comune.");
        }
        if (command.transferredOn().isBefore(openSince)) {
            throw DomainException.invalid("transferredOn", "TRANSFER_BEFORE_OPENING",
                    "Il trasferimento non può precedere l'apertura del caso.",
                    "The transfer cannot precede the opening of the case.");
        }
        apply(new CaseTransferred(caseId, owningOrganisation, command.toOrganisation(), residenceComune,
                command.toResidenceComune(), command.newCaseManager(), command.transferredOn()));
        return getVersion();
    }

    private void requireOpen() {
        if (closed) {
            throw DomainException.conflict("CASE_CLOSED",
                    "Il caso è chiuso: riaprirlo prima di modificarlo.",
                    "The case is closed: reopen it before changing it.");
        }
    }

    @EventSourcingHandler
    void on(CaseOpened event) {
        caseId = event.caseId();
        personId = event.personId();
        owningOrganisation = event.owningOrganisation();
        residenceComune = event.residenceComune();
        caseManager = event.caseManager();
        openSince = event.openedOn();
    }

    @EventSourcingHandler
    void on(CaseManagerAssigned event) {
        caseManager = event.caseManager();
    }

    @EventSourcingHandler
    void on(AssessmentRecorded event) {
        if (event.kind() == AssessmentKind.ANALISI_PRELIMINARE) {
            preliminaryAnalysisDone = true;
        }
    }

    @EventSourcingHandler
    void on(TeamFormed event) {
        teamFormed = true;
    }

    @EventSourcingHandler
    void on(MonitoringRecorded event) {
        nextMonitoringStep = event.step() + 1;
        lastMonitoredOn = event.monitoredOn();
    }

    @EventSourcingHandler
    void on(CaseClosed event) {
        closed = true;
        closedOn = event.closedOn();
    }

    @EventSourcingHandler
    void on(CaseReopened event) {
        closed = false;
        openSince = event.reopenedOn();
    }

    @EventSourcingHandler
    void on(CaseTransferred event) {
        owningOrganisation = event.toOrganisation();
        residenceComune = event.toResidenceComune();
        caseManager = event.newCaseManager();
    }
}
