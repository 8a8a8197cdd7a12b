package it.cartella.app.config;

/** A configuration Cartella refuses to start with; the operator reads the message and the action, not a trace. */
public class StartupRefusedException extends IllegalStateException {

    private final String action;

    public StartupRefusedException(String message, String action) {
        super(message);
        this.action = action;
    }

    public String action() {
        return action;
    }
}
