package it.cartella.query.worklist;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One thing due on a case.
 *
 * @param type        the rule's id, e.g. {@code ADI_FIRST_MEETING}
 * @param label       the rule's name in the reader's language
 * @param ruleVersion the version of the rule that set the due date
 * @param dueOn       the last day allowed, in Italy
 * @param dueAt       the moment it is missed
 * @param daysLeft    whole days from today to the due day; negative when overdue
 * @param overdue     the due moment has passed
 * @param missed      the engine recorded the miss (and any effect, such as a suspension)
 * @param owner       what the clock belongs to: {@code ADI_BENEFIT/<id>}, {@code TIROCINIO/<id>}...
 */
public record WorklistItem(
        String type,
        String label,
        int ruleVersion,
        String effect,
        String caseId,
        String owner,
        String caseManager,
        LocalDate dueOn,
        Instant dueAt,
        long daysLeft,
        boolean overdue,
        boolean missed) {
}
