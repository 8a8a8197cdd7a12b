package it.cartella.app.reliability;

import it.cartella.app.CartellaAppTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import reactor.core.scheduler.Schedulers;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * More commands at once than Reactor's shared blocking pool has threads: each is authorized against the access log,
 * which is written on that pool. Found by the load generator: with commands on the same pool, every thread waited for
 * a task queued behind itself and the command side stopped for good. Every command must be answered.
 */
class CommandThroughputTest extends CartellaAppTest {

    @Test
    void moreConcurrentCommandsThanBlockingThreadsAreAllAnswered() throws Exception {
        String caseId = (String) web.post().uri("/api/cases").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(TestPeople.openCase("Corrado", "Affollati")).exchange().expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("caseId");
        int concurrent = Schedulers.DEFAULT_BOUNDED_ELASTIC_SIZE + 10;
        ExecutorService clients = Executors.newFixedThreadPool(concurrent);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> answers = IntStream.range(0, concurrent).mapToObj(i -> clients.submit(() -> {
                start.await();
                return web.post().uri("/api/cases/{id}/notes", caseId).contentType(MediaType.APPLICATION_JSON)
                        .bodyValue(Map.of("notedOn", "2025-02-12", "text", "Nota " + i)).exchange()
                        .returnResult(String.class).getStatus().value();
            })).toList();
            start.countDown();
            for (Future<Integer> answer : answers) {
                assertThat(answer.get()).isEqualTo(200);
            }
        } finally {
            clients.shutdownNow();
        }
    }
}
