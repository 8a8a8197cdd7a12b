package it.cartella.app.command;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import it.cartella.app.request.FieldErrors;
import it.cartella.app.request.Values;
import it.cartella.app.security.Actor;
import it.cartella.app.security.CurrentActor;
import it.cartella.eventstore.DurabilityBarrier;
import it.cartella.kernel.cases.CaseOpened;
import it.cartella.kernel.error.DomainException;
import it.cartella.kernel.id.CaseId;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.beans.factory.annotation.Value;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Runs the command requests of the API: as the current actor, with the request's correlation id, and exactly once
 * per {@code Idempotency-Key}. A retried request (same key, same user, same route, same body) gets the first
 * answer again and sends nothing; the same key with another body is refused (422); a duplicate arriving while the
 * first is still running waits for its answer. Without the header a request simply runs.
 * <p>
 * A request whose node died while it ran leaves its key claimed but unanswered. Its commands may or may not have
 * been stored, so running it again could store them twice: after {@code cartella.idempotency.interrupted-after}
 * (longer than any command takes) a retry is told the request was interrupted (409
 * {@code IDEMPOTENT_REQUEST_INTERRUPTED}), and the user checks the record before sending it again with a new key.
 */
@Component
public class Commands {

    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    public static final String REPLAYED = "Idempotent-Replayed";

    /** Printable ASCII without spaces, as the IETF draft's keys (typically a UUID). */
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");
    /** How long a duplicate waits for the first request's answer before it is told to retry later. */
    private static final Duration WAIT_FOR_FIRST = Duration.ofSeconds(15);
    private static final long POLL_MILLIS = 25;

    /**
     * The command bus and the event store block: commands run off the server's event loop, on workers of their own.
     * Not on Reactor's shared boundedElastic: a command's authorization waits for the access log, which is written
     * there, so with as many concurrent commands as that pool has threads (10 per core) every thread would wait for a
     * task queued behind itself, and the command side would stop for good.
     */
    private static final Scheduler COMMAND_WORKERS = Schedulers.newBoundedElastic(
            Schedulers.DEFAULT_BOUNDED_ELASTIC_SIZE, Schedulers.DEFAULT_BOUNDED_ELASTIC_QUEUESIZE, "commands", 60, true);
    private static final Executor BLOCKING = task -> COMMAND_WORKERS.schedule(task);

    private final CommandGateway gateway;
    private final CurrentActor currentActor;
    private final IdempotencyStore store;
    private final ObjectMapper objectMapper;
    private final CommandAuthorization authorization;
    private final EventStore eventStore;
    private final DurabilityBarrier durability;
    private final Duration interruptedAfter;
    private final AggregateFacts facts;

    Commands(CommandGateway gateway, CurrentActor currentActor, IdempotencyStore store, ObjectMapper objectMapper,
             CommandAuthorization authorization, EventStore eventStore, DurabilityBarrier durability,
             @Value("${cartella.idempotency.interrupted-after:PT2M}") Duration interruptedAfter,
             AggregateFacts facts) {
        this.durability = durability;
        this.interruptedAfter = interruptedAfter;
        this.gateway = gateway;
        this.facts = facts;
        this.eventStore = eventStore;
        this.authorization = authorization;
        this.currentActor = currentActor;
        this.store = store;
        this.objectMapper = objectMapper;
    }

    /**
     * @param request the request body, whose content decides whether a retry is the same request
     * @param work    converts the request and sends its commands; it runs off the event loop, since the command
     *                bus and the event store block
     */
    public <T> Mono<ResponseEntity<T>> run(ServerWebExchange exchange, Object request, Class<T> answerType,
                                           Function<CommandSender, CommandAnswer<T>> work) {
        return run(exchange, request, answerType, (actor, sender) -> work.apply(sender));
    }

    /**
     * Runs the creation of a record on a case (a plan, an intervention, a tirocinio, a discharge, a benefit): the
     * case's opening, read from the event store (404 CASE_NOT_FOUND when there is none), is given to {@code work},
     * which builds and sends the command; whether the user may change the case is decided when it is sent.
     *
     * @param caseId the case's id as the request gives it: 400 on the field {@code caseId} when missing or malformed
     */
    public <T> Mono<ResponseEntity<T>> onCase(ServerWebExchange exchange, Object request, Class<T> answerType,
                                              String caseId,
                                              BiFunction<CommandSender, CaseOpened, CommandAnswer<T>> work) {
        return run(exchange, request, answerType, sender -> {
            FieldErrors errors = new FieldErrors();
            CaseId id = errors.read("caseId", () -> Values.of(caseId, "caseId", CaseId::of));
            errors.rejectIfAny();
            return work.apply(sender, facts.openedCase(id));
        });
    }

    /**
     * Runs a command on a record of a case named by its own id (a plan, an intervention, a tirocinio...): the one
     * way the API changes such records. An id that names no record of the kind is answered as a record the user may
     * not change (403, logged), never 404, so that ids cannot be probed; whether the user may change the record's
     * case is decided when the command is sent (see {@link CommandAuthorization}).
     *
     * @param recordId parses the id from the route (400 when malformed)
     * @param creation the event that creates records of the kind, given to {@code command} and {@code answer}
     */
    public <I, E, T> Mono<ResponseEntity<T>> onRecord(ServerWebExchange exchange, Object request, Class<T> answerType,
                                                      Supplier<I> recordId, Class<E> creation,
                                                      BiFunction<I, E, Object> command,
                                                      BiFunction<I, E, CommandAnswer<T>> answer) {
        String action = request.getClass().getSimpleName().replaceFirst("Request$", "");
        return run(exchange, request, answerType, (actor, sender) -> {
            I id = recordId.get();
            E created = authorization.existing(actor, id, creation, action);
            sender.send(command.apply(id, created));
            return answer.apply(id, created);
        });
    }

