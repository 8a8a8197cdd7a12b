package it.cartella.app.access;

import it.cartella.kernel.privacy.PersonalData;
import it.cartella.kernel.privacy.PersonalDataCategory;

import java.lang.reflect.RecordComponent;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * Which category each field of a read model belongs to, read from the {@link PersonalData} annotations of the
 * events the read model copies its fields from: a read-model field has the name of the event component it copies.
 * So the categories are written once, on the events, and a field added to an event with its category is filtered
 * in every read model that copies it, with nothing to keep in step by hand.
 */
public final class PersonalDataFields {

    private final Map<String, PersonalDataCategory> categories;

    private PersonalDataFields(Map<String, PersonalDataCategory> categories) {
        this.categories = Collections.unmodifiableMap(categories);
    }

    /**
     * @param sources the event records the read model is built from
     * @throws IllegalStateException when two events give one field name two categories: the read model could not
     *                               tell which applies
     */
    public static PersonalDataFields of(Class<?>... sources) {
        Map<String, PersonalDataCategory> categories = new HashMap<>();
        for (Class<?> source : sources) {
            if (!source.isRecord()) {
                throw new IllegalArgumentException(source.getName() + " is not a record");
            }
            for (RecordComponent component : source.getRecordComponents()) {
                PersonalData annotation = component.getAnnotation(PersonalData.class);
                if (annotation == null) {
                    continue;
                }
                PersonalDataCategory previous = categories.putIfAbsent(component.getName(), annotation.value());
                if (previous != null && previous != annotation.value()) {
                    throw new IllegalStateException("Field '" + component.getName() + "' is " + previous
                            + " in one event and " + annotation.value() + " in " + source.getName());
                }
            }
        }
        return new PersonalDataFields(categories);
    }

    /** Field name to category, for the personal fields only. */
    public Map<String, PersonalDataCategory> categories() {
        return categories;
    }
}
