package it.cartella.eventstore.privacy;

import it.cartella.kernel.privacy.DataSubject;
import it.cartella.kernel.privacy.PersonalData;

import java.lang.reflect.AccessibleObject;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a class says about personal data: which properties hold it (with {@link PersonalData}), which one names the
 * data subject (with {@link DataSubject}), and which properties may hold nested objects that say more. Records are
 * read through their components, other classes (aggregates, sagas) through their fields; computed once per class.
 */
record PersonalFields(List<Property> properties, Property subject) {

    private static final Map<Class<?>, PersonalFields> CACHE = new ConcurrentHashMap<>();
    private static final PersonalFields NONE = new PersonalFields(List.of(), null);

    /** One property as Jackson names it, with how to read it from an instance. */
    record Property(String name, AccessibleObject reader, boolean personal) {
        Object read(Object instance) {
            try {
                return reader instanceof Method method ? method.invoke(instance) : ((Field) reader).get(instance);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("Cannot read " + name + " of " + instance.getClass().getName(), e);
            }
        }
    }

    static PersonalFields of(Class<?> type) {
        return CACHE.computeIfAbsent(type, PersonalFields::inspect);
    }

    boolean mayHoldPersonalData() {
        return !properties.isEmpty();
    }

    private static PersonalFields inspect(Class<?> type) {
        if (type.isPrimitive() || type.isEnum() || type.getName().startsWith("java.")) {
            return NONE;
        }
        List<Property> properties = new ArrayList<>();
        Property subject = null;
        for (Candidate candidate : candidates(type)) {
            boolean personal = candidate.element().isAnnotationPresent(PersonalData.class);
            boolean isSubject = candidate.element().isAnnotationPresent(DataSubject.class);
            candidate.reader().setAccessible(true);
            Property property = new Property(candidate.name(), candidate.reader(), personal);
            if (isSubject) {
                subject = property;
            }
            // Nested objects are inspected lazily at run time by their own class; keep every non-trivial property.
            if (personal || mayNest(candidate.type())) {
                properties.add(property);
            }
        }
        return properties.isEmpty() ? NONE : new PersonalFields(List.copyOf(properties), subject);
    }

    private static boolean mayNest(Class<?> type) {
        return Collection.class.isAssignableFrom(type)
                || (!type.isPrimitive() && !type.isEnum() && !type.getName().startsWith("java.")
                && !type.getName().startsWith("it.cartella.kernel.id."));
    }

    private record Candidate(String name, AccessibleObject element, AccessibleObject reader, Class<?> type) {
    }

    private static List<Candidate> candidates(Class<?> type) {
        List<Candidate> candidates = new ArrayList<>();
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                // Annotations on a record component propagate to its field, which we read them from.
                Field field = declaredField(type, component.getName());
                candidates.add(new Candidate(component.getName(), field, component.getAccessor(), component.getType()));
            }
            return candidates;
        }
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers()) && !Modifier.isTransient(field.getModifiers())) {
                    candidates.add(new Candidate(field.getName(), field, field, field.getType()));
                }
            }
        }
        return candidates;
    }

    private static Field declaredField(Class<?> type, String name) {
        try {
            return type.getDeclaredField(name);
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("Record " + type.getName() + " has no field " + name, e);
        }
    }
}
