package it.cartella.app.command;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The command path waits for the durability flush after the events are appended, and fails if it fails. */
class DurableCommandsTest {

    @Test
    void theFlushComesAfterTheEventStoreAppendedTheCommandsEventsAndBeforeTheAnswer() {
        List<String> steps = new ArrayList<>();
        DurableCommands interceptor = new DurableCommands(() -> steps.add("flush"));
        ResultMessage<?> answer = handle(interceptor, steps);
        steps.add("answer");
        assertThat(answer.isExceptional()).isFalse();
        assertThat(steps).containsExactly("handle", "append", "flush", "answer");
    }

    @Test
    void aFailedFlushFailsTheCommand() {
        List<String> steps = new ArrayList<>();
        DurableCommands interceptor = new DurableCommands(() -> {
            throw new IllegalStateException("the file could not be written");
        });
        ResultMessage<?> answer = handle(interceptor, steps);
        assertThat(answer.isExceptional()).isTrue();
        assertThat(answer.exceptionResult()).hasMessageContaining("could not be written");
    }

    /** As the command bus runs a handler: in a unit of work whose event publication appends at prepare-commit. */
    private static ResultMessage<?> handle(DurableCommands interceptor, List<String> steps) {
        CommandMessage<?> command = GenericCommandMessage.asCommandMessage("open a case");
        DefaultUnitOfWork<CommandMessage<?>> unitOfWork = DefaultUnitOfWork.startAndGet(command);
        return unitOfWork.executeWithResult(() -> interceptor.handle(unitOfWork, () -> {
            steps.add("handle");
            // What the event bus does when the handler applies an event.
            unitOfWork.onPrepareCommit(u -> steps.add("append"));
            return "case opened";
        }));
    }
}
