package it.cartella.app.command;

import it.cartella.kernel.adi.AdiApplicationReceived;
import it.cartella.kernel.adi.SflStarted;
import it.cartella.kernel.contact.ContactRecorded;
import it.cartella.kernel.discharge.ProtectedDischargeStarted;
import it.cartella.kernel.household.HouseholdRegistered;
import it.cartella.kernel.id.AdiBenefitId;
import it.cartella.kernel.id.CaseId;
import it.cartella.kernel.id.ContactId;
import it.cartella.kernel.id.DischargeId;
import it.cartella.kernel.id.HouseholdId;
import it.cartella.kernel.id.InterventionId;
import it.cartella.kernel.id.PaisId;
import it.cartella.kernel.id.PersonId;
import it.cartella.kernel.id.SflBenefitId;
import it.cartella.kernel.id.TirocinioId;
import it.cartella.kernel.intervention.InterventionActivated;
import it.cartella.kernel.pais.PaisDrafted;
import it.cartella.kernel.person.PersonRegistered;
import it.cartella.kernel.privacy.DataSubject;
import it.cartella.kernel.tirocinio.TirocinioActivated;
import org.axonframework.eventhandling.DomainEventMessage;
import org.springframework.stereotype.Component;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Map;
import java.util.Optional;

/**
 * Whom a record named by its own id belongs to, read from the event that created it: a plan, an intervention, a
 * tirocinio, a discharge or a benefit names its case there; a person, a household or a contact belongs to no one
 * case, and is known by the organisation that recorded it and the person it concerns.
 */
@Component
class RecordOwners {

    /**
     * The event each kind of record is created by. An id of one kind naming a record of another kind is treated as
     * unknown, so that a route cannot be used to reach a record it is not for.
     */
    private static final Map<Class<?>, Class<?>> CREATED_BY = Map.of(
            PaisId.class, PaisDrafted.class,
            InterventionId.class, InterventionActivated.class,
            TirocinioId.class, TirocinioActivated.class,
            DischargeId.class, ProtectedDischargeStarted.class,
            AdiBenefitId.class, AdiApplicationReceived.class,
            SflBenefitId.class, SflStarted.class,
            PersonId.class, PersonRegistered.class,
            HouseholdId.class, HouseholdRegistered.class,
            ContactId.class, ContactRecorded.class);

    private final AggregateFacts facts;

    RecordOwners(AggregateFacts facts) {
        this.facts = facts;
    }

    /**
     * @param creation   the creating event
     * @param caseId     the case the record belongs to; null for a person, a household or a contact
     * @param recordedBy the organisation of the user who created the record
     * @param personId   the person the record concerns, when it names one
     */
    record Owner(Object creation, String caseId, String recordedBy, String personId) {
    }

    /** Empty when there is no record of that kind under the id. */
    Optional<Owner> of(Object recordId) {
        Optional<DomainEventMessage<?>> created = facts.creationMessage(recordId.toString());
        Class<?> expected = CREATED_BY.get(recordId.getClass());
        if (created.isEmpty() || (expected != null && !expected.isInstance(created.get().getPayload()))) {
            return Optional.empty();
        }
        Object creation = created.get().getPayload();
        Object organisation = created.get().getMetaData().get(CommandSender.ORGANISATION);
        CaseId caseId = component(creation, CaseId.class, false);
        PersonId personId = component(creation, PersonId.class, true);
        return Optional.of(new Owner(creation, caseId == null ? null : caseId.value(),
                organisation == null ? null : organisation.toString(), personId == null ? null : personId.value()));
    }

    /** The event's first component of that type; with {@code subject}, the one marked as the data subject first. */
    private static <T> T component(Object event, Class<T> type, boolean subject) {
        if (!event.getClass().isRecord()) {
            return null;
        }
        T first = null;
        for (RecordComponent component : event.getClass().getRecordComponents()) {
            if (component.getType() == type) {
                T value = type.cast(read(component, event));
                if (subject && component.isAnnotationPresent(DataSubject.class) && value != null) {
                    return value;
                }
                first = first == null ? value : first;
            }
        }
        return first;
    }

    static Object read(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Messages' components are public record accessors", e);
        }
    }
}
