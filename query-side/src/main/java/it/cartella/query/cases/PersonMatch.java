package it.cartella.query.cases;

import it.cartella.kernel.privacy.PersonalData;

import java.time.LocalDate;

import static it.cartella.kernel.privacy.PersonalDataCategory.IDENTIFYING;

/** A registered person whose names or codice fiscale match the words a user typed, before anyone decides who may see them. */
public record PersonMatch(String personId,
                          @PersonalData(IDENTIFYING) String codiceFiscale,
                          @PersonalData(IDENTIFYING) String firstName,
                          @PersonalData(IDENTIFYING) String lastName,
                          @PersonalData(IDENTIFYING) LocalDate birthDate) {
}
