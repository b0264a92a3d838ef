package dev.rapport.notification.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import dev.rapport.events.Topics;
import dev.rapport.local.RapportTestResource;
import dev.rapport.local.TopicReader;
import dev.rapport.local.openapi.ContractValidation;
import dev.rapport.notification.domain.Audience;
import dev.rapport.notification.domain.AudienceRule;
import dev.rapport.notification.domain.Channel;
import dev.rapport.notification.domain.Delivery;
import dev.rapport.notification.domain.DeliveryStatus;
import dev.rapport.notification.domain.PersonPreferences;
import dev.rapport.notification.pipeline.PipelineProfile;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Preferences, audience rules and the inbox over HTTP: who may do what, and bad input as 4xx. */
@QuarkusTest
@TestProfile(PipelineProfile.class)
@WithTestResource(
    value = RapportTestResource.class,
    initArgs = @ResourceArg(name = "service", value = "notification-service"))
class PipelineApiTest {
  private static final String PROBLEM = "application/problem+json";

  @Test
  void aPersonManagesTheirOwnPreferencesAndAdminsAnyones() {
    String ana = unique("ana");
    as(ana, "requester")
        .get("/api/v1/people/{u}/preferences", ana)
        .then()
        .statusCode(200)
        .header("ETag", "\"0\"")
        .body("digest", equalTo("IMMEDIATE"))
        .body("digestTime", equalTo("08:00"))
        .body("optOuts.size()", equalTo(0));
    as(unique("bob"), "agent")
        .get("/api/v1/people/{u}/preferences", ana)
        .then()
        .statusCode(403)
        .contentType(PROBLEM);
    as(unique("bob"), "requester")
        .contentType("application/json")
        .body("{}")
        .put("/api/v1/people/{u}/preferences", ana)
        .then()
        .statusCode(403)
        .contentType(PROBLEM);

    String body =
        "{\"channels\":{\"UPDATE\":[\"EMAIL\"],\"RESOLUTION\":[\"chat\",\"EMAIL\"]},"
            + "\"optOuts\":[\"rapport.ticket.task-completed.v1\"],\"quietStart\":\"22:00\","
            + "\"quietEnd\":\"07:00\",\"digest\":\"HOURLY\",\"timezone\":\"Europe/Paris\","
            + "\"locale\":\"fr-FR\",\"chatWebhookUrl\":\"https://chat.example.com/hooks/abc\"}";
    String etag =
        as(ana.toUpperCase(), "requester") // the same person, whatever the case
            .contentType("application/json")
            .header("If-Match", "\"0\"")
            .body(body)
            .put("/api/v1/people/{u}/preferences", ana)
            .then()
            .statusCode(200)
            .body("channels.RESOLUTION", equalTo(List.of("CHAT", "EMAIL")))
            .body("quietStart", equalTo("22:00"))
            .body("digest", equalTo("HOURLY"))
            .body("timezone", equalTo("Europe/Paris"))
            .extract()
            .header("ETag");
    as(unique("root"), "admin")
        .get("/api/v1/people/{u}/preferences", ana)
        .then()
        .statusCode(200)
        .header("ETag", etag)
        .body("optOuts", equalTo(List.of("rapport.ticket.task-completed.v1")))
        .body("locale", equalTo("fr-FR"));
    // A stale If-Match loses nothing.
    as(unique("root"), "admin")
        .contentType("application/json")
        .header("If-Match", "\"0\"")
        .body("{\"digest\":\"DAILY\"}")
        .put("/api/v1/people/{u}/preferences", ana)
        .then()
        .statusCode(412)
        .contentType(PROBLEM);
    as(unique("root"), "admin")
        .contentType("application/json")
        .header("If-Match", etag)
        .body("{\"digest\":\"DAILY\",\"digestTime\":\"18:30\"}")
        .put("/api/v1/people/{u}/preferences", ana)
        .then()
        .statusCode(200)
        .body("digest", equalTo("DAILY"))
        .body("digestTime", equalTo("18:30"))
        .body("quietStart", equalTo(null));
  }

