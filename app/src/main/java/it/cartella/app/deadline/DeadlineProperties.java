package it.cartella.app.deadline;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * The deadline engine's settings ({@code cartella.deadline.*}).
 *
 * @param rules        classpath resource of the rule set in force; a new version of the rules is a new file
 * @param pollInterval how often each node looks for due deadlines
 * @param lease        how long a node's claim on a due deadline holds before another node may take it over
 * @param nodeId       names this node in its claims; blank means a random id per start
 */
@ConfigurationProperties("cartella.deadline")
public record DeadlineProperties(
        @DefaultValue("/reference/deadline-rules-v1.json") String rules,
        @DefaultValue("30s") Duration pollInterval,
        @DefaultValue("5m") Duration lease,
        String nodeId) {
}
