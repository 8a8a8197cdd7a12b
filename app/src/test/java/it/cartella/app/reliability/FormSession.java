package it.cartella.app.reliability;

import org.springframework.http.ResponseCookie;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** A browser's session with the web UI, driven over HTTP: the session cookie and the page's CSRF token. */
record FormSession(String cookie, String csrf) {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    /** The session the sign-in page opens, before anyone signs in. */
    static FormSession anonymous(WebTestClient client) {
        EntityExchangeResult<String> page = client.get().uri("/login").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult();
        return new FormSession(cookie(page), csrf(page.getResponseBody()));
    }

    /** Posts the sign-in form; the answer says where the browser goes next. */
    EntityExchangeResult<byte[]> signIn(WebTestClient client, String username, String password) {
        return client.post().uri("/login").cookie("SESSION", cookie)
                .body(BodyInserters.fromFormData("username", username).with("password", password)
                        .with("_csrf", csrf))
                .exchange().expectBody().returnResult();
    }

    /** Signed in with the demo password, on the session the sign-in gives, with a token from a page of that session. */
    static FormSession signedIn(WebTestClient client, String username) {
        FormSession before = anonymous(client);
        EntityExchangeResult<byte[]> answer = before.signIn(client, username, "demo");
        assertThat(answer.getStatus().is3xxRedirection()).as("signed in").isTrue();
        String session = cookie(answer);
        EntityExchangeResult<String> page = client.get().uri("/cases/new").cookie("SESSION", session).exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult();
        return new FormSession(session, csrf(page.getResponseBody()));
    }

    static String cookie(EntityExchangeResult<?> result) {
        ResponseCookie cookie = result.getResponseCookies().getFirst("SESSION");
        assertThat(cookie).as("session cookie").isNotNull();
        return cookie.getValue();
    }

    static String csrf(String page) {
        Matcher matcher = CSRF.matcher(page);
        assertThat(matcher.find()).as("CSRF field in the page").isTrue();
        return matcher.group(1);
    }
}