  @Test
  void aChatWebhookUrlIsShownRedactedAndSendingTheRedactedFormBackKeepsIt() {
    String ana = unique("ana");
    String url = "https://hooks.slack.com/services/T0001/B0001/abcdefghijklmnopqrstuvwx?team=1";
    String shown = "https://hooks.slack.com/services/T0001/B0001/***";
    String etag =
        as(ana, "requester")
            .contentType("application/json")
            .body("{\"channels\":{\"UPDATE\":[\"CHAT\"]},\"chatWebhookUrl\":\"" + url + "\"}")
            .put("/api/v1/people/{u}/preferences", ana)
            .then()
            .statusCode(200)
            .body("chatWebhookUrl", equalTo(shown))
            .extract()
            .header("ETag");
    as(ana, "requester")
        .get("/api/v1/people/{u}/preferences", ana)
        .then()
        .statusCode(200)
        .body("chatWebhookUrl", equalTo(shown));
    // A portal that sends back what it was shown keeps the saved URL, key included.
    as(ana, "requester")
        .contentType("application/json")
        .header("If-Match", etag)
        .body(
            "{\"channels\":{\"UPDATE\":[\"CHAT\"]},\"digest\":\"DAILY\",\"chatWebhookUrl\":\""
                + shown
                + "\"}")
        .put("/api/v1/people/{u}/preferences", ana)
        .then()
        .statusCode(200)
        .body("chatWebhookUrl", equalTo(shown));
    assertThat(
            QuarkusTransaction.requiringNew()
                .call(() -> PersonPreferences.findByUserName(ana).orElseThrow().chatWebhookUrl))
        .isEqualTo(url);
  }

  @Test
  void badPreferencesAreA400ThatSaysWhatIsWrongAndChangeNothing() {
    String ana = unique("ana");
    String[][] cases = {
      {"{\"channels\":{\"GOSSIP\":[\"EMAIL\"]}}", "channels.GOSSIP"},
      {"{\"channels\":{\"UPDATE\":[\"PIGEON\"]}}", "channels.UPDATE"},
      {"{\"channels\":{\"UPDATE\":[\"WEBHOOK\"]}}", "channels.UPDATE"},
      {"{\"channels\":{\"UPDATE\":[\"CHAT\"]}}", "channels.UPDATE"},
      {"{\"optOuts\":[\"rapport.ticket.exploded.v1\"]}", "optOuts[0]"},
      {"{\"quietStart\":\"25:00\",\"quietEnd\":\"07:00\"}", "quietStart"},
      {"{\"quietStart\":\"22:00\"}", "quietEnd"},
      {"{\"timezone\":\"Mars/Olympus\"}", "timezone"},
      {"{\"digestTime\":\"8am\"}", "digestTime"},
      {"{\"chatWebhookUrl\":\"ftp://x\"}", "chatWebhookUrl"},
      // The outbound guard: https to public addresses only (no allow-list in this profile).
      {"{\"chatWebhookUrl\":\"http://chat.example.com/hooks/a\"}", "chatWebhookUrl"},
      {"{\"chatWebhookUrl\":\"https://127.0.0.1:8089/hooks\"}", "chatWebhookUrl"},
      {"{\"chatWebhookUrl\":\"https://localhost/hooks\"}", "chatWebhookUrl"},
      {"{\"chatWebhookUrl\":\"https://10.0.0.7/hooks\"}", "chatWebhookUrl"},
      {"{\"chatWebhookUrl\":\"https://169.254.169.254/latest/meta-data\"}", "chatWebhookUrl"},
      {"{\"chatWebhookUrl\":\"https://[::ffff:127.0.0.1]/hooks\"}", "chatWebhookUrl"},
      {"{\"chatWebhookUrl\":\"https://[fd00::1]/hooks\"}", "chatWebhookUrl"},
      {"{\"email\":\"not an address\"}", "email"},
    };
    for (String[] c : cases) {
      RequestSpecification request = as(ana, "requester");
      if (c[1].equals("digestTime") || c[0].contains("25:00")) {
        // Not HH:mm: the document forbids these bodies too. The others it allows; the service
        // refuses them.
        request.filter(ContractValidation.invalidRequestOnPurpose());
      }
      request
          .contentType("application/json")
          .body(c[0])
          .put("/api/v1/people/{u}/preferences", ana)
          .then()
          .statusCode(400)
          .contentType(PROBLEM)
          .body("errors.field", hasItem(c[1]));
    }
    as(ana, "requester")
        .filter(ContractValidation.invalidRequestOnPurpose()) // not a digest schedule
        .contentType("application/json")
        .body("{\"digest\":\"WEEKLY\"}")
        .put("/api/v1/people/{u}/preferences", ana)
        .then()
        .statusCode(400)
        .contentType(PROBLEM)
        .body("detail", containsString("IMMEDIATE"));
    as(ana, "requester")
        .get("/api/v1/people/{u}/preferences", ana)
        .then()
        .statusCode(200)
        .header("ETag", "\"0\"");
  }

