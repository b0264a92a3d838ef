import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.rapport.events.EventPayload;
import dev.rapport.events.Topics;
import dev.rapport.events.engagement.SurveyAnswered;
import dev.rapport.events.engagement.SurveyTicket;
import dev.rapport.events.notification.NotificationDelivered;
import dev.rapport.events.notification.NotificationRead;
import dev.rapport.events.notification.NotificationRef;
import dev.rapport.events.skills.SkillGapChanged;
import dev.rapport.events.skills.TrainingCompleted;
import dev.rapport.events.skills.TrainingPlanSnapshot;
import dev.rapport.events.ticket.SlaSummary;
import dev.rapport.events.ticket.TicketAssigned;
import dev.rapport.events.ticket.TicketOpened;
import dev.rapport.events.ticket.TicketReopened;
import dev.rapport.events.ticket.TicketResolved;
import dev.rapport.events.ticket.TicketSlaBreached;
import dev.rapport.events.ticket.TicketSlaWarning;
import dev.rapport.events.ticket.TicketStatusChanged;
import dev.rapport.events.ticket.TicketSummary;
import dev.rapport.events.ticket.TicketUpdatePosted;
import dev.rapport.local.testing.TestTickets;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The load generator of bench/engagement.sh (run as a Java source file against deploy/local's
 * jars: {@code java -cp "deploy/local/target/rapport-local.jar:deploy/local/target/lib/*"
 * bench/EngagementBench.java <command> ...}). Commands, each printing one line of figures:
 *
 * <ul>
 *   <li>{@code publish <bootstrap> <events> <seed>}: the events of tickets' lives as the producers'
 *       relays publish them (CloudEvents in binary mode, the events module's records as JSON, keyed
 *       by aggregate) on rapport.tickets.v1, rapport.notifications.v1, rapport.skills.v1 and
 *       rapport.engagement.v1; prints "total tickets notifications skills engagement ms".
 *   <li>{@code ceiling <bootstrap> <expected>}: a plain KafkaConsumer reads the four topics from
 *       the start (new group); prints "records ms records_per_s".
 *   <li>{@code facts <url> <token> <facts> <days> <chunk> <clients>}: a history of facts spread
 *       over the last {@code days} days, 10 teams, 20 business services, 4 priorities, every kind,
 *       POSTed to /api/v1/facts:import as NDJSON in chunks; prints "sent accepted duplicates
 *       rejected ms".
 *   <li>{@code load <seconds> <clients> <token> <url>}: GETs of url from clients for seconds;
 *       prints "requests errors p50_ms p95_ms p99_ms max_ms".
 * </ul>
 */
public class EngagementBench {
  static final String[] PRIORITIES = {"P1", "P2", "P3", "P4"};
  static final String[] AUDIENCES = {"END_USER", "BUSINESS_OWNER", "EXECUTIVE", "IT"};
  static final String[] SEVERITIES = {"LOW", "MEDIUM", "HIGH", "CRITICAL"};
  static final int TEAMS = 10;
  static final int SERVICES = 20;

  public static void main(String[] args) throws Exception {
    switch (args[0]) {
      case "publish" -> publish(args[1], Integer.parseInt(args[2]), Long.parseLong(args[3]));
      case "ceiling" -> ceiling(args[1], Long.parseLong(args[2]));
      case "facts" ->
          facts(
              args[1],
              args[2],
              Integer.parseInt(args[3]),
              Integer.parseInt(args[4]),
              Integer.parseInt(args[5]),
              Integer.parseInt(args[6]));
      case "load" ->
          load(Integer.parseInt(args[1]), Integer.parseInt(args[2]), args[3], args[4]);
      default -> throw new IllegalArgumentException("unknown command " + args[0]);
    }
  }

  static UUID service(int i) {
    return UUID.nameUUIDFromBytes(("bench-service-" + (i % SERVICES)).getBytes());
  }

  static String team(int i) {
    return "team-" + (i % TEAMS);
  }

