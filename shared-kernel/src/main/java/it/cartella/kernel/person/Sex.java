package it.cartella.kernel.person;

/** Sex as recorded in the codice fiscale and in the civil registry (anagrafe): the only two values they know. */
public enum Sex {
    M,
    F
}
