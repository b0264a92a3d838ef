import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * The load and the reader of bench/sla.sh (run with {@code java -cp "deploy/local/target/lib/*"}):
 *
 * <pre>
 * creates  URL TOKEN SECONDS CLIENTS [SERVICE_ID]  POSTs tickets for SECONDS from CLIENTS threads;
 *                                                prints "created failed per_second"
 * warnings BOOTSTRAP SERVICE_ID COUNT TIMEOUT_S   reads rapport.tickets.v1 until COUNT RESPONSE
 *                                                warnings of tickets of SERVICE_ID arrived (or the
 *                                                timeout); prints "count p50_ms p99_ms max_ms"
 * </pre>
 *
 * A warning's instant is its dueAt less the share of the target still left ((1 - threshold) x
 * target): exact on the 24x7 calendar with no pause, which is what the bench's policy uses. Its
 * latency is the record's timestamp (set when ticket-service's relay sent it) minus that instant
 * (same machine, same clock), so the reader may start after the warnings went out.
 */
public class SlaBench {
  private static final ObjectMapper JSON = new ObjectMapper();

  public static void main(String[] args) throws Exception {
    switch (args[0]) {
      case "creates" -> creates(args);
      case "warnings" -> warnings(args);
      default -> throw new IllegalArgumentException("creates or warnings, not " + args[0]);
    }
  }

  private static void creates(String[] args) throws Exception {
    URI uri = URI.create(args[1] + "/api/v1/tickets");
    String token = args[2];
    long seconds = Long.parseLong(args[3]);
    int clients = Integer.parseInt(args[4]);
    String service = args.length > 5 ? ",\"businessServiceId\":\"" + args[5] + "\"" : "";
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    AtomicLong created = new AtomicLong();
    AtomicLong failed = new AtomicLong();
    long start = System.nanoTime();
    long end = start + TimeUnit.SECONDS.toNanos(seconds);
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    for (int c = 0; c < clients; c++) {
      pool.submit(
          () -> {
            while (System.nanoTime() < end) {
              String body =
                  "{\"type\":\"INCIDENT\",\"title\":\"SLA bench " + UUID.randomUUID() + "\","
                      + "\"description\":\"bench\",\"impact\":\"HIGH\",\"urgency\":\"HIGH\""
                      + service + "}";
              HttpRequest request =
                  HttpRequest.newBuilder(uri)
                      .timeout(Duration.ofSeconds(30))
                      .header("Authorization", "Bearer " + token)
                      .header("Content-Type", "application/json")
                      .POST(HttpRequest.BodyPublishers.ofString(body))
                      .build();
              try {
                int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                (status == 201 ? created : failed).incrementAndGet();
              } catch (Exception e) {
                failed.incrementAndGet();
              }
            }
            return null;
          });
    }
    pool.shutdown();
    pool.awaitTermination(seconds + 60, TimeUnit.SECONDS);
    double elapsed = (System.nanoTime() - start) / 1e9;
    System.out.printf("%d %d %.0f%n", created.get(), failed.get(), created.get() / elapsed);
  }

  private static void warnings(String[] args) throws Exception {
    String service = args[2];
    int count = Integer.parseInt(args[3]);
    long deadline = System.currentTimeMillis() + Long.parseLong(args[4]) * 1000;
    Properties props = new Properties();
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, args[1]);
    props.put(ConsumerConfig.GROUP_ID_CONFIG, "sla-bench-" + UUID.randomUUID());
    props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    List<Long> latencies = new ArrayList<>();
    try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props)) {
      consumer.subscribe(List.of("rapport.tickets.v1"));
      while (latencies.size() < count && System.currentTimeMillis() < deadline) {
        for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(100))) {
          if (!"rapport.ticket.sla-warning.v1".equals(header(record, "ce_type"))) {
            continue;
          }
          JsonNode data = JSON.readTree(record.value());
          if (!service.equals(data.at("/ticket/businessServiceId").asText())
              || !"RESPONSE".equals(data.at("/clock").asText())) {
            continue;
          }
          Duration target = Duration.parse(data.at("/target").asText());
          double left = 1 - data.at("/threshold").asDouble();
          Instant passed =
              Instant.parse(data.at("/dueAt").asText())
                  .minusMillis(Math.round(target.toMillis() * left));
          latencies.add(record.timestamp() - passed.toEpochMilli());
        }
      }
    }
    Collections.sort(latencies);
    System.out.printf(
        "%d %s %s %s%n",
        latencies.size(),
        percentile(latencies, 50),
        percentile(latencies, 99),
        latencies.isEmpty() ? "n/a" : latencies.get(latencies.size() - 1));
  }

  /** Nearest rank; n/a when there are none. */
  private static String percentile(List<Long> sorted, int p) {
    if (sorted.isEmpty()) {
      return "n/a";
    }
    int rank = (int) Math.ceil(p / 100.0 * sorted.size());
    return String.valueOf(sorted.get(Math.max(0, rank - 1)));
  }

  private static String header(ConsumerRecord<String, String> record, String name) {
    Header header = record.headers().lastHeader(name);
    return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
  }
}
