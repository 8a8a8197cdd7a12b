package it.cartella.query.indicator;

/** The four levels of the regional template (DGR XII/2167/2024): need, process, result, change. */
public enum IndicatorType {
    INPUT, PROCESSO, OUTPUT, IMPATTO
}
