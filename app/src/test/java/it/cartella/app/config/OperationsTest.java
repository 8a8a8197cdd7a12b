package it.cartella.app.config;

import it.cartella.app.CartellaAppTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

class OperationsTest extends CartellaAppTest {

    @Test
    void healthIsUpWithTheDatabase() {
        web.get().uri("/actuator/health").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.status").isEqualTo("UP")
                .jsonPath("$.components.mongo.status").isEqualTo("UP");
    }

    @Test
    void theOpenApiDocumentDescribesTheCaseApi() {
        web.get().uri("/api/docs").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.info.title").isEqualTo("Cartella API")
                .jsonPath("$.paths['/api/cases'].post").exists()
                .jsonPath("$.paths['/api/cases/{caseId}'].get").exists();
    }

    @Test
    void anUnknownAddressIsAProblemToo() {
        web.get().uri("/api/nowhere").exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.code").isEqualTo("NOT_FOUND")
                .jsonPath("$.detail").isEqualTo("L'indirizzo richiesto non esiste.");
    }

    @Test
    void aWrongMethodIsAProblem() {
        web.delete().uri("/api/cases").exchange()
                .expectStatus().isEqualTo(405)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("METHOD_NOT_ALLOWED");
    }
}
