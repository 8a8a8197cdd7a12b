package it.cartella.app.config;

import it.cartella.kernel.error.DomainException;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

import java.util.Set;

/**
 * The command side and the query side as separate processes, by Spring profile ({@code SPRING_PROFILES_ACTIVE}):
 * <ul>
 *   <li>{@code command}: handles commands (aggregates, the deadline engine, the access facts commands are checked
 *       against); runs no projection and serves no read model: reads are answered 404
 *       {@code COMMAND_NODE_SERVES_NO_READS}.</li>
 *   <li>{@code query}: runs the projections and serves the API's reads and the web pages; accepts no command: changes
 *       are answered 404 {@code QUERY_NODE_ACCEPTS_NO_COMMANDS}. Search is a read, sent by POST so that no name
 *       travels in an address, and is served here.</li>
 *   <li>neither, or both: one process does everything (the default).</li>
 * </ul>
 * The reverse proxy sends reads to query nodes and changes to command nodes (deploy/README.md).
 */
@Component
public class ProcessRoles implements WebFilter {

    public static final String COMMAND = "command";
    public static final String QUERY = "query";
    /** Beans of the query side: present unless the process is command only. */
    public static final String UNLESS_COMMAND_ONLY = "!(" + COMMAND + " & !" + QUERY + ")";
    /** Beans of the command side that run by themselves (the deadline engine): present unless query only. */
    public static final String UNLESS_QUERY_ONLY = "!(" + QUERY + " & !" + COMMAND + ")";

    /** Reads sent by POST: they carry personal data in the body, never in the address. */
    private static final Set<String> READS_BY_POST = Set.of("/api/cases/search", "/search");
    /** Paths every node serves: health and metrics, the API documentation, signing in and out, static files. */
    private static final Set<String> EVERY_NODE = Set.of("/actuator", "/api/docs", "/api/me", "/login", "/logout",
            "/webjars", "/css", "/js", "/favicon.ico");

    private final boolean commandOnly;
    private final boolean queryOnly;

    ProcessRoles(Environment environment) {
        boolean command = environment.acceptsProfiles(Profiles.of(COMMAND));
        boolean query = environment.acceptsProfiles(Profiles.of(QUERY));
        this.commandOnly = command && !query;
        this.queryOnly = query && !command;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (!commandOnly && !queryOnly) {
            return chain.filter(exchange);
        }
        String path = exchange.getRequest().getPath().pathWithinApplication().value();
        if (EVERY_NODE.stream().anyMatch(prefix -> path.equals(prefix) || path.startsWith(prefix + "/"))) {
            return chain.filter(exchange);
        }
        boolean read = isRead(exchange.getRequest().getMethod(), path);
        if (commandOnly && read) {
            return Mono.error(DomainException.notFound("COMMAND_NODE_SERVES_NO_READS",
                    "Questo nodo registra solo comandi: le letture sono servite dai nodi di consultazione.",
                    "This node only records commands: reads are served by the query nodes."));
        }
        if (queryOnly && !read) {
            return Mono.error(DomainException.notFound("QUERY_NODE_ACCEPTS_NO_COMMANDS",
                    "Questo nodo serve solo consultazioni: le modifiche vanno inviate ai nodi dei comandi.",
                    "This node only serves reads: changes go to the command nodes."));
        }
        return chain.filter(exchange);
    }

    private static boolean isRead(HttpMethod method, String path) {
        return HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method) || HttpMethod.OPTIONS.equals(method)
                || (HttpMethod.POST.equals(method) && READS_BY_POST.contains(path));
    }
}