    private <T> Mono<ResponseEntity<T>> run(ServerWebExchange exchange, Object request, Class<T> answerType,
                                            BiFunction<Actor, CommandSender, CommandAnswer<T>> work) {
        ServerHttpRequest http = exchange.getRequest();
        String correlationId = CorrelationId.of(exchange);
        // A command, once started, runs to its end even if the client goes away: interrupting it half way could
        // store its events but lose its answer, and a retry with the same key would then send it again.
        return currentActor.get().flatMap(actor -> Mono.fromFuture(() -> CompletableFuture.supplyAsync(() -> {
            CommandSender sender = new CommandSender(gateway, eventStore, actor, correlationId,
                    command -> authorization.authorize(actor, command));
            String key = http.getHeaders().getFirst(IDEMPOTENCY_KEY);
            if (key == null) {
                return response(work.apply(actor, sender), false);
            }
            return once(scope(actor, http, key), hash(request), answerType, () -> work.apply(actor, sender));
        }, BLOCKING), true));
    }

    private <T> ResponseEntity<T> once(String key, String requestHash, Class<T> answerType,
                                       Supplier<CommandAnswer<T>> work) {
        long deadline = System.nanoTime() + WAIT_FOR_FIRST.toNanos();
        while (true) {
            if (store.claim(key, requestHash)) {
                CommandAnswer<T> answer;
                try {
                    answer = work.get();
                } catch (RuntimeException e) {
                    store.release(key);
                    throw e;
                }
                store.complete(key, answer.status().value(), answer.location(), json(answer.body()));
                // The commands' own flush came before this record: without this one, a crash right after the
                // answer could lose the record, and the client's retry would run the commands a second time.
                durability.awaitDurable();
                return response(answer, false);
            }
            Optional<IdempotencyStore.Entry> first = store.find(key);
            if (first.isEmpty()) {
                continue;  // the first request failed and released the key: this one may run
            }
            if (!first.get().requestHash().equals(requestHash)) {
                throw new IdempotencyKeyReusedException();
            }
            if (first.get().done()) {
                IdempotencyStore.Entry done = first.get();
                return response(new CommandAnswer<>(HttpStatus.valueOf(done.status()), done.location(),
                        read(done.body(), answerType)), true);
            }
            if (first.get().claimedAt().plus(interruptedAfter).isBefore(Instant.now())) {
                throw DomainException.conflict("IDEMPOTENT_REQUEST_INTERRUPTED",
                        "La richiesta con questa Idempotency-Key è stata interrotta da un riavvio e potrebbe essere "
                                + "stata registrata solo in parte: verificare la pratica prima di inviarla di nuovo "
                                + "con una nuova chiave.",
                        "The request with this Idempotency-Key was interrupted by a restart and may have been "
                                + "recorded only in part: check the record before sending it again with a new key.");
            }
            if (System.nanoTime() > deadline) {
                throw DomainException.conflict("IDEMPOTENT_REQUEST_IN_PROGRESS",
                        "Una richiesta con la stessa Idempotency-Key è ancora in corso: riprovare tra poco.",
                        "A request with the same Idempotency-Key is still in progress: retry shortly.");
            }
            LockSupport.parkNanos(Duration.ofMillis(POLL_MILLIS).toNanos());
        }
    }

    private static <T> ResponseEntity<T> response(CommandAnswer<T> answer, boolean replayed) {
        ResponseEntity.BodyBuilder builder = ResponseEntity.status(answer.status());
        if (answer.location() != null) {
            builder.location(URI.create(answer.location()));
        }
        if (replayed) {
            builder.header(REPLAYED, "true");
        }
        return builder.body(answer.body());
    }

    /** The key as the client gave it is only unique for that client and that route. */
    private static String scope(Actor actor, ServerHttpRequest http, String key) {
        if (!KEY.matcher(key).matches()) {
            throw DomainException.invalid(IDEMPOTENCY_KEY, "IDEMPOTENCY_KEY_INVALID",
                    "Idempotency-Key non valida: da 1 a 255 caratteri ASCII stampabili, senza spazi.",
                    "Invalid Idempotency-Key: 1 to 255 printable ASCII characters, without spaces.");
        }
        return sha256(actor.userId().value() + "\n" + http.getMethod().name() + " " + http.getPath().value() + "\n"
                + key);
    }

    /** The request as read, not as sent: field order and spacing do not make it another request. */
    private String hash(Object request) {
        return sha256(json(request));
    }

    private String json(Object value) {
        try {
            return objectMapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("answers and requests are plain records", e);
        }
    }

    private <T> T read(String json, Class<T> type) {
        try {
            return objectMapper.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored answer no longer reads", e);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    /** For commands sent by Cartella itself (demo data), with the same metadata as a user's. */
    public CommandSender as(Actor actor, String correlationId) {
        return new CommandSender(gateway, eventStore, actor, correlationId);
    }
}
