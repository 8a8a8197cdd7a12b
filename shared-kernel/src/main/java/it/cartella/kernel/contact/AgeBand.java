package it.cartella.kernel.contact;

/** An approximate age, for counting contacts whose person is not identified. */
public enum AgeBand {
    MINOR,
    AGE_18_29,
    AGE_30_44,
    AGE_45_64,
    AGE_65_74,
    AGE_75_PLUS
}
