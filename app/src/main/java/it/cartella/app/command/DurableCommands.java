package it.cartella.app.command;

import it.cartella.eventstore.DurabilityBarrier;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.stereotype.Component;

/**
 * An accepted command is on disk before its answer leaves, whichever route sent it (API, web form, saga, deadline).
 *
 * <p>The event store appends at memory speed; this interceptor makes every command wait, in its commit phase (after
 * the events were appended, before the answer is given), for a flush of the store that began after those writes: the
 * events, and whatever the command wrote before them (subject keys, codice fiscale claims). A failed flush fails the
 * command. On the embedded server the barrier is a group commit, so concurrent commands share one flush; on a real
 * MongoDB the writes themselves wait for a journaled majority and the barrier does nothing.
 */
@Component
class DurableCommands implements MessageHandlerInterceptor<CommandMessage<?>> {

    private final DurabilityBarrier barrier;

    DurableCommands(DurabilityBarrier barrier) {
        this.barrier = barrier;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork,
                         InterceptorChain interceptorChain) throws Exception {
        // Commit handlers run after every prepare-commit handler, and so after the event store's append.
        unitOfWork.onCommit(committing -> barrier.awaitDurable());
        return interceptorChain.proceed();
    }
}
