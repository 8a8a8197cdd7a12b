package it.cartella.app.worklist;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;
import java.util.Map;

/**
 * Who coordinates which organisations ({@code cartella.worklist.coordinators.<user>=org1,org2}), until users and
 * roles exist: a coordinator's worklist covers every case of those organisations.
 */
@ConfigurationProperties("cartella.worklist")
public record WorklistProperties(Map<String, List<String>> coordinators) implements Coordinators {

    public WorklistProperties {
        coordinators = coordinators == null ? Map.of() : Map.copyOf(coordinators);
    }

    @Override
    public List<String> coordinatedBy(String user) {
        return coordinators.getOrDefault(user, List.of());
    }
}
