package dev.rapport.support.outbox;

import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The relay's producer configuration: the application's {@code kafka.*} settings (bootstrap
 * servers, security, TLS) with the guarantees and timeouts the relay depends on laid over them.
 */
final class OutboxProducerSettings {
  private OutboxProducerSettings() {}

  static Map<String, Object> from(Map<String, Object> applicationKafkaConfig, String clientId) {
    Map<String, Object> settings = new HashMap<>(applicationKafkaConfig);
    // Consumer settings the application config may carry; a producer would log them as unused.
    settings.keySet().removeIf(key -> key.startsWith("group.") || key.startsWith("auto.offset"));
    settings.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
    settings.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    settings.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
    // No duplicates from the producer's own retries, and order kept per partition across them.
    settings.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
    settings.put(ProducerConfig.ACKS_CONFIG, "all");
    settings.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, "5");
    // A dead broker shows within seconds: the batch fails, its rows wait, the relay backs off.
    settings.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "3000");
    settings.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "2000");
    settings.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "5000");
    // The relay flushes after each batch, so lingering costs no latency but fills batches.
    settings.put(ProducerConfig.LINGER_MS_CONFIG, "5");
    return settings;
  }
}