  // ---------------------------------------------------------------------------------------------
  // publish: ~10 events per ticket
  // ---------------------------------------------------------------------------------------------

  static final class Publisher implements AutoCloseable {
    final KafkaProducer<String, String> producer;
    final ObjectMapper json =
        new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .registerModule(new Jdk8Module())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    final Map<String, AtomicLong> counts = new TreeMap<>();

    Publisher(String bootstrap) {
      Properties props = new Properties();
      props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
      props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
      props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
      props.put(ProducerConfig.LINGER_MS_CONFIG, "20");
      props.put(ProducerConfig.BATCH_SIZE_CONFIG, "262144");
      props.put(ProducerConfig.ACKS_CONFIG, "all");
      producer = new KafkaProducer<>(props);
      for (String topic :
          List.of(Topics.TICKETS, Topics.NOTIFICATIONS, Topics.SKILLS, Topics.ENGAGEMENT)) {
        counts.put(topic, new AtomicLong());
      }
    }

    /**
     * A ce_id as the outboxes make them (support's TimeOrderedUuids, a UUID version 7: publish
     * time first, then random bits; support is not on this classpath).
     */
    private static UUID ceId() {
      long random = ThreadLocalRandom.current().nextLong();
      long millis = System.currentTimeMillis();
      return new UUID(
          (millis << 16) | 0x7000L | (random & 0x0FFFL),
          (ThreadLocalRandom.current().nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L);
    }

    void send(String topic, String source, EventPayload event, Instant time) throws Exception {
      String key = event.aggregateId();
      ProducerRecord<String, String> record =
          new ProducerRecord<>(topic, key, json.writeValueAsString(event));
      header(record, "ce_specversion", "1.0");
      header(record, "ce_id", ceId().toString());
      header(record, "ce_type", event.eventType());
      header(record, "ce_source", source);
      header(record, "ce_subject", key);
      header(record, "ce_time", time.toString());
      header(record, "content-type", "application/json");
      producer.send(
          record,
          (meta, e) -> {
            if (e != null) {
              System.err.println("send failed: " + e);
              System.exit(2);
            }
          });
      counts.get(topic).incrementAndGet();
    }

    long total() {
      return counts.values().stream().mapToLong(AtomicLong::get).sum();
    }

    @Override
    public void close() {
      producer.flush();
      producer.close();
    }
  }

  static void header(ProducerRecord<String, String> record, String name, String value) {
    record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
  }

  static void publish(String bootstrap, int events, long seed) throws Exception {
    Random random = new Random(seed);
    long start = System.nanoTime();
    Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    int tickets = 0;
    Publisher out = new Publisher(bootstrap);
    try (out) {
      while (out.total() < events) {
        ticketLife(out, random, tickets++, now);
      }
    }
    long ms = (System.nanoTime() - start) / 1_000_000;
    Map<String, AtomicLong> n = out.counts;
    System.out.printf(
        "%d %d %d %d %d %d %d%n",
        out.total(),
        n.get(Topics.TICKETS).get(),
        n.get(Topics.NOTIFICATIONS).get(),
        n.get(Topics.SKILLS).get(),
        n.get(Topics.ENGAGEMENT).get(),
        tickets,
        ms);
  }

