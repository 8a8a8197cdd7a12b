package it.cartella.app.config;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells whoever started Cartella where to point a browser, once it accepts requests. */
@Component
class ReadyAnnouncement {

    private static final Logger log = LoggerFactory.getLogger(ReadyAnnouncement.class);

    @EventListener
    void announce(ApplicationReadyEvent event) {
        if (event.getApplicationContext() instanceof WebServerApplicationContext web) {
            int port = web.getWebServer().getPort();
            // The web application's address first: most people who start it will sign in with a browser.
            log.info("Cartella is ready at http://localhost:{}/ (API: http://localhost:{}/api/cases, "
                    + "API docs: http://localhost:{}/api/docs/ui)", port, port, port);
        }
    }
}
