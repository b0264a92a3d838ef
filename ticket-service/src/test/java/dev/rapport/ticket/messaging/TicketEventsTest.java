package dev.rapport.ticket.messaging;

import static dev.rapport.ticket.api.Api.agent;
import static dev.rapport.ticket.api.Api.requester;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.events.Topics;
import dev.rapport.local.RapportTestResource;
import dev.rapport.local.TopicReader;
import dev.rapport.ticket.api.Api;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(
    value = RapportTestResource.class,
    initArgs = @ResourceArg(name = "service", value = "ticket-service"))
class TicketEventsTest {

  @Test
  void everyChangeReachesTheBrokerAsACloudEventInOrder() {
    String alice = "alice-" + UUID.randomUUID() + "@example.com";
    try (TopicReader topic = new TopicReader(Topics.TICKETS)) {
      var created =
          requester(alice)
              .body(
                  Map.of(
                      "type",
                      "SERVICE_REQUEST",
                      "title",
                      "Access to the sales share",
                      "description",
                      "I joined sales and need the share",
                      "impact",
                      "LOW",
                      "urgency",
                      "MEDIUM",
                      "requiredSkills",
                      List.of("windows-file-shares")))
              .post("/api/v1/tickets")
              .then()
              .statusCode(201)
              .extract();
      String id = created.path("id");
      String key = created.path("key");
      agent()
          .body(Map.of("assigneeId", "dana@example.com", "teamId", "desk"))
          .post("/api/v1/tickets/{id}/assignment", id)
          .then()
          .statusCode(200);
      agent()
          .body(Map.of("urgency", "HIGH"))
          .patch("/api/v1/tickets/{id}", id)
          .then()
          .statusCode(200);
      Api.move(id, "IN_PROGRESS", null);
      agent()
          .body(Map.of("userName", "cio@example.com", "level", "EXECUTIVE"))
          .post("/api/v1/tickets/{id}/stakeholders", id)
          .then()
          .statusCode(200);
      requester(alice)
          .body(Map.of("userName", "bob@example.com"))
          .post("/api/v1/tickets/{id}/watchers", id)
          .then()
          .statusCode(200);
      String task =
          agent()
              .body(Map.of("title", "Add to group"))
              .post("/api/v1/tickets/{id}/tasks", id)
              .then()
              .statusCode(201)
              .extract()
              .path("id");
      agent()
          .body(Map.of("title", "Tell the requester"))
          .post("/api/v1/tickets/{id}/tasks", id)
          .then()
          .statusCode(201);
      agent().post("/api/v1/tickets/{id}/tasks/{t}/completion", id, task).then().statusCode(200);
      agent()
          .body(Map.of("visibility", "INTERNAL", "body", "Group is SALES-RW"))
          .post("/api/v1/tickets/{id}/updates", id)
          .then()
          .statusCode(201);
      Api.move(id, "RESOLVED", "Added you to SALES-RW; log off and on again");
      requester(alice)
          .body(Map.of("to", "IN_PROGRESS", "reason", "Still no access"))
          .post("/api/v1/tickets/{id}/transitions", id)
          .then()
          .statusCode(200);
      Api.move(id, "RESOLVED", "Replicated the group; works now");
      Api.move(id, "CLOSED", null);

      List<String> expected =
          List.of(
                  "opened",
                  "assigned",
                  "status-changed",
                  "updated",
                  "status-changed",
                  "stakeholder-added",
                  "stakeholder-added",
                  "task-added",
                  "task-added",
                  "task-completed",
                  "update-posted",
                  "update-posted",
                  "status-changed",
                  "resolved",
                  "status-changed",
                  "reopened",
                  "status-changed",
                  "resolved",
                  "status-changed",
                  "closed")
              .stream()
              .map(t -> "rapport.ticket." + t + ".v1")
              .toList();
      List<TopicReader.Event> events = topic.await(id, e -> e.size() >= expected.size());

      assertThat(events).extracting(TopicReader.Event::type).containsExactlyElementsOf(expected);
      assertThat(events)
          .extracting(TopicReader.Event::partition)
          .containsOnly(events.get(0).partition());
      for (TopicReader.Event event : events) {
        assertThat(event.key()).isEqualTo(id);
        assertThat(event.headers())
            .containsEntry("ce_specversion", "1.0")
            .containsEntry("ce_subject", id)
            .containsEntry("ce_source", "/rapport/ticket-service")
            .containsKey("ce_time");
        assertThat(UUID.fromString(event.headers().get("ce_id"))).isNotNull();
        assertThat(Instant.parse(event.headers().get("ce_time"))).isBeforeOrEqualTo(Instant.now());
        assertThat(event.data().at("/ticket/id").asText()).isEqualTo(id);
        assertThat(event.data().at("/ticket/key").asText()).isEqualTo(key);
      }
      assertThat(events.stream().map(e -> e.headers().get("ce_id")).distinct())
          .hasSize(events.size());

      var opened = events.get(0).data();
      assertThat(opened.at("/ticket/requester").asText()).isEqualTo(alice);
      assertThat(opened.at("/ticket/priority").asText()).isEqualTo("P4");
      assertThat(opened.at("/ticket/requiredSkills/0").asText()).isEqualTo("windows-file-shares");
      assertThat(opened.at("/description").asText()).isEqualTo("I joined sales and need the share");
      assertThat(opened.at("/actor").asText()).isEqualTo(alice);

      var assigned = events.get(1).data();
      assertThat(assigned.at("/ticket/assignee").asText()).isEqualTo("dana@example.com");
      assertThat(events.get(2).data().at("/from").asText()).isEqualTo("NEW");
      assertThat(events.get(2).data().at("/to").asText()).isEqualTo("ASSIGNED");
      var updated = events.get(3).data();
      assertThat(updated.at("/ticket/priority").asText()).isEqualTo("P3");
      assertThat(updated.at("/changes").findValuesAsText("field")).contains("urgency", "priority");
      assertThat(events.get(5).data().at("/level").asText()).isEqualTo("EXECUTIVE");
      assertThat(events.get(6).data().at("/level").asText()).isEqualTo("WATCHER");
      var completed = events.get(9).data();
      assertThat(completed.at("/completed").asInt()).isEqualTo(1);
      assertThat(completed.at("/total").asInt()).isEqualTo(2);
      assertThat(completed.at("/ticket/progress/completed").asInt()).isEqualTo(1);
      var progressUpdate = events.get(10).data();
      assertThat(progressUpdate.at("/visibility").asText()).isEqualTo("PUBLIC");
      assertThat(progressUpdate.at("/automatic").asBoolean()).isTrue();
      assertThat(progressUpdate.at("/body").asText()).isEqualTo("1 of 2 steps done: Add to group.");
      var note = events.get(11).data();
      assertThat(note.at("/visibility").asText()).isEqualTo("INTERNAL");
      assertThat(note.at("/automatic").asBoolean()).isFalse();
      assertThat(events.get(13).data().at("/resolution").asText())
          .isEqualTo("Added you to SALES-RW; log off and on again");
      assertThat(events.get(15).data().at("/actor").asText()).isEqualTo(alice);
      assertThat(events.get(19).data().at("/ticket/status").asText()).isEqualTo("CLOSED");
    }
  }

