package it.cartella.kernel.deadline;

/** What a missed deadline does besides being recorded and shown as overdue. */
public enum RuleEffect {
    /** Overdue on the worklist of the case's manager and coordinator; nothing else. */
    WORKLIST,
    /** The Assegno di Inclusione is suspended until the awaited fact is recorded. */
    SUSPEND_BENEFIT
}
