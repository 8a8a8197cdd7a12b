package it.cartella.app.command;

import it.cartella.app.security.Actor;
import it.cartella.command.CommandRouting;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;

import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Sends commands on behalf of one actor and one correlation id, as command metadata; Axon's correlation data
 * providers copy it onto every event the command causes (see {@code AxonConfiguration}).
 * Blocking: call it off the server's event loop.
 */
public final class CommandSender {

    public static final String ACTOR = "actor";
    public static final String ORGANISATION = "organisation";
    public static final String ROLE = "role";
    public static final String CORRELATION_ID = "correlationId";

    private final CommandGateway gateway;
    private final EventStore eventStore;
    private final MetaData metaData;
    private final Consumer<Object> authorize;

    /** For Cartella's own commands (demo data): nothing to authorize. */
    public CommandSender(CommandGateway gateway, EventStore eventStore, Actor actor, String correlationId) {
        this(gateway, eventStore, actor, correlationId, command -> { });
    }

    /** @param authorize refuses a command the actor may not send, by throwing; runs before every command */
    public CommandSender(CommandGateway gateway, EventStore eventStore, Actor actor, String correlationId,
                         Consumer<Object> authorize) {
        this.gateway = gateway;
        this.eventStore = eventStore;
        this.authorize = authorize;
        this.metaData = MetaData.from(Map.of(ACTOR, actor.userId().value(),
                ORGANISATION, actor.organisation().value(), ROLE, roles(actor), CORRELATION_ID, correlationId));
    }

    /** The roles the actor held when acting, as one sorted, comma-separated value. */
    private static String roles(Actor actor) {
        return actor.roles().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    public <R> R send(Object command) {
        return send(command, null);
    }

    /**
     * @param expectedVersion the version of the target aggregate the sender's change is based on, or null to apply
     *                        the change to whatever version is current (the aggregate's own rules still decide)
     * @throws VersionConflictException when the aggregate is no longer at the expected version, or another command
     *                                  stored its next event first; nothing of this command is stored then
     */
    public <R> R send(Object command, Long expectedVersion) {
        authorize.accept(command);
        MetaData withVersion = expectedVersion == null ? metaData
                : metaData.and(CommandRouting.EXPECTED_VERSION, expectedVersion);
        CommandMessage<?> message = GenericCommandMessage.asCommandMessage(command).andMetaData(withVersion);
        try {
            return gateway.sendAndWait(message);
        } catch (ConflictingAggregateVersionException e) {
            throw new VersionConflictException(e.getActualVersion(), e);
        } catch (ConcurrencyException e) {
            // Another node stored the same next event first (the event store's unique index): the loser learns the
            // version it lost to, read from the store, which is never behind.
            String aggregateId = CommandRouting.resolver().resolveTarget(message).getIdentifier();
            throw new VersionConflictException(eventStore.lastSequenceNumberFor(aggregateId).orElse(-1L), e);
        }
    }
}
