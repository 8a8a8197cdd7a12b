package it.cartella.app.web;

import java.util.List;

/**
 * The list of mistakes above a rejected form: messages that concern no field shown, then a link per field in error,
 * in the order of the page, each pointing at the id of the input (or, for a mistake of a whole row or group, of its
 * first input) so that following it puts the focus where the correction is typed.
 */
public record ErrorSummary(List<String> general, List<Link> links) {

    /**
     * Where a field's mistake is corrected.
     *
     * @param field the field's name in the request, as the API names it in its errors
     * @param id    the id of the input that takes the correction
     * @param label what the page calls the field, so that links saying "required" each say which field
     */
    public record Target(String field, String id, String label) {
    }

    /** @param target the id of the element the link leads to */
    public record Link(String target, String label, String message) {
    }
}
