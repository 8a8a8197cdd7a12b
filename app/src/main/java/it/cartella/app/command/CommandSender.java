package it.cartella.app.command;

import it.cartella.app.security.Actor;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;

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
    private final MetaData metaData;
    private final Consumer<Object> authorize;

    /** For Cartella's own commands (demo data): nothing to authorize. */
    public CommandSender(CommandGateway gateway, Actor actor, String correlationId) {
        this(gateway, actor, correlationId, command -> { });
    }

    /** @param authorize refuses a command the actor may not send, by throwing; runs before every command */
    public CommandSender(CommandGateway gateway, Actor actor, String correlationId, Consumer<Object> authorize) {
        this.gateway = gateway;
        this.authorize = authorize;
        this.metaData = MetaData.from(Map.of(ACTOR, actor.userId().value(),
                ORGANISATION, actor.organisation().value(), ROLE, roles(actor), CORRELATION_ID, correlationId));
    }

    /** The roles the actor held when acting, as one sorted, comma-separated value. */
    private static String roles(Actor actor) {
        return actor.roles().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    public <R> R send(Object command) {
        authorize.accept(command);
        return gateway.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(metaData));
    }
}
