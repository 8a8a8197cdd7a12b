package it.cartella.app.operations;

import it.cartella.app.CartellaAppTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class EventProcessorMetricsTest extends CartellaAppTest {

    private static final Pattern CASE_VIEW_LAG =
            Pattern.compile("cartella_event_processor_lag_events\\{processor=\"[^\"]*\"[^}]*} ([0-9.E]+)");

    @Test
    void prometheusShowsEveryTrackingProcessorsLagAndItReachesZero() {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            String metrics = web.get().uri("/actuator/prometheus").exchange()
                    .expectStatus().isOk()
                    .expectBody(String.class).returnResult().getResponseBody();
            assertThat(metrics).contains("cartella_event_processor_caught_up{processor=");
            Matcher lag = CASE_VIEW_LAG.matcher(metrics);
            assertThat(lag.find()).isTrue();
            assertThat(Double.parseDouble(lag.group(1))).isZero();
        });
    }
}
