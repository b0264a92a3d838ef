package dev.rapport.support.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.junit.jupiter.api.Test;

class OutboxProducerSettingsTest {

  @Test
  void keepsTheApplicationsConnectionSettingsAndDropsConsumerOnes() {
    Map<String, Object> settings =
        OutboxProducerSettings.from(
            Map.of(
                "bootstrap.servers", "broker:9092",
                "security.protocol", "SSL",
                "group.id", "ticket-service",
                "acks", "1"),
            "ticket-service-outbox");

    assertThat(settings)
        .containsEntry("bootstrap.servers", "broker:9092")
        .containsEntry("security.protocol", "SSL")
        .containsEntry(ProducerConfig.CLIENT_ID_CONFIG, "ticket-service-outbox")
        .containsEntry(ProducerConfig.ACKS_CONFIG, "all")
        .containsEntry(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true")
        .doesNotContainKey("group.id");
  }

  @Test
  void noticesADeadBrokerWithinSecondsAndIsAValidProducerConfig() {
    Map<String, Object> settings =
        OutboxProducerSettings.from(Map.of("bootstrap.servers", "broker:9092"), "x");
    long linger = Long.parseLong((String) settings.get(ProducerConfig.LINGER_MS_CONFIG));
    long request = Long.parseLong((String) settings.get(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG));
    long delivery =
        Long.parseLong((String) settings.get(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG));

    // Kafka refuses delivery.timeout.ms < linger.ms + request.timeout.ms.
    assertThat(delivery).isGreaterThanOrEqualTo(linger + request).isLessThanOrEqualTo(10_000);
    assertThat(Long.parseLong((String) settings.get(ProducerConfig.MAX_BLOCK_MS_CONFIG)))
        .isLessThanOrEqualTo(5_000);
    new ProducerConfig(settings); // throws on an invalid combination
  }
}
