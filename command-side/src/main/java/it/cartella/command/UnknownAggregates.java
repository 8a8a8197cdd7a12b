package it.cartella.command;

import it.cartella.kernel.error.DomainException;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.util.Map;

/**
 * Turns Axon's "aggregate not found" into a domain error with a stable code per kind of record (CASE_NOT_FOUND,
 * PERSON_NOT_FOUND...), so a command naming a case, plan or person that does not exist gets a 404 with a message
 * in Italian and English, like every other mistake a user can make, instead of a framework exception.
 * The kind is read from the command's feature package in the kernel.
 */
@Component
public class UnknownAggregates implements MessageHandlerInterceptor<CommandMessage<?>> {

    private record Kind(String code, String it, String en) {
    }

    private static final Map<String, Kind> BY_FEATURE = Map.of(
            "cases", new Kind("CASE_NOT_FOUND", "Il caso indicato non esiste.", "No such case."),
            "person", new Kind("PERSON_NOT_FOUND", "La persona indicata non esiste.", "No such person."),
            "pais", new Kind("PAIS_NOT_FOUND", "Il piano indicato non esiste.", "No such plan."),
            "tirocinio", new Kind("TIROCINIO_NOT_FOUND", "Il tirocinio indicato non esiste.", "No such traineeship."),
            "discharge", new Kind("DISCHARGE_NOT_FOUND", "La dimissione protetta indicata non esiste.",
                    "No such protected discharge."),
            "intervention", new Kind("INTERVENTION_NOT_FOUND", "L'intervento indicato non esiste.",
                    "No such intervention."),
            "household", new Kind("HOUSEHOLD_NOT_FOUND", "Il nucleo indicato non esiste.", "No such household."),
            "contact", new Kind("CONTACT_NOT_FOUND", "Il contatto indicato non esiste.", "No such contact."));

    private static final Kind ANY = new Kind("NOT_FOUND", "L'elemento indicato non esiste.", "No such record.");

    /** Registers on the application's command bus. */
    @Autowired
    void registerOn(CommandBus commandBus) {
        commandBus.registerHandlerInterceptor(this);
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain interceptorChain)
            throws Exception {
        try {
            return interceptorChain.proceed();
        } catch (AggregateNotFoundException e) {
            Kind kind = kindOf(unitOfWork.getMessage().getPayloadType());
            throw DomainException.notFound(kind.code(), kind.it(), kind.en());
        }
    }

    private static Kind kindOf(Class<?> commandType) {
        String feature = commandType.getPackageName().substring(commandType.getPackageName().lastIndexOf('.') + 1);
        return BY_FEATURE.getOrDefault(feature, ANY);
    }
}