  @Test
  void cancellingPublishesCancelled() {
    try (TopicReader topic = new TopicReader(Topics.TICKETS)) {
      String id = Api.open(Api.uniquePerson("carol"), Api.incident("Raised by mistake"));
      Api.move(id, "CANCELLED", "Raised by mistake");
      List<TopicReader.Event> events = topic.await(id, e -> e.size() >= 3);
      assertThat(events)
          .extracting(TopicReader.Event::type)
          .containsExactly(
              "rapport.ticket.opened.v1",
              "rapport.ticket.status-changed.v1",
              "rapport.ticket.cancelled.v1");
      assertThat(events.get(2).data().at("/reason").asText()).isEqualTo("Raised by mistake");
    }
  }

  @Test
  void stakeholdersABusinessServiceBringsAreAnnouncedOneByOne() {
    String cfo = Api.uniquePerson("cfo");
    String serviceId =
        Api.as("root@example.com", "admin")
            .body(
                Map.of(
                    "name",
                    "Payroll " + UUID.randomUUID(),
                    "stakeholders",
                    List.of(Map.of("userName", cfo, "level", "EXECUTIVE"))))
            .post("/api/v1/services")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    try (TopicReader topic = new TopicReader(Topics.TICKETS)) {
      String id = Api.open(Api.uniquePerson("alice"));
      agent()
          .body(Map.of("businessServiceId", serviceId))
          .patch("/api/v1/tickets/{id}", id)
          .then()
          .statusCode(200);
      List<TopicReader.Event> events = topic.await(id, e -> e.size() >= 3);
      assertThat(events)
          .extracting(TopicReader.Event::type)
          .containsExactly(
              "rapport.ticket.opened.v1",
              "rapport.ticket.updated.v1",
              "rapport.ticket.stakeholder-added.v1");
      assertThat(events.get(2).data().at("/userName").asText()).isEqualTo(cfo);
      assertThat(events.get(2).data().at("/level").asText()).isEqualTo("EXECUTIVE");
      assertThat(events.get(2).data().at("/ticket/stakeholders/0/userName").asText())
          .isEqualTo(cfo);
    }
  }
}
