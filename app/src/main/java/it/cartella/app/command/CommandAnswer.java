package it.cartella.app.command;

import org.springframework.http.HttpStatus;

/**
 * What a command request answers when it succeeds: the status, the resource it concerns, and a body of ids only,
 * so that the answer can be stored for retries without storing personal data.
 */
public record CommandAnswer<T>(HttpStatus status, String location, T body) {

    public static <T> CommandAnswer<T> created(String location, T body) {
        return new CommandAnswer<>(HttpStatus.CREATED, location, body);
    }

    public static <T> CommandAnswer<T> ok(String location, T body) {
        return new CommandAnswer<>(HttpStatus.OK, location, body);
    }
}
