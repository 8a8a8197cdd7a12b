package it.cartella.query.indicator;

import it.cartella.kernel.cases.AssessmentRecorded;
import it.cartella.kernel.cases.CaseClosed;
import it.cartella.kernel.cases.CaseManagerAssigned;
import it.cartella.kernel.cases.CaseOpened;
import it.cartella.kernel.cases.CaseReopened;
import it.cartella.kernel.cases.CaseTransferred;
import it.cartella.kernel.cases.MonitoringRecorded;
import it.cartella.kernel.cases.Participant;
import it.cartella.kernel.cases.TeamFormed;
import it.cartella.kernel.cases.TeamMeetingRecorded;
import it.cartella.kernel.contact.ContactRecorded;
import it.cartella.kernel.discharge.DischargeCareActivated;
import it.cartella.kernel.discharge.HospitalDischargeRecorded;
import it.cartella.kernel.discharge.ProtectedDischargeStarted;
import it.cartella.kernel.discharge.ReadmissionRecorded;
import it.cartella.kernel.intervention.DeliveryRecorded;
import it.cartella.kernel.intervention.InterventionActivated;
import it.cartella.kernel.intervention.InterventionEnded;
import it.cartella.kernel.pais.PaisSigned;
import it.cartella.kernel.tirocinio.TirocinioActivated;
import it.cartella.kernel.tirocinio.TirocinioCompleted;
import it.cartella.kernel.tirocinio.TirocinioInterrupted;
import it.cartella.query.indicator.FactStore.CaseContext;
import it.cartella.query.indicator.FactStore.Episode;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MessageIdentifier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Turns the case events into pseudonymous facts and hands each new fact to the indicator versions that need it.
 * Runs in its own tracking processor with one segment, so it sees a case's events in the order they were stored
 * and can complete a plan's or an intervention's fact with its case's Comune and macro-area. Events of other
 * domains are ignored. A fact takes the case's Comune at the time of the event: a transferred case counts where it
 * was when each thing happened.
 */
@ProcessingGroup(FactProjection.PROCESSING_GROUP)
public class FactProjection {

    public static final String PROCESSING_GROUP = "indicator-facts";

    private static final String DISCHARGE_SERVICE = "DIMISSIONI_PROTETTE";
    private static final String TIROCINIO_SERVICE = "TIROCINIO_INCLUSIONE_SOCIALE";

    private final FactStore store;
    private final IndicatorRows rows;

    public FactProjection(FactStore store, IndicatorRows rows) {
        this.store = Objects.requireNonNull(store, "store");
        this.rows = Objects.requireNonNull(rows, "rows");
    }

    // One handler per event type it reads, each handing over to handle(): Axon then skips every other event by its
    // stored type, where a handler of Object had every event of the store deserialized (and its personal data
    // decrypted) only to ignore most of them. That was a quarter of this processor's time in a rebuild.

    @EventHandler
    public void on(CaseOpened event, @MessageIdentifier String eventId, @Timestamp Instant recordedAt) {
        handle(event, eventId, recordedAt);
    }

    @EventHandler
    public void on(CaseTransferred event, @MessageIdentifier String eventId, @Timestamp Instant recordedAt) {
        handle(event, eventId, recordedAt);
    }

    @EventHandler
    public void on(CaseManagerAssigned event, @MessageIdentifier String eventId, @Timestamp Instant recordedAt) {
        handle(event, eventId, recordedAt);
    }

    @EventHandler
    public void on(CaseReopened event, @MessageIdentifier String eventId, @Timestamp Instant recordedAt) {
        handle(event, eventId, recordedAt);
    }

    @EventHandler
    public void on(CaseClosed event, @MessageIdentifier String eventId, @Timestamp Instant recordedAt) {
        handle(event, eventId, recordedAt);
    }

    @EventHandler
    public void on(AssessmentRecorded event, @MessageIdentifier String eventId, @Timestamp Instant recordedAt) {
        handle(event, eventId, recordedAt);
    }

