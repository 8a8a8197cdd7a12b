package it.cartella.query.cases;

import com.mongodb.client.model.Filters;
import it.cartella.kernel.privacy.PersonalData;
import org.bson.conversions.Bson;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import static it.cartella.kernel.privacy.PersonalDataCategory.IDENTIFYING;
import static it.cartella.query.cases.CaseCollections.CASE_MANAGER;
import static it.cartella.query.cases.CaseCollections.CODICE_FISCALE;
import static it.cartella.query.cases.CaseCollections.FIRST_NAME;
import static it.cartella.query.cases.CaseCollections.LAST_NAME;
import static it.cartella.query.cases.CaseCollections.MACRO_AREA;
import static it.cartella.query.cases.CaseCollections.OWNING_ORGANISATION;
import static it.cartella.query.cases.CaseCollections.RESIDENCE_COMUNE;
import static it.cartella.query.cases.CaseCollections.STATUS;

/**
 * Which cases to list; every criterion is optional. {@code text} matches, word by word, the start of the first or
 * last name or of the codice fiscale, ignoring case: "ros mar" finds Mario Rossi.
 */
public record CaseSearch(CaseStatus status, String residenceComune, String macroArea, String caseManager,
                         String owningOrganisation, @PersonalData(IDENTIFYING) String text) {

    public static final CaseSearch ALL = new CaseSearch(null, null, null, null, null, null);

    Bson filter() {
        List<Bson> criteria = new ArrayList<>();
        if (status != null) {
            criteria.add(Filters.eq(STATUS, status.name()));
        }
        addEquals(criteria, RESIDENCE_COMUNE, residenceComune);
        addEquals(criteria, MACRO_AREA, macroArea == null ? null : macroArea.toUpperCase(Locale.ROOT));
        addEquals(criteria, CASE_MANAGER, caseManager);
        addEquals(criteria, OWNING_ORGANISATION, owningOrganisation);
        if (text != null) {
            criteria.addAll(words(text));
        }
        return criteria.isEmpty() ? Filters.empty() : Filters.and(criteria);
    }

    /** Each word typed must start the first or last name or the codice fiscale, ignoring case. */
    static List<Bson> words(String text) {
        List<Bson> criteria = new ArrayList<>();
        for (String word : text.strip().split("\\s+")) {
            if (!word.isEmpty()) {
                Pattern start = Pattern.compile("^" + Pattern.quote(word), Pattern.CASE_INSENSITIVE);
                criteria.add(Filters.or(Filters.regex(FIRST_NAME, start), Filters.regex(LAST_NAME, start),
                        Filters.regex(CODICE_FISCALE, start)));
            }
        }
        return criteria;
    }

    private static void addEquals(List<Bson> criteria, String field, String value) {
        if (value != null && !value.isBlank()) {
            criteria.add(Filters.eq(field, value.strip()));
        }
    }
}
