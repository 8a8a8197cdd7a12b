package it.cartella.bench;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * The events of the benchmark: {@code events / eventsPerAggregate} aggregates of {@code eventsPerAggregate} events.
 * Aggregate {@code i}'s identifier and payloads depend only on {@code i}, the sequence number and the seed, so every
 * engine stores exactly the same events.
 */
final class Workload {

    static final String AGGREGATE_TYPE = "Case";

    private static final List<String> MACRO_AREAS = List.of(
            "FAMIGLIA_MINORI", "DISABILI", "DIPENDENZE", "ANZIANI", "IMMIGRATI_NOMADI", "POVERTA_DISAGIO_ADULTI",
            "MULTIUTENZA");
    private static final List<String> SERVICE_CODES = List.of(
            "A1", "A2", "B1", "B2", "C1", "C3", "D1", "D4", "E2", "E5", "F1", "F2", "G1", "H3", "I1", "L2");
    private static final List<String> FUNDING = List.of(
            "FONDO_NAZIONALE_POLITICHE_SOCIALI", "FONDO_POVERTA", "FONDO_NON_AUTOSUFFICIENZA", "BILANCIO_COMUNALE",
            "PNRR_M5C2", "FSE_PLUS");
    private static final List<String> REFERRALS = List.of(
            "ACCESSO_SPONTANEO", "SEGNALAZIONE_SCUOLA", "SEGNALAZIONE_SANITARIA", "AUTORITA_GIUDIZIARIA",
            "TERZO_SETTORE");
    private static final List<String> REASONS = List.of(
            "Nucleo monogenitoriale, perdita del lavoro, morosità sul canone.",
            "Anziano solo dopo il ricovero: assistenza domiciliare e pasti.",
            "Segnalazione della scuola per frequenza irregolare.",
            "Adulto senza dimora: accoglienza notturna e orientamento al lavoro.");

    private final int eventsPerAggregate;
    private final long seed;
    private final long idPrefix;

    Workload(int eventsPerAggregate, long seed) {
        this.eventsPerAggregate = eventsPerAggregate;
        this.seed = seed;
        this.idPrefix = new SplittableRandom(seed).nextLong();
    }

    int eventsPerAggregate() {
        return eventsPerAggregate;
    }

    String aggregateId(int aggregate) {
        return new UUID(idPrefix, aggregate).toString();
    }

    DomainEventMessage<CaseRecorded> event(int aggregate, int sequenceNumber) {
        return new GenericDomainEventMessage<>(AGGREGATE_TYPE, aggregateId(aggregate), sequenceNumber,
                payload(aggregate, sequenceNumber));
    }

    CaseRecorded payload(int aggregate, int sequenceNumber) {
        SplittableRandom random = new SplittableRandom(seed ^ ((long) aggregate << 20) ^ sequenceNumber);
        return new CaseRecorded(
                aggregateId(aggregate),
                "ORG-" + (1 + random.nextInt(40)),
                String.format("%06d", 1 + random.nextInt(110_000)),
                pseudonym(random),
                List.of(pseudonym(random), pseudonym(random)),
                pick(random, MACRO_AREAS),
                pick(random, SERVICE_CODES),
                pick(random, FUNDING),
                "operatore." + (1 + random.nextInt(500)),
                LocalDate.of(2026, 1, 1).plusDays(random.nextInt(320)).toString(),
                pick(random, REFERRALS),
                random.nextInt(4) == 0 ? "URGENTE" : "ORDINARIA",
                pick(random, REASONS));
    }

    private static String pseudonym(SplittableRandom random) {
        return "P-" + Long.toHexString(random.nextLong() | Long.MIN_VALUE);
    }

    private static String pick(SplittableRandom random, List<String> values) {
        return values.get(random.nextInt(values.size()));
    }
}