  @Test
  void theRulesComeInBoundedPagesThatCoverThemAll() {
    List<Object> all =
        as(unique("al"), "agent")
            .queryParam("limit", 200)
            .get("/api/v1/rules")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("items");
    assertThat(all).hasSizeGreaterThan(5);

    List<Object> paged = new java.util.ArrayList<>();
    String after = null;
    do {
      RequestSpecification request = as(unique("al"), "agent").queryParam("limit", 5);
      if (after != null) {
        request.queryParam("after", after);
      }
      JsonPath page = request.get("/api/v1/rules").then().statusCode(200).extract().jsonPath();
      assertThat(page.getList("items")).hasSizeLessThanOrEqualTo(5);
      paged.addAll(page.getList("items"));
      after = page.getString("nextCursor");
    } while (after != null && paged.size() <= all.size());

    assertThat(paged).containsExactlyElementsOf(all);
    for (int limit : new int[] {0, 201}) {
      as(unique("al"), "agent")
          .filter(ContractValidation.invalidRequestOnPurpose()) // limit is 1 to 200
          .queryParam("limit", limit)
          .get("/api/v1/rules")
          .then()
          .statusCode(400)
          .contentType(PROBLEM)
          .body("errors[0].field", equalTo("limit"));
    }
  }

  @Test
  void staffReadTheRulesAndOnlyAdminsChangeThem() {
    as(unique("rita"), "requester")
        .get("/api/v1/rules")
        .then()
        .statusCode(403)
        .contentType(PROBLEM);
    JsonPath rules =
        as(unique("al"), "agent")
            .queryParam("audience", "requester")
            .get("/api/v1/rules")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(rules.getList("items.eventType"))
        .contains("rapport.ticket.update-posted.v1", "rapport.ticket.resolved.v1")
        .doesNotContain("rapport.ticket.update-posted.v1#internal");

    String type = "rapport.ticket.task-added.v1";
    cleanUp(Audience.IT, type);
    try {
      as(unique("al"), "agent")
          .contentType("application/json")
          .body("{\"audience\":\"IT\",\"eventType\":\"" + type + "\",\"delivery\":\"IMMEDIATE\"}")
          .post("/api/v1/rules")
          .then()
          .statusCode(403);
      String key = UUID.randomUUID().toString();
      String id =
          as("root@example.com", "admin")
              .contentType("application/json")
              .header("Idempotency-Key", key)
              .body(
                  "{\"audience\":\"IT\",\"eventType\":\"" + type + "\",\"delivery\":\"IMMEDIATE\"}")
              .post("/api/v1/rules")
              .then()
              .statusCode(201)
              .header("Location", containsString("/api/v1/rules/"))
              .body("updatedBy", equalTo("root@example.com"))
              .extract()
              .path("id");
      // A retry with the same key answers the same rule; without it, the pair exists: 409.
      as("root@example.com", "admin")
          .contentType("application/json")
          .header("Idempotency-Key", key)
          .body("{\"audience\":\"IT\",\"eventType\":\"" + type + "\",\"delivery\":\"IMMEDIATE\"}")
          .post("/api/v1/rules")
          .then()
          .statusCode(201)
          .body("id", equalTo(id));
      as("root@example.com", "admin")
          .contentType("application/json")
          .body("{\"audience\":\"IT\",\"eventType\":\"" + type + "\",\"delivery\":\"DIGEST\"}")
          .post("/api/v1/rules")
          .then()
          .statusCode(409)
          .contentType(PROBLEM)
          .body("ruleId", equalTo(id));

      as(unique("al"), "lead")
          .contentType("application/json")
          .body("{\"delivery\":\"NONE\"}")
          .put("/api/v1/rules/{id}", id)
          .then()
          .statusCode(403);
      as("root@example.com", "admin")
          .contentType("application/json")
          .header("If-Match", "\"0\"")
          .body("{\"delivery\":\"DIGEST\",\"minPriority\":\"P2\"}")
          .put("/api/v1/rules/{id}", id)
          .then()
          .statusCode(200)
          .header("ETag", "\"1\"")
          .body("delivery", equalTo("DIGEST"))
          .body("minPriority", equalTo("P2"));
      as("root@example.com", "admin")
          .contentType("application/json")
          .header("If-Match", "\"0\"")
          .body("{\"delivery\":\"NONE\"}")
          .put("/api/v1/rules/{id}", id)
          .then()
          .statusCode(412);
      as("root@example.com", "admin")
          .filter(ContractValidation.invalidRequestOnPurpose()) // not a priority
          .contentType("application/json")
          .body("{\"delivery\":\"NONE\",\"minPriority\":\"P9\"}")
          .put("/api/v1/rules/{id}", id)
          .then()
          .statusCode(400)
          .body("errors.field", hasItem("minPriority"));
    } finally {
      cleanUp(Audience.IT, type);
    }
    // Internal notes are IT-only: a rule giving them to requesters is refused.
    as("root@example.com", "admin")
        .contentType("application/json")
        .body(
            "{\"audience\":\"REQUESTER\",\"eventType\":\"rapport.ticket.update-posted.v1#internal\",\"delivery\":\"IMMEDIATE\"}")
        .post("/api/v1/rules")
        .then()
        .statusCode(422)
        .contentType(PROBLEM);
    as("root@example.com", "admin")
        .contentType("application/json")
        .body(
            "{\"audience\":\"IT\",\"eventType\":\"rapport.ticket.exploded.v1\",\"delivery\":\"IMMEDIATE\"}")
        .post("/api/v1/rules")
        .then()
        .statusCode(400)
        .contentType(PROBLEM);
    as("root@example.com", "admin")
        .filter(ContractValidation.invalidRequestOnPurpose()) // the id is a uuid
        .get("/api/v1/rules/{id}", "not-a-uuid")
        .then()
        .statusCode(400)
        .contentType(PROBLEM);
  }

