package it.cartella.app.web;

import it.cartella.app.security.Actor;
import it.cartella.query.cases.CaseDetail;
import org.springframework.web.server.ServerWebExchange;

/**
 * One use of a form: who fills it in, the case and record it acts on, what was typed, and the request carrying the
 * form's idempotency key.
 *
 * @param file     the case as it stands; null for a form that acts on no case
 * @param recordId the plan, intervention, traineeship or discharge the form acts on; null otherwise
 */
record FormContext(Actor actor, String caseId, String recordId, CaseDetail file, FormValues values,
                   ServerWebExchange exchange) {

    /** The typed values as the API request of that type, the case the form acts on included as {@code caseId}. */
    <T> T request(Class<T> type) {
        return values.request(type, caseId);
    }
}
