package it.cartella.command.pais;

import it.cartella.command.CommandRouting;
import it.cartella.kernel.deadline.DeadlineMissed;
import it.cartella.kernel.deadline.DeadlineOwner;
import it.cartella.kernel.deadline.OwnerType;
import it.cartella.kernel.deadline.RecordMissedPlanDeadline;
import it.cartella.kernel.error.DomainException;
import it.cartella.kernel.id.CaseId;
import it.cartella.kernel.id.PaisId;
import it.cartella.kernel.id.PersonId;
import it.cartella.kernel.pais.DraftPais;
import it.cartella.kernel.pais.PaisDrafted;
import it.cartella.kernel.pais.PaisSigned;
import it.cartella.kernel.pais.PlanKind;
import it.cartella.kernel.pais.SignPais;
import it.cartella.kernel.pais.SignatoryRole;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A personal plan (PaIS, or another {@link PlanKind} of the same shape) of one case, through its versions.
 * <p>
 * A plan is its own aggregate, not part of the case: it has versions and signatures of its own, the deadline
 * engine watches its signature (within 60 days of the first meeting for the PaIS), and a case may have several
 * plans over time. It carries the case id and the beneficiary fixed at creation.
 * <p>
 * Versions: a draft can change freely; signing makes it the version in force; after that, the plan changes only
 * by drafting and signing the next version, while the signed one stays in force until then.
 */
@Aggregate(commandTargetResolver = CommandRouting.RESOLVER)
public class Pais {

    @AggregateIdentifier
    private PaisId paisId;
    private CaseId caseId;
    private PersonId beneficiary;
    private PlanKind kind;
    private int version;
    private boolean draftPending;
    private boolean draftHasObjectives;
    private LocalDate lastSignedOn;
    private List<LocalDate> draftMonitoringDates = List.of();
    private final Set<String> missedDeadlines = new HashSet<>();

    protected Pais() {
        // Axon creates the plan empty for its first draft, or rebuilds it from its events.
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(DraftPais command) {
        if (paisId != null) {
            requireSamePlan(command);
        }
        int draftVersion = paisId == null ? 1 : draftPending ? version : version + 1;
        apply(new PaisDrafted(command.paisId(), command.caseId(), command.beneficiary(), command.kind(),
                draftVersion, command.objectives(), command.commitments(), command.supports(),
                command.monitoringDates()));
    }

    @CommandHandler
    void handle(SignPais command) {
        if (!draftPending) {
            throw DomainException.conflict("PAIS_NO_DRAFT_TO_SIGN",
                    "Non c'è una bozza da firmare: il piano in vigore cambia solo con una nuova versione.",
                    "There is no draft to sign: the plan in force changes only by a new version.");
        }
        if (!draftHasObjectives) {
            throw DomainException.conflict("PAIS_WITHOUT_OBJECTIVES",
                    "Il piano non ha obiettivi: aggiungerli alla bozza prima della firma.",
                    "The plan has no objectives: add them to the draft before signing.");
        }
        boolean someoneElseAsBeneficiary = command.signatories().stream()
                .anyMatch(s -> s.role() == SignatoryRole.BENEFICIARY && !beneficiary.equals(s.person()));
        if (someoneElseAsBeneficiary) {
            throw DomainException.invalid("signatories", "SIGNATORY_NOT_BENEFICIARY",
                    "Firma come beneficiario una persona che non è il beneficiario del piano.",
                    "Someone other than the plan's beneficiary signs as beneficiary.");
        }
        if (lastSignedOn != null && command.signedOn().isBefore(lastSignedOn)) {
            throw DomainException.invalid("signedOn", "SIGNATURE_BEFORE_PREVIOUS_VERSION",
                    "La firma non può precedere quella della versione precedente.",
                    "The signature cannot precede the previous version's.");
        }
        apply(new PaisSigned(paisId, caseId, beneficiary, kind, version, command.signedOn(),
                command.signatories(), draftMonitoringDates));
    }

    /** Records a missed monitoring date of the plan's schedule, once. */
    @CommandHandler
    void handle(RecordMissedPlanDeadline command) {
        if (missedDeadlines.contains(command.deadline().deadlineId())) {
            return;
        }
        apply(DeadlineMissed.of(command.deadline(), new DeadlineOwner(OwnerType.PLAN, paisId.value())));
    }

    private void requireSamePlan(DraftPais command) {
        if (!command.caseId().equals(caseId) || !command.beneficiary().equals(beneficiary)
                || command.kind() != kind) {
            throw DomainException.invalid("paisId", "PLAN_IDENTITY_CHANGED",
                    "Caso, beneficiario e tipo del piano non cambiano: per un altro piano usare un nuovo identificativo.",
                    "A plan's case, beneficiary and kind do not change: use a new id for another plan.");
        }
    }

    @EventSourcingHandler
    void on(PaisDrafted event) {
        paisId = event.paisId();
        caseId = event.caseId();
        beneficiary = event.beneficiary();
        kind = event.kind();
        version = event.version();
        draftPending = true;
        draftHasObjectives = !event.objectives().isEmpty();
        draftMonitoringDates = event.monitoringDates();
    }

    @EventSourcingHandler
    void on(DeadlineMissed event) {
        missedDeadlines.add(event.deadlineId());
    }

    @EventSourcingHandler
    void on(PaisSigned event) {
        draftPending = false;
        lastSignedOn = event.signedOn();
    }
}