  @Test
  void theInboxListsTheCallersMessagesNewestFirstAndRecordsTheFirstRead() {
    String ana = unique("ana");
    Instant t0 = Instant.now().truncatedTo(ChronoUnit.MILLIS).minusSeconds(600);
    UUID oldest = inApp(ana, "first", t0, DeliveryStatus.SENT);
    UUID middle = inApp(ana, "second", t0.plusSeconds(60), DeliveryStatus.SENT);
    UUID newest = inApp(ana, "third", t0.plusSeconds(120), DeliveryStatus.SENT);
    inApp(ana, "opted out", t0.plusSeconds(180), DeliveryStatus.SUPPRESSED);
    UUID someoneElses = inApp(unique("bob"), "not yours", t0.plusSeconds(240), DeliveryStatus.SENT);

    JsonPath page =
        as(ana, "requester")
            .queryParam("limit", 2)
            .get("/api/v1/inbox")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(page.getList("items.id")).containsExactly(newest.toString(), middle.toString());
    assertThat(page.getString("items[0].subject")).isEqualTo("third");
    assertThat(page.getBoolean("items[0].read")).isFalse();
    JsonPath rest =
        as(ana, "requester")
            .queryParam("limit", 2)
            .queryParam("after", page.getString("nextCursor"))
            .get("/api/v1/inbox")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(rest.getList("items.id")).containsExactly(oldest.toString());
    assertThat(rest.getString("nextCursor")).isNull();

    try (TopicReader notifications = new TopicReader(Topics.NOTIFICATIONS)) {
      as(ana, "requester")
          .post("/api/v1/inbox/{id}/read", middle)
          .then()
          .statusCode(200)
          .body("read", equalTo(true))
          .body("readAt", notNullValue());
      String readAt =
          as(ana, "requester")
              .post("/api/v1/inbox/{id}/read", middle)
              .then()
              .statusCode(200)
              .extract()
              .path("readAt");
      as(ana, "requester")
          .queryParam("unread", "true")
          .get("/api/v1/inbox")
          .then()
          .statusCode(200)
          .body("items.id", equalTo(List.of(newest.toString(), oldest.toString())));
      // Someone else's message is not in the caller's inbox.
      as(ana, "requester")
          .post("/api/v1/inbox/{id}/read", someoneElses)
          .then()
          .statusCode(404)
          .contentType(PROBLEM);
      // The next read (another message) is on the topic after the first: one read event for middle.
      as(ana, "requester").post("/api/v1/inbox/{id}/read", oldest).then().statusCode(200);
      notifications.await(oldest.toString(), 1);
      List<TopicReader.Event> reads = notifications.seen(middle.toString());
      assertThat(reads).hasSize(1);
      assertThat(reads.get(0).type()).isEqualTo("rapport.notification.read.v1");
      assertThat(reads.get(0).data().path("how").asText()).isEqualTo("INBOX");
      assertThat(readAt).isNotNull();
    }
  }