    @EventHandler
    public void on(TeamFormed event, @MessageIdentifier String eventId, @Timestamp Instant recordedAt) {
        handle(event, eventId, recordedAt);
    }

    @EventHandler
    public void on(TeamMeetingRecorded event, @MessageIdentifier String eventId, @Timestamp Instant recordedAt) {
        handle(event, eventId, recordedAt);
    }

    @EventHandler
    public void on(MonitoringRecorded event, @MessageIdentifier String eventId, @Timestamp Instant recordedAt) {
        handle(event, eventId, recordedAt);
    }

    @EventHandler
    public void on(PaisSigned event, @MessageIdentifier String eventId, @Timestamp Instant recordedAt) {
        handle(event, eventId, recordedAt);
    }

    @EventHandler
    public void on(InterventionActivated event, @MessageIdentifier String eventId, @Timestamp Instant recordedAt) {
        handle(event, eventId, recordedAt);
    }

    @EventHandler
    public void on(DeliveryRecorded event, @MessageIdentifier String eventId, @Timestamp Instant recordedAt) {
        handle(event, eventId, recordedAt);
    }

    @EventHandler
    public void on(InterventionEnded event, @MessageIdentifier String eventId, @Timestamp Instant recordedAt) {
        handle(event, eventId, recordedAt);
    }

    @EventHandler
    public void on(ProtectedDischargeStarted event, @MessageIdentifier String eventId, @Timestamp Instant recordedAt) {
        handle(event, eventId, recordedAt);
    }

    @EventHandler
    public void on(HospitalDischargeRecorded event, @MessageIdentifier String eventId, @Timestamp Instant recordedAt) {
        handle(event, eventId, recordedAt);
    }

    @EventHandler
    public void on(DischargeCareActivated event, @MessageIdentifier String eventId, @Timestamp Instant recordedAt) {
        handle(event, eventId, recordedAt);
    }

    @EventHandler
    public void on(ReadmissionRecorded event, @MessageIdentifier String eventId, @Timestamp Instant recordedAt) {
        handle(event, eventId, recordedAt);
    }

    @EventHandler
    public void on(TirocinioActivated event, @MessageIdentifier String eventId, @Timestamp Instant recordedAt) {
        handle(event, eventId, recordedAt);
    }

    @EventHandler
    public void on(TirocinioCompleted event, @MessageIdentifier String eventId, @Timestamp Instant recordedAt) {
        handle(event, eventId, recordedAt);
    }

    @EventHandler
    public void on(TirocinioInterrupted event, @MessageIdentifier String eventId, @Timestamp Instant recordedAt) {
        handle(event, eventId, recordedAt);
    }

    @EventHandler
    public void on(ContactRecorded event, @MessageIdentifier String eventId, @Timestamp Instant recordedAt) {
        handle(event, eventId, recordedAt);
    }