  static void ticketLife(Publisher out, Random random, int i, Instant now) throws Exception {
    String tickets = "/rapport/ticket-service";
    UUID id = UUID.randomUUID();
    String requester = "user" + random.nextInt(5000) + "@bench.example.com";
    String agent = "agent" + random.nextInt(50) + "@bench.example.com";
    String priority = PRIORITIES[random.nextInt(4)];
    UUID serviceId = service(random.nextInt(SERVICES));
    String team = team(random.nextInt(TEAMS));
    Instant created = now.minusSeconds(86_400L * 30 - random.nextInt(86_400 * 29));
    Instant[] at = {created};
    TestTickets.Ticket t =
        TestTickets.ticket(id, "B-" + (i + 1))
            .priority(priority)
            .requester(requester)
            .teamId(team)
            .businessService(serviceId, "Bench service")
            .createdAt(created)
            .updatedAt(created);
    SlaSummary running =
        new SlaSummary(
            "bench",
            created.plusSeconds(3600),
            created.plusSeconds(86_400),
            created.plusSeconds(14_400),
            "RUNNING",
            "RUNNING",
            "RUNNING");
    t.sla(running);
    out.send(Topics.TICKETS, tickets, new TicketOpened(t.summary(), requester, "bench"), created);
    t.status("ASSIGNED").assignee(agent).updatedAt(step(at, random, 600));
    out.send(Topics.TICKETS, tickets, new TicketAssigned(t.summary(), agent, null, null), at[0]);
    t.status("IN_PROGRESS").updatedAt(step(at, random, 600));
    out.send(
        Topics.TICKETS,
        tickets,
        new TicketStatusChanged(t.summary(), agent, "ASSIGNED", "IN_PROGRESS", null),
        at[0]);
    t.sla(with(running, "MET", "RUNNING", "RUNNING")).updatedAt(step(at, random, 3600));
    out.send(
        Topics.TICKETS,
        tickets,
        new TicketUpdatePosted(t.summary(), agent, UUID.randomUUID(), "PUBLIC", "On it", false),
        at[0]);
    if (random.nextInt(3) == 0) {
      out.send(
          Topics.TICKETS,
          tickets,
          new TicketSlaWarning(
              t.summary(), null, "RESOLUTION", 1, 0.75, "P1D", running.resolutionDue(),
              "PT18H", "75% of the resolution target"),
          step(at, random, 3600));
    }
    boolean breached = random.nextInt(10) == 0;
    if (breached) {
      t.sla(with(running, "MET", "BREACHED", "RUNNING")).updatedAt(step(at, random, 3600));
      out.send(
          Topics.TICKETS,
          tickets,
          new TicketSlaBreached(
              t.summary(), null, "RESOLUTION", 1, 1.0, "P1D", running.resolutionDue(), "P1D",
              "the resolution target passed"),
          at[0]);
    }
    String resolution = breached ? "BREACHED" : "MET";
    resolve(out, t, running, resolution, agent, at, random);
    if (random.nextInt(10) == 0) {
      t.status("IN_PROGRESS").sla(with(running, "MET", "RUNNING", "RUNNING"));
      t.updatedAt(step(at, random, 86_400));
      out.send(Topics.TICKETS, tickets, new TicketReopened(t.summary(), requester, "not fixed"), at[0]);
      resolve(out, t, running, resolution, agent, at, random);
    }
    notifications(out, random, id, "B-" + (i + 1), requester, at[0]);
    if (random.nextInt(10) == 0) {
      skills(out, random, agent, at[0]);
    }
    if (random.nextInt(3) == 0) {
      Instant answered = step(at, random, 86_400);
      out.send(
          Topics.ENGAGEMENT,
          "/rapport/engagement-service",
          new SurveyAnswered(
              UUID.randomUUID(),
              new SurveyTicket(id, "B-" + (i + 1), "Something is broken", priority, team, agent,
                  serviceId, "Bench service"),
              requester,
              1 + random.nextInt(5),
              random.nextBoolean() ? "thanks" : null,
              answered,
              false),
          answered);
    }
  }

  static void resolve(
      Publisher out,
      TestTickets.Ticket t,
      SlaSummary running,
      String resolution,
      String agent,
      Instant[] at,
      Random random)
      throws Exception {
    t.status("RESOLVED").sla(with(running, "MET", resolution, "MET"));
    t.updatedAt(step(at, random, 86_400));
    out.send(
        Topics.TICKETS, "/rapport/ticket-service", new TicketResolved(t.summary(), agent, "Fixed"),
        at[0]);
  }

