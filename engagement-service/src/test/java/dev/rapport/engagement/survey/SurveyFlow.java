package dev.rapport.engagement.survey;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rapport.events.EventPayload;
import dev.rapport.events.Topics;
import dev.rapport.events.engagement.SurveyRequested;
import dev.rapport.events.ticket.TicketReopened;
import dev.rapport.events.ticket.TicketResolved;
import dev.rapport.events.ticket.TicketSummary;
import dev.rapport.local.CloudEventWriter;
import dev.rapport.local.TopicReader;
import dev.rapport.local.testing.TestEventWriters;
import dev.rapport.local.testing.TestTickets;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Ticket events in as ticket-service publishes them, survey events out as a consumer of
 * rapport.engagement.v1 reads them.
 */
public final class SurveyFlow implements AutoCloseable {
  private final CloudEventWriter tickets;
  private final TopicReader engagement = new TopicReader(Topics.ENGAGEMENT);

  public SurveyFlow(ObjectMapper json) {
    tickets = TestEventWriters.tickets(json);
  }

  /** The ticket {@code id} (key T-<first 6 of id>) of {@code requester}, as it stands. */
  static TicketSummary ticket(UUID id, String requester, String status) {
    return TestTickets.ticket(id, "T-" + id.toString().substring(0, 6))
        .title("Printer on floor 3 jams")
        .status(status)
        .requester(requester)
        .teamId("network")
        .assignee("sam@example.com")
        .summary();
  }

  void resolve(UUID ticket, String requester) {
    tickets.publish(resolved(ticket, requester));
  }

  void reopen(UUID ticket, String requester) {
    tickets.publish(reopened(ticket, requester));
  }

  static TicketResolved resolved(UUID ticket, String requester) {
    return new TicketResolved(ticket(ticket, requester, "RESOLVED"), "sam@example.com", "Fixed");
  }

  static TicketReopened reopened(UUID ticket, String requester) {
    return new TicketReopened(ticket(ticket, requester, "IN_PROGRESS"), requester, "Still jams");
  }

  /** Publishes {@code events} in one produce request, so one poll reads them; their ce_ids. */
  List<String> publishTogether(List<? extends EventPayload> events) {
    return tickets.publishTogether("together-" + UUID.randomUUID(), events);
  }

  /** Waits for the {@code count} survey events of {@code ticket}; answers them in order. */
  List<TopicReader.Event> await(UUID ticket, int count) {
    return engagement.await(ticket.toString(), count);
  }

  /** The survey events of {@code ticket} seen so far. */
  List<TopicReader.Event> seen(UUID ticket) {
    return engagement.seen(ticket.toString());
  }

  /** Resolves {@code ticket} and answers the survey request it makes. */
  public Request resolveAndAwaitRequest(UUID ticket, String requester) {
    int before = seen(ticket).size();
    resolve(ticket, requester);
    TopicReader.Event event = await(ticket, before + 1).get(before);
    assertThat(event.type()).isEqualTo(SurveyRequested.TYPE);
    return new Request(event.data());
  }

  /** A survey request as notification-service reads it. */
  public record Request(JsonNode data) {
    public UUID survey() {
      return UUID.fromString(data.path("survey").asText());
    }

    /** The path (/s/<token>) of the one-click link for {@code rating}. */
    String ratingPath(int rating) {
      for (JsonNode link : data.path("ratingLinks")) {
        if (link.path("rating").asInt() == rating) {
          return URI.create(link.path("url").asText()).getRawPath();
        }
      }
      throw new AssertionError("no link for rating " + rating + " in " + data);
    }

    List<String> ratingUrls() {
      List<String> urls = new ArrayList<>();
      data.path("ratingLinks").forEach(link -> urls.add(link.path("url").asText()));
      return urls;
    }

    String answerPath() {
      return URI.create(data.path("answerUrl").asText()).getRawPath();
    }
  }

  @Override
  public void close() {
    tickets.close();
    engagement.close();
  }
}
