package it.cartella.query.timeline;

import java.time.Instant;

/**
 * One event of a case's history: when it was recorded, by whom, for which organisation, within which request, and
 * what it says. {@code aggregateType} and {@code aggregateId} say whether it happened on the case itself or on one
 * of its plans, interventions, traineeships, discharges, contacts or its household.
 */
public record TimelineEntry(Instant recordedAt, String aggregateType, String aggregateId, long sequence,
                            String event, String actor, String organisation, String role, String correlationId,
                            String summaryIt, String summaryEn) {
}
