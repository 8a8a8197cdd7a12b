package it.cartella.app.cases;

import java.util.LinkedHashMap;
import java.util.Map;

/** Request bodies for the case API, as maps so that a test can break any field. */
public final class CaseRequests {

    private CaseRequests() {
    }

    /** Sara Verdi, born in Lodi on 10 May 1995: a well-formed request. */
    public static Map<String, Object> sara() {
        return person("VRDSRA95E50E648N", "Sara", "Verdi", "1995-05-10", "F");
    }

    public static Map<String, Object> paolo() {
        return person("GLLPLA70R21C816J", "Paolo", "Galli", "1970-10-21", "M");
    }

    public static Map<String, Object> elena() {
        return person("RCCLNE60D48F205O", "Elena", "Ricci", "1960-04-08", "F");
    }

    public static Map<String, Object> davide() {
        return person("MRTDVD01T31A794P", "Davide", "Moretti", "2001-12-31", "M");
    }

    private static Map<String, Object> person(String codiceFiscale, String firstName, String lastName,
                                              String birthDate, String sex) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("codiceFiscale", codiceFiscale);
        body.put("firstName", firstName);
        body.put("lastName", lastName);
        body.put("birthDate", birthDate);
        body.put("sex", sex);
        body.put("residenceComune", "098031");
        body.put("macroArea", "A");
        body.put("channel", "SEGRETARIATO_SOCIALE");
        body.put("owningOrganisation", "comune-098031");
        body.put("caseManager", "as-comune1");
        return body;
    }
}
