package it.cartella.kernel.privacy;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a field (usually a record component of an event) that holds personal data, with its category.
 * The event serializer encrypts such fields with the data subject's key (crypto-shredding), and read models
 * filter them by the categories a user was granted. Every personal-data field must carry it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.METHOD, ElementType.PARAMETER})
public @interface PersonalData {
    PersonalDataCategory value();
}