    /** Everything the handlers above hand over; package-private for the tests that replay a history directly. */
    void handle(Object event, String eventId, Instant recordedAt) {
        if (event instanceof CaseOpened e) {
            CaseContext context = new CaseContext(e.caseId().value(), e.personId().value(),
                    e.householdId() == null ? null : e.householdId().value(), e.residenceComune().value(),
                    e.owningOrganisation().value(), e.macroArea().code());
            store.saveCase(context);
            record(eventId, FactType.CASE_OPENED, e.openedOn(), null, context, null,
                    attributes("channel", e.channel().name(), "activationMode", e.activationMode().name()));
        } else if (event instanceof CaseTransferred e) {
            store.caseContext(e.caseId().value()).ifPresent(old -> {
                CaseContext moved = old.movedTo(e.toResidenceComune().value(), e.toOrganisation().value());
                store.saveCase(moved);
                record(eventId, FactType.CASE_TRANSFERRED, e.transferredOn(), null, moved, null,
                        attributes("fromComune", e.fromResidenceComune().value()));
            });
        } else if (event instanceof CaseManagerAssigned e) {
            onCase(eventId, FactType.CASE_MANAGER_ASSIGNED, e.caseId().value(), day(recordedAt), Map.of());
        } else if (event instanceof CaseReopened e) {
            onCase(eventId, FactType.CASE_REOPENED, e.caseId().value(), e.reopenedOn(), Map.of());
        } else if (event instanceof CaseClosed e) {
            onCase(eventId, FactType.CASE_CLOSED, e.caseId().value(), e.closedOn(), attributes(
                    "outcome", e.outcome().code(), "beneficiaryRating", e.beneficiaryRating().name(),
                    "operatorRating", e.operatorRating().name()));
        } else if (event instanceof AssessmentRecorded e) {
            Map<String, Object> attributes = participants(e.participants());
            attributes.put("kind", e.kind().name());
            attributes.put("instrument", e.instrument());
            onCase(eventId, FactType.ASSESSMENT_RECORDED, e.caseId().value(), e.assessedOn(), attributes);
        } else if (event instanceof TeamFormed e) {
            onCase(eventId, FactType.TEAM_FORMED, e.caseId().value(), day(recordedAt), participants(e.members()));
        } else if (event instanceof TeamMeetingRecorded e) {
            onCase(eventId, FactType.TEAM_MEETING_HELD, e.caseId().value(), e.heldOn(), participants(e.attendees()));
        } else if (event instanceof MonitoringRecorded e) {
            Map<String, Integer> scores = new LinkedHashMap<>();
            e.scores().forEach(s -> scores.put(s.domain(), s.score()));
            onCase(eventId, FactType.MONITORING_RECORDED, e.caseId().value(), e.monitoredOn(),
                    attributes("step", e.step(), "scores", scores));
        } else {
            onEpisodeEvent(event, eventId);
        }
    }

    private void onEpisodeEvent(Object event, String eventId) {
        if (event instanceof PaisSigned e) {
            startEpisode(eventId, FactType.PLAN_SIGNED, new Episode(e.paisId().value(), e.caseId().value(), null, null),
                    e.signedOn(), null, attributes("kind", e.kind().name(), "version", e.version(),
                            "signatoryRoles", e.signatories().stream().map(s -> s.role().name()).distinct().toList()));
        } else if (event instanceof InterventionActivated e) {
            startEpisode(eventId, FactType.INTERVENTION_ACTIVATED, new Episode(e.interventionId().value(),
                            e.caseId().value(), e.service().code(), e.funding().code()), e.start(), null,
                    attributes("provider", e.provider().value()));
        } else if (event instanceof DeliveryRecorded e) {
            onEpisode(eventId, FactType.DELIVERY_RECORDED, e.interventionId().value(), e.deliveredOn(), null, Map.of());
        } else if (event instanceof InterventionEnded e) {
            onEpisode(eventId, FactType.INTERVENTION_ENDED, e.interventionId().value(), e.endedOn(), null,
                    attributes("outcome", e.outcome().code()));
        } else if (event instanceof ProtectedDischargeStarted e) {
            startEpisode(eventId, FactType.PROTECTED_DISCHARGE_STARTED, new Episode(e.dischargeId().value(),
                            e.caseId().value(), DISCHARGE_SERVICE, null), day(e.referredAt()), e.referredAt(),
                    attributes("hospital", e.hospital().value()));
        } else if (event instanceof HospitalDischargeRecorded e) {
            onEpisode(eventId, FactType.HOSPITAL_DISCHARGE_RECORDED, e.dischargeId().value(), day(e.dischargedAt()),
                    e.dischargedAt(), Map.of());
        } else if (event instanceof DischargeCareActivated e) {
            onEpisode(eventId, FactType.DISCHARGE_CARE_ACTIVATED, e.dischargeId().value(), day(e.activeSince()),
                    e.activeSince(), Map.of());
        } else if (event instanceof ReadmissionRecorded e) {
            onEpisode(eventId, FactType.READMISSION_RECORDED, e.dischargeId().value(), e.checkedOn(), null,
                    attributes("readmittedWithinSixMonths", String.valueOf(e.readmittedWithinSixMonths())));
        } else if (event instanceof TirocinioActivated e) {
            startEpisode(eventId, FactType.TIROCINIO_ACTIVATED, new Episode(e.tirocinioId().value(), e.caseId().value(),
                            TIROCINIO_SERVICE, e.indemnityFunding() == null ? null : e.indemnityFunding().code()),
                    e.start(), null, attributes("host", id(e.hostOrganisation(), o -> o.value()),
                            "promoter", id(e.promoter(), o -> o.value())));
        } else if (event instanceof TirocinioCompleted e) {
            onEpisode(eventId, FactType.TIROCINIO_COMPLETED, e.tirocinioId().value(), e.endedOn(), null,
                    attributes("outcome", e.outcome().name()));
        } else if (event instanceof TirocinioInterrupted e) {
            onEpisode(eventId, FactType.TIROCINIO_INTERRUPTED, e.tirocinioId().value(), e.interruptedOn(), null,
                    attributes("reason", e.reason().name()));
        } else if (event instanceof ContactRecorded e) {
            emit(new Fact(eventId, FactType.CONTACT_RECORDED, day(e.receivedAt()), e.receivedAt(), null,
                    id(e.person(), p -> p.value()), null, e.contactId().value(), id(e.residenceComune(), c -> c.value()),
                    e.receivingOrganisation().value(), e.need() == null ? null : e.need().code(), null, null,
                    attributes("kind", e.kind().name(), "channel", e.channel().name(),
                            "sex", id(e.sex(), Enum::name), "ageBand", id(e.ageBand(), Enum::name),
                            "sourceOrganisation", id(e.sourceOrganisation(), o -> o.value()))));
        }
    }

