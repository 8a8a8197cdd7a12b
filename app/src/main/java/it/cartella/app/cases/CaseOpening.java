package it.cartella.app.cases;

import it.cartella.command.person.CodiceFiscaleRegistry;
import it.cartella.kernel.id.CaseId;
import it.cartella.kernel.id.PersonId;
import it.cartella.kernel.person.PersonAlreadyRegisteredException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Opens a case for a person, registering the person first unless their codice fiscale is already known: one person,
 * one record, however many services take them in charge.
 */
@Service
public class CaseOpening {

    private final CommandGateway commandGateway;
    private final CodiceFiscaleRegistry codiceFiscaleRegistry;

    CaseOpening(CommandGateway commandGateway, CodiceFiscaleRegistry codiceFiscaleRegistry) {
        this.commandGateway = commandGateway;
        this.codiceFiscaleRegistry = codiceFiscaleRegistry;
    }

    /** Validates the whole request first: a request with any mistake stores nothing. */
    public Mono<CaseId> open(OpenCaseRequest request) {
        return Mono.fromCallable(() -> CaseIntake.from(request, CaseId.newId(), PersonId.newId()))
                // The command bus and the event store block: keep them off the server's event loop.
                .publishOn(Schedulers.boundedElastic())
                .map(this::send);
    }

    private CaseId send(CaseIntake intake) {
        PersonId personId = codiceFiscaleRegistry.find(intake.codiceFiscale()).orElseGet(() -> register(intake));
        commandGateway.sendAndWait(intake.openCaseFor(personId));
        return intake.openCase().caseId();
    }

    private PersonId register(CaseIntake intake) {
        try {
            commandGateway.sendAndWait(intake.registerPerson());
            return intake.registerPerson().personId();
        } catch (PersonAlreadyRegisteredException registeredMeanwhile) {
            return registeredMeanwhile.existingPersonId();
        }
    }
}
