package it.cartella.command.tirocinio;

import it.cartella.command.CommandRouting;
import it.cartella.kernel.deadline.DeadlineMissed;
import it.cartella.kernel.deadline.DeadlineOwner;
import it.cartella.kernel.deadline.OwnerType;
import it.cartella.kernel.deadline.RecordMissedTirocinioDeadline;
import it.cartella.kernel.error.DomainException;
import it.cartella.kernel.id.PersonId;
import it.cartella.kernel.id.TirocinioId;
import it.cartella.kernel.tirocinio.ActivateTirocinio;
import it.cartella.kernel.tirocinio.CompleteTirocinio;
import it.cartella.kernel.tirocinio.ExtendTirocinio;
import it.cartella.kernel.tirocinio.InterruptTirocinio;
import it.cartella.kernel.tirocinio.RecordTirocinioAttendance;
import it.cartella.kernel.tirocinio.TirocinioActivated;
import it.cartella.kernel.tirocinio.TirocinioAttendanceRecorded;
import it.cartella.kernel.tirocinio.TirocinioCompleted;
import it.cartella.kernel.tirocinio.TirocinioExtended;
import it.cartella.kernel.tirocinio.TirocinioInterrupted;
import it.cartella.kernel.tirocinio.TirocinioRules;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A social-inclusion traineeship (TIS), from activation to its end. Its own aggregate, linked to the case: it has
 * a lifecycle, a legal duration limit and monthly attendance of its own, and partner organisations (the host, the
 * promoter) record on it without touching the case.
 * <p>
 * Attendance may be recorded after the end, for the months the traineeship ran: the last month's sheet usually
 * arrives late.
 */
@Aggregate(commandTargetResolver = CommandRouting.RESOLVER)
public class Tirocinio {

    @AggregateIdentifier
    private TirocinioId tirocinioId;
    private PersonId trainee;
    private LocalDate start;
    private LocalDate plannedEnd;
    /** Set once completed or interrupted. */
    private LocalDate endedOn;
    private final Set<String> missedDeadlines = new HashSet<>();

    protected Tirocinio() {
        // Axon rebuilds the traineeship from its events.
    }

    @CommandHandler
    public Tirocinio(ActivateTirocinio command) {
        apply(new TirocinioActivated(command.tirocinioId(), command.caseId(), command.trainee(), command.promoter(),
                command.hostOrganisation(), command.hostTutor(), command.serviceTutor(), command.start(),
                command.plannedEnd(), command.weeklyHours(), command.monthlyIndemnity(),
                command.indemnityFunding()));
    }

    @CommandHandler
    void handle(RecordTirocinioAttendance command) {
        LocalDate end = endedOn != null ? endedOn : plannedEnd;
        if (command.month().isBefore(YearMonth.from(start)) || command.month().isAfter(YearMonth.from(end))) {
            throw DomainException.invalid("month", "MONTH_OUTSIDE_TIROCINIO",
                    "Il mese è fuori dal periodo del tirocinio.", "The month lies outside the traineeship.");
        }
        apply(new TirocinioAttendanceRecorded(tirocinioId, trainee, command.month(), command.hoursAttended(),
                command.indemnityPaid()));
    }

    @CommandHandler
    void handle(ExtendTirocinio command) {
        requireRunning();
        if (!command.newPlannedEnd().isAfter(plannedEnd)) {
            throw DomainException.invalid("newPlannedEnd", "EXTENSION_NOT_LATER",
                    "La nuova fine deve seguire quella prevista.", "The new end must follow the planned one.");
        }
        boolean beyond = TirocinioRules.over24Months(start, command.newPlannedEnd());
        if (beyond && command.justification() == null) {
            throw TirocinioRules.over24MonthsError("justification");
        }
        apply(new TirocinioExtended(tirocinioId, trainee, plannedEnd, command.newPlannedEnd(), beyond,
                command.justification()));
    }

    @CommandHandler
    void handle(CompleteTirocinio command) {
        requireRunning();
        requireNotBeforeStart(command.endedOn(), "endedOn");
        apply(new TirocinioCompleted(tirocinioId, trainee, command.endedOn(), command.outcome()));
    }

    @CommandHandler
    void handle(InterruptTirocinio command) {
        requireRunning();
        requireNotBeforeStart(command.interruptedOn(), "interruptedOn");
        apply(new TirocinioInterrupted(tirocinioId, trainee, command.interruptedOn(), command.reason(),
                command.note()));
    }

    /** Records a clock's miss once; one arriving after the end (the engine may lag) changes nothing. */
    @CommandHandler
    void handle(RecordMissedTirocinioDeadline command) {
        if (endedOn != null || missedDeadlines.contains(command.deadline().deadlineId())) {
            return;
        }
        apply(DeadlineMissed.of(command.deadline(), new DeadlineOwner(OwnerType.TIROCINIO, tirocinioId.value())));
    }

    private void requireRunning() {
        if (endedOn != null) {
            throw DomainException.conflict("TIROCINIO_ENDED",
                    "Il tirocinio è già concluso.", "The traineeship has already ended.");
        }
    }

    private void requireNotBeforeStart(LocalDate date, String field) {
        if (date.isBefore(start)) {
            throw DomainException.invalid(field, "END_BEFORE_START",
                    "La fine non può precedere l'inizio.", "The end cannot precede the start.");
        }
    }

    @EventSourcingHandler
    void on(TirocinioActivated event) {
        tirocinioId = event.tirocinioId();
        trainee = event.trainee();
        start = event.start();
        plannedEnd = event.plannedEnd();
    }

    @EventSourcingHandler
    void on(TirocinioExtended event) {
        plannedEnd = event.newPlannedEnd();
    }

    @EventSourcingHandler
    void on(DeadlineMissed event) {
        missedDeadlines.add(event.deadlineId());
    }

    @EventSourcingHandler
    void on(TirocinioCompleted event) {
        endedOn = event.endedOn();
    }

    @EventSourcingHandler
    void on(TirocinioInterrupted event) {
        endedOn = event.interruptedOn();
    }
}
