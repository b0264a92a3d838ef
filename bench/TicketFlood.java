import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Publishes N rapport.ticket.opened.v1 CloudEvents to rapport.tickets.v1, each needing one of the
 * given skills, as ticket-service's relay would (binary mode, key = ticket id), raised by an agent
 * for the given requesters in turn. For bench/skills.sh and bench/notifications.sh:
 *
 * <pre>java -cp "deploy/local/target/lib/*" bench/TicketFlood.java localhost:19092 10000 skill-a,skill-b [ann@x,bob@x]</pre>
 */
public class TicketFlood {
  public static void main(String[] args) throws Exception {
    String bootstrap = args[0];
    int count = Integer.parseInt(args[1]);
    String[] skills = args[2].split(",");
    String[] requesters = args.length > 3 ? args[3].split(",") : new String[] {"bench@example.com"};
    Properties props = new Properties();
    props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    props.put(ProducerConfig.LINGER_MS_CONFIG, "5");
    long start = System.nanoTime();
    try (KafkaProducer<String, String> producer = new KafkaProducer<>(props)) {
      for (int i = 0; i < count; i++) {
        String id = UUID.randomUUID().toString();
        String now = Instant.now().toString();
        String data =
            "{\"ticket\":{\"id\":\"" + id + "\",\"key\":\"B-" + (i + 1) + "\",\"type\":\"INCIDENT\","
                + "\"title\":\"bench\",\"status\":\"NEW\",\"priority\":\"P3\",\"impact\":\"LOW\","
                + "\"urgency\":\"MEDIUM\",\"requester\":\"" + requesters[i % requesters.length] + "\",\"assignee\":null,"
                + "\"teamId\":null,\"requiredSkills\":[\"" + skills[i % skills.length] + "\"],"
                + "\"watchers\":[],\"stakeholders\":[],\"progress\":{\"completed\":0,\"total\":0},"
                + "\"createdAt\":\"" + now + "\",\"updatedAt\":\"" + now + "\"},"
                + "\"actor\":\"bench-agent@example.com\",\"description\":\"bench\"}";
        ProducerRecord<String, String> record = new ProducerRecord<>("rapport.tickets.v1", id, data);
        header(record, "ce_specversion", "1.0");
        header(record, "ce_id", UUID.randomUUID().toString());
        header(record, "ce_type", "rapport.ticket.opened.v1");
        header(record, "ce_source", "/rapport/bench");
        header(record, "ce_subject", id);
        header(record, "ce_time", now);
        header(record, "content-type", "application/json");
        producer.send(record);
      }
      producer.flush();
    }
    System.out.printf("%d %.0f%n", count, (System.nanoTime() - start) / 1e6);
  }

  private static void header(ProducerRecord<String, String> record, String name, String value) {
    record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
  }
}
