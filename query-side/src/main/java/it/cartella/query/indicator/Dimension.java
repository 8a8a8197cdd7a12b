package it.cartella.query.indicator;

/**
 * What an indicator can be broken down by, besides the period. A fact without the value (a plan has no funding
 * source) falls in the row {@link #NOT_GIVEN}.
 */
public enum Dimension {
    COMUNE, SUB_AREA, MACRO_AREA, FUNDING_SOURCE, SERVICE, ORGANISATION;

    public static final String NOT_GIVEN = "ND";

    public String of(Fact fact, Plan plan) {
        String value = switch (this) {
            case COMUNE -> fact.comune();
            case SUB_AREA -> plan.subAreaOf(fact.comune());
            case MACRO_AREA -> fact.macroArea();
            case FUNDING_SOURCE -> fact.fundingSource();
            case SERVICE -> fact.service();
            case ORGANISATION -> fact.organisation();
        };
        return value == null ? NOT_GIVEN : value;
    }
}
