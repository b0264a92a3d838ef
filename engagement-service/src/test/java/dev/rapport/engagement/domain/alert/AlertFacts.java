package dev.rapport.engagement.domain.alert;

import static org.hamcrest.Matchers.equalTo;

import dev.rapport.events.engagement.EngagementAlert;
import dev.rapport.local.TopicReader;
import dev.rapport.local.testing.TestCallers;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Hand-made facts for the alert tests, imported through {@code POST /api/v1/facts:import} as an
 * admin would, and the alerts they raise, as rows and as events.
 */
public final class AlertFacts {
  private AlertFacts() {}

  /** One fact of a team's (or, with {@code service}, a business service's) as an NDJSON line. */
  static String fact(
      String kind, String label, String at, String team, UUID service, double measure) {
    return String.format(
        "{\"id\":\"%s\",\"kind\":\"%s\",\"label\":%s,\"occurredAt\":\"%s\",\"teamId\":%s,"
            + "\"businessServiceId\":%s,\"priority\":\"P2\",\"subject\":\"INC-%s\","
            + "\"measure\":%s}",
        UUID.randomUUID(),
        kind,
        quoted(label),
        at,
        quoted(team),
        quoted(service == null ? null : service.toString()),
        UUID.randomUUID(),
        measure);
  }

  /** A satisfaction rating (1 to 5) given at {@code at}, labelled as the service labels it. */
  static String rating(String at, String team, UUID service, int rating) {
    return fact("SURVEY_ANSWERED", rating >= 4 ? "SATISFIED" : "OTHER", at, team, service, rating);
  }

  /** Imports the lines as an admin; every one must be accepted. */
  static void importFacts(List<String> lines) {
    TestCallers.as(TestCallers.userName("admin"), "admin")
        .urlEncodingEnabled(false)
        .contentType("application/x-ndjson")
        .body((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8))
        .post("/api/v1/facts:import")
        .then()
        .statusCode(200)
        .body("accepted", equalTo(lines.size()));
  }

  /** Waits until {@code count} events matching {@code which} are on the topic; answers them. */
  public static List<TopicReader.Event> awaitAlerts(
      TopicReader topic, Predicate<TopicReader.Event> which, int count) {
    return topic.awaitMatching(which, events -> events.size() >= count);
  }

  /** Alerts of this team's. */
  public static Predicate<TopicReader.Event> ofTeam(String team) {
    return e -> isAlert(e) && team.equals(e.data().path("teamId").asText());
  }

  /** Alerts of this business service's. */
  static Predicate<TopicReader.Event> ofService(UUID service) {
    return e ->
        isAlert(e) && service.toString().equals(e.data().path("businessServiceId").asText());
  }

  private static boolean isAlert(TopicReader.Event event) {
    return EngagementAlert.TYPE.equals(event.type());
  }

  /** How many alerts are stored where {@code column} (team_id, business_service_id) is value. */
  public static long stored(String column, Object value) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                ((Number)
                        Panache.getEntityManager()
                            .createNativeQuery(
                                "select count(*) from engagement_alerts where " + column + " = :v")
                            .setParameter("v", value)
                            .getSingleResult())
                    .longValue());
  }

  private static String quoted(String text) {
    return text == null ? "null" : "\"" + text + "\"";
  }
}