  static void notifications(
      Publisher out, Random random, UUID ticket, String key, String recipient, Instant at)
      throws Exception {
    NotificationRef ref =
        new NotificationRef(
            UUID.randomUUID(), UUID.randomUUID().toString(), "rapport.ticket.resolved.v1", ticket,
            key, recipient, AUDIENCES[random.nextInt(AUDIENCES.length)], "EMAIL");
    String source = "/rapport/notification-service";
    Instant delivered = at.plusSeconds(5);
    out.send(Topics.NOTIFICATIONS, source, new NotificationDelivered(ref, 1, false, delivered),
        delivered);
    if (random.nextInt(3) > 0) {
      Instant read = delivered.plusSeconds(random.nextInt(7200));
      out.send(Topics.NOTIFICATIONS, source, new NotificationRead(ref, "LINK", read), read);
    }
  }

  static void skills(Publisher out, Random random, String agent, Instant at) throws Exception {
    String source = "/rapport/skills-service";
    UUID skill = UUID.nameUUIDFromBytes(("bench-skill-" + random.nextInt(30)).getBytes());
    TrainingPlanSnapshot plan =
        new TrainingPlanSnapshot(
            UUID.randomUUID(), UUID.nameUUIDFromBytes(agent.getBytes()), agent, skill, "Networking",
            2, 3, LocalDate.now().plusDays(30), "course", 100, "COMPLETED", "lead@bench.example.com",
            at.minusSeconds(86_400 * 20), at);
    out.send(Topics.SKILLS, source, new TrainingCompleted(plan, 2, 3, "lead@bench.example.com"), at);
    UUID teamId = UUID.nameUUIDFromBytes(team(random.nextInt(TEAMS)).getBytes());
    int from = random.nextInt(4);
    int to = (from + 1 + random.nextInt(3)) % 4;
    out.send(
        Topics.SKILLS,
        source,
        new SkillGapChanged(
            teamId, "Bench team", skill, "Networking", 3, 3, 2, 1, 1, 4, 1, SEVERITIES[to],
            SEVERITIES[from], "WORSENED", at),
        at);
  }

  static SlaSummary with(SlaSummary sla, String response, String resolution, String update) {
    return new SlaSummary(
        sla.policy(), sla.responseDue(), sla.resolutionDue(), sla.nextUpdateDue(), response,
        resolution, update);
  }

  static Instant step(Instant[] at, Random random, int maxSeconds) {
    at[0] = at[0].plusSeconds(1 + random.nextInt(maxSeconds));
    return at[0];
  }

  // ---------------------------------------------------------------------------------------------
  // ceiling: a plain consumer over the same records
  // ---------------------------------------------------------------------------------------------