  @Test
  void badInboxRequestsAre400s() {
    String ana = unique("ana");
    as(ana, "requester")
        .queryParam("after", "garbage")
        .get("/api/v1/inbox")
        .then()
        .statusCode(400)
        .contentType(PROBLEM);
    as(ana, "requester")
        .filter(ContractValidation.invalidRequestOnPurpose()) // unread is true or false
        .queryParam("unread", "maybe")
        .get("/api/v1/inbox")
        .then()
        .statusCode(400)
        .contentType(PROBLEM);
    as(ana, "requester")
        .filter(ContractValidation.invalidRequestOnPurpose()) // limit is 1 to 100
        .queryParam("limit", 0)
        .get("/api/v1/inbox")
        .then()
        .statusCode(400)
        .contentType(PROBLEM);
    as(ana, "requester")
        .filter(ContractValidation.invalidRequestOnPurpose()) // the id is a uuid
        .post("/api/v1/inbox/{id}/read", "nope")
        .then()
        .statusCode(400)
        .contentType(PROBLEM);
    given()
        .filter(ContractValidation.invalidRequestOnPurpose())
        .get("/api/v1/inbox")
        .then()
        .statusCode(401); // no token
  }

  private static UUID inApp(String userName, String subject, Instant at, DeliveryStatus status) {
    UUID id = UUID.randomUUID();
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              Delivery d = new Delivery();
              d.id = id;
              d.eventId = UUID.randomUUID().toString();
              d.eventType = "rapport.ticket.update-posted.v1";
              d.ticketId = UUID.randomUUID();
              d.ticketKey = "T-1";
              d.recipient = userName;
              d.audience = Audience.REQUESTER;
              d.channel = Channel.IN_APP;
              d.locale = "en";
              d.subject = subject;
              d.bodyText = subject + " body";
              d.status = status;
              d.createdAt = at;
              d.sentAt = status == DeliveryStatus.SENT ? at : null;
              d.persist();
            });
    return id;
  }

  private static void cleanUp(Audience audience, String type) {
    QuarkusTransaction.requiringNew()
        .run(() -> AudienceRule.delete("audience = ?1 and eventType = ?2", audience, type));
  }

  private static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
  }

  private static RequestSpecification as(String userName, String... roles) {
    return given().auth().oauth2(RapportTestResource.token(userName, roles));
  }
}
