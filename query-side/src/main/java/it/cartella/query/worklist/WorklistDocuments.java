package it.cartella.query.worklist;

import it.cartella.kernel.deadline.DeadlineOwner;
import it.cartella.kernel.deadline.OpenDeadline;
import it.cartella.kernel.deadline.OwnerType;
import it.cartella.kernel.deadline.RuleEffect;
import it.cartella.kernel.id.CaseId;
import org.bson.Document;

import java.time.LocalDate;
import java.util.Date;

/**
 * The worklist read model: {@code worklist_items}, one document per running clock (keyed by clock id) with the
 * case's manager and organisation copied in; {@code worklist_cases}, who manages each case; and the rule versions
 * the due dates were computed with.
 */
final class WorklistDocuments {

    static final String ITEMS = "worklist_items";
    static final String CASES = "worklist_cases";
    static final String META = "worklist_meta";

    static final String ID = "_id";
    static final String DEADLINE_ID = "deadlineId";
    static final String RULE_ID = "ruleId";
    static final String RULE_VERSION = "ruleVersion";
    static final String EFFECT = "effect";
    static final String CASE_ID = "caseId";
    static final String OWNER_TYPE = "ownerType";
    static final String OWNER_ID = "ownerId";
    static final String START_AT = "startAt";
    static final String DUE_ON = "dueOn";
    static final String DUE_AT = "dueAt";
    static final String MISSED = "missed";
    static final String CASE_MANAGER = "caseManager";
    static final String ORGANISATION = "organisation";
    static final String CASE_CLOSED = "caseClosed";

    private WorklistDocuments() {
    }

    static Document item(OpenDeadline d) {
        return new Document(ID, d.clockId())
                .append(DEADLINE_ID, d.deadlineId())
                .append(RULE_ID, d.ruleId())
                .append(RULE_VERSION, d.ruleVersion())
                .append(EFFECT, d.effect().name())
                .append(CASE_ID, d.caseId().value())
                .append(OWNER_TYPE, d.owner().type().name())
                .append(OWNER_ID, d.owner().id())
                .append(START_AT, Date.from(d.startAt()))
                .append(DUE_ON, d.dueOn().toString())
                .append(DUE_AT, Date.from(d.dueAt()))
                .append(MISSED, false);
    }

    static OpenDeadline deadline(Document d) {
        return new OpenDeadline(d.getString(DEADLINE_ID), d.getString(ID), d.getString(RULE_ID),
                d.getInteger(RULE_VERSION), RuleEffect.valueOf(d.getString(EFFECT)), CaseId.of(d.getString(CASE_ID)),
                new DeadlineOwner(OwnerType.valueOf(d.getString(OWNER_TYPE)), d.getString(OWNER_ID)),
                d.getDate(START_AT).toInstant(), LocalDate.parse(d.getString(DUE_ON)), d.getDate(DUE_AT).toInstant());
    }
}