    @ResetHandler
    public void reset() {
        store.clear();
        rows.clearAll();
    }

    private void onCase(String eventId, FactType type, String caseId, LocalDate on, Map<String, Object> attributes) {
        store.caseContext(caseId).ifPresent(context -> record(eventId, type, on, null, context,
                null, attributes));
    }

    private void startEpisode(String eventId, FactType type, Episode episode, LocalDate on, Instant at,
                              Map<String, Object> attributes) {
        store.saveEpisode(episode);
        store.caseContext(episode.caseId()).ifPresent(context ->
                record(eventId, type, on, at, context, episode, attributes));
    }

    private void onEpisode(String eventId, FactType type, String episodeId, LocalDate on, Instant at,
                           Map<String, Object> attributes) {
        store.episode(episodeId).ifPresent(episode -> store.caseContext(episode.caseId()).ifPresent(context ->
                record(eventId, type, on, at, context, episode, attributes)));
    }

    private void record(String eventId, FactType type, LocalDate on, Instant at, CaseContext context,
                        Episode episode, Map<String, Object> attributes) {
        emit(new Fact(eventId, type, on, at, context.caseId(), context.personId(), context.householdId(),
                episode == null ? null : episode.id(), context.comune(), context.organisation(), context.macroArea(),
                episode == null ? null : episode.service(), episode == null ? null : episode.fundingSource(),
                attributes));
    }

    private void emit(Fact fact) {
        store.save(fact);
        rows.accept(fact);
    }

    private static Map<String, Object> participants(List<Participant> participants) {
        return attributes("roles", participants.stream().map(p -> p.role().name()).distinct().sorted().toList(),
                "organisations", participants.stream().map(p -> p.organisation().value()).distinct().sorted().toList());
    }

    private static Map<String, Object> attributes(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private static <T> String id(T value, Function<T, String> text) {
        return value == null ? null : text.apply(value);
    }

    private static LocalDate day(Instant instant) {
        return instant.atZone(Fact.ROME).toLocalDate();
    }
}