  static void ceiling(String bootstrap, long expected) {
    Properties props = new Properties();
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    props.put(ConsumerConfig.GROUP_ID_CONFIG, "bench-ceiling-" + UUID.randomUUID());
    props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    long records = 0;
    long first = 0;
    long last = 0;
    long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
    try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props)) {
      consumer.subscribe(
          List.of(Topics.TICKETS, Topics.NOTIFICATIONS, Topics.SKILLS, Topics.ENGAGEMENT));
      while (records < expected && System.nanoTime() < deadline) {
        for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
          if (records++ == 0) {
            first = System.nanoTime();
          }
          last = System.nanoTime();
          if (record.headers().lastHeader("ce_id") == null) {
            throw new IllegalStateException("a record without ce_id");
          }
        }
      }
    }
    long ms = Math.max(1, (last - first) / 1_000_000);
    System.out.printf("%d %d %d%n", records, ms, records * 1000 / ms);
  }

  // ---------------------------------------------------------------------------------------------
  // facts: a history through POST /api/v1/facts:import
  // ---------------------------------------------------------------------------------------------

  static void facts(String url, String token, int total, int days, int chunk, int clients)
      throws Exception {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    AtomicLong accepted = new AtomicLong();
    AtomicLong duplicates = new AtomicLong();
    AtomicLong rejected = new AtomicLong();
    AtomicInteger next = new AtomicInteger();
    int chunks = (total + chunk - 1) / chunk;
    long start = System.nanoTime();
    List<Future<?>> done = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      done.add(
          pool.submit(
              () -> {
                for (int n = next.getAndIncrement(); n < chunks; n = next.getAndIncrement()) {
                  int lines = Math.min(chunk, total - n * chunk);
                  String body = history(new Random(n), lines, days);
                  HttpRequest post =
                      HttpRequest.newBuilder(URI.create(url + "/api/v1/facts:import"))
                          .header("Authorization", "Bearer " + token)
                          .header("Content-Type", "application/x-ndjson")
                          .timeout(Duration.ofMinutes(5))
                          .POST(HttpRequest.BodyPublishers.ofString(body))
                          .build();
                  HttpResponse<String> response =
                      http.send(post, HttpResponse.BodyHandlers.ofString());
                  if (response.statusCode() != 200) {
                    throw new IllegalStateException(
                        "import answered " + response.statusCode() + ": " + response.body());
                  }
                  accepted.addAndGet(number(response.body(), "accepted"));
                  duplicates.addAndGet(number(response.body(), "duplicates"));
                  rejected.addAndGet(response.body().split("\"line\"", -1).length - 1);
                }
                return null;
              }));
    }
    try {
      for (Future<?> f : done) {
        f.get();
      }
    } catch (java.util.concurrent.ExecutionException e) {
      System.err.println("import failed: " + e.getCause().getMessage());
      System.exit(1);
    }
    pool.shutdown();
    long ms = (System.nanoTime() - start) / 1_000_000;
    System.out.printf(
        "%d %d %d %d %d%n", total, accepted.get(), duplicates.get(), rejected.get(), ms);
  }

  static long number(String body, String field) {
    int at = body.indexOf("\"" + field + "\":");
    int from = at + field.length() + 3;
    int to = from;
    while (to < body.length() && Character.isDigit(body.charAt(to))) {
      to++;
    }
    return Long.parseLong(body.substring(from, to));
  }

  /** About 16 facts per ticket's life, of every kind, the ticket opened in the last days. */
  static String history(Random random, int lines, int days) {
    StringBuilder out = new StringBuilder(lines * 220);
    long now = Instant.now().getEpochSecond();
    int[] written = {0};
    while (written[0] < lines) {
      String team = team(random.nextInt(TEAMS));
      String service = service(random.nextInt(SERVICES)).toString();
      String priority = PRIORITIES[random.nextInt(4)];
      String subject = UUID.randomUUID().toString();
      long opened = now - 86_400L * days + random.nextInt(86_400 * days - 3600);
      long responded = Math.min(now, opened + 60 + random.nextInt(7200));
      long resolved = Math.min(now, responded + random.nextInt(172_800));
      FactLine f = new FactLine(out, written, lines, team, service, priority, subject);
      f.add("TICKET_OPENED", null, opened, 1);
      f.add("BACKLOG_IN", null, opened, opened);
      f.add("FIRST_RESPONSE", null, responded, responded - opened);
      f.add("SLA_CLOCK", "RESPONSE", responded, random.nextInt(10) == 0 ? 0 : 1);
      f.add("SLA_CLOCK", "UPDATE", responded, random.nextInt(8) == 0 ? 0 : 1);
      f.add("RUNNING_SPAN", null, resolved, resolved - opened);
      if (random.nextInt(5) == 0) {
        f.add("LATE_SPAN", null, resolved, random.nextInt(3600));
      }
      f.add("TICKET_RESOLVED", null, resolved, resolved - opened);
      f.add("FIRST_ASSIGNMENT", null, resolved, random.nextInt(4) == 0 ? 0 : 1);
      f.add("SLA_CLOCK", "RESOLUTION", resolved, random.nextInt(10) == 0 ? 0 : 1);
      f.add("BACKLOG_OUT", null, resolved, opened);
      String audience = AUDIENCES[random.nextInt(AUDIENCES.length)];
      f.add("NOTIFICATION_DELIVERED", audience, resolved, 1);
      if (random.nextInt(3) > 0) {
        f.add("NOTIFICATION_READ", audience, resolved, 1);
      }
      f.add("SURVEY_REQUESTED", null, resolved, 1);
      if (random.nextInt(3) == 0) {
        int rating = 1 + random.nextInt(5);
        f.add("SURVEY_ANSWERED", rating >= 4 ? "SATISFIED" : "OTHER", resolved, rating);
      }
      if (random.nextInt(12) == 0) {
        f.add("TICKET_REOPENED", null, resolved, 1);
      }
      if (random.nextInt(10) == 0) {
        f.add("TRAINING_COMPLETED", null, resolved, 1);
        int severity = random.nextInt(4);
        f.add(random.nextBoolean() ? "GAP_OPENED" : "GAP_CLOSED", SEVERITIES[severity], resolved, 1);
      }
      if (random.nextInt(20) == 0) {
        f.add("NOTIFICATION_FAILED", audience, resolved, random.nextInt(2));
        f.add("EVENT", "rapport.ticket.task-completed.v1", resolved, 0);
      }
    }
    return out.toString();
  }

  /** Writes NDJSON fact lines of one ticket until the chunk is full. */
  record FactLine(
      StringBuilder out,
      int[] written,
      int lines,
      String team,
      String service,
      String priority,
      String subject) {
    void add(String kind, String label, long epochSecond, double measure) {
      if (written[0] >= lines) {
        return;
      }
      written[0]++;
      out.append("{\"id\":\"")
          .append(UUID.randomUUID())
          .append("\",\"kind\":\"")
          .append(kind)
          .append('"');
      if (label != null) {
        out.append(",\"label\":\"").append(label).append('"');
      }
      out.append(",\"occurredAt\":\"")
          .append(Instant.ofEpochSecond(epochSecond))
          .append("\",\"teamId\":\"")
          .append(team)
          .append("\",\"businessServiceId\":\"")
          .append(service)
          .append("\",\"priority\":\"")
          .append(priority)
          .append("\",\"subject\":\"")
          .append(subject)
          .append("\",\"measure\":")
          .append(measure)
          .append("}\n");
    }
  }

  // ---------------------------------------------------------------------------------------------
  // load: latency of one GET from several clients
  // ---------------------------------------------------------------------------------------------

  static void load(int seconds, int clients, String token, String url) throws Exception {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    HttpRequest get =
        HttpRequest.newBuilder(URI.create(url))
            .header("Authorization", "Bearer " + token)
            .timeout(Duration.ofSeconds(30))
            .GET()
            .build();
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    ConcurrentHashMap<Integer, long[]> perClient = new ConcurrentHashMap<>();
    AtomicLong errors = new AtomicLong();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    List<Future<?>> done = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      int client = c;
      done.add(
          pool.submit(
              () -> {
                long[] times = new long[1024];
                int n = 0;
                while (System.nanoTime() < end) {
                  long t0 = System.nanoTime();
                  HttpResponse<String> response =
                      http.send(get, HttpResponse.BodyHandlers.ofString());
                  long took = System.nanoTime() - t0;
                  if (response.statusCode() != 200) {
                    if (errors.incrementAndGet() == 1) {
                      System.err.println(response.statusCode() + " " + response.body());
                    }
                    continue;
                  }
                  if (n == times.length) {
                    times = Arrays.copyOf(times, n * 2);
                  }
                  times[n++] = took;
                }
                perClient.put(client, Arrays.copyOf(times, n));
                return null;
              }));
    }
    for (Future<?> f : done) {
      f.get();
    }
    pool.shutdown();
    long[] all = perClient.values().stream().flatMapToLong(Arrays::stream).sorted().toArray();
    if (all.length == 0) {
      System.out.printf("0 %d n/a n/a n/a n/a%n", errors.get());
      return;
    }
    System.out.printf(
        "%d %d %.1f %.1f %.1f %.1f%n",
        all.length,
        errors.get(),
        pct(all, 0.50),
        pct(all, 0.95),
        pct(all, 0.99),
        all[all.length - 1] / 1e6);
  }

  static double pct(long[] sorted, double p) {
    int i = (int) Math.ceil(p * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
  }
}
