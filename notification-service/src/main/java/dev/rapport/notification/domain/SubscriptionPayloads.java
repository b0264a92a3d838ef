package dev.rapport.notification.domain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rapport.events.EventCatalog;
import dev.rapport.events.ticket.TicketSummary;
import dev.rapport.support.messaging.IncomingCloudEvent;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * What subscriptions receive: for WEBHOOK the incoming CloudEvent in structured mode (JSON with
 * specversion, id, type, source, subject, time, datacontenttype and data as received), for CHAT a
 * Slack-compatible {@code {"text": "T-1042 Printer jammed: resolved by sam@example.com"}}.
 */
@ApplicationScoped
public class SubscriptionPayloads {
  private final ObjectMapper json;

  SubscriptionPayloads(ObjectMapper json) {
    this.json = json;
  }

  /** The CloudEvent as structured-mode JSON (CloudEvents JSON format 1.0). */
  public String cloudEvent(IncomingCloudEvent event) {
    ObjectNode node = json.createObjectNode();
    node.put("specversion", "1.0");
    node.put("id", event.id());
    node.put("type", event.type());
    node.put("source", event.source());
    if (event.subject() != null) {
      node.put("subject", event.subject());
    }
    if (event.time() != null) {
      node.put("time", event.time().toString());
    }
    node.put("datacontenttype", "application/json");
    node.set("data", data(event));
    return node.toString();
  }

  /** A chat message: {@code {"text": <summary>}}, Slack's control characters escaped. */
  public String chat(String summary) {
    return json.createObjectNode().put("text", SlackText.escape(summary)).toString();
  }

  /**
   * One line for people in a chat room, e.g. "T-1042 Printer jammed: resolved by sam@example.com".
   */
  public String summary(IncomingCloudEvent event, TicketSummary ticket, boolean internal) {
    JsonNode data = data(event);
    String happened =
        EventCatalog.byType(event.type())
            .map(EventCatalog.Entry::happened)
            .orElse(event.type())
            .replace('-', ' ');
    String what =
        switch (happened) {
          case "status changed" -> "status " + text(data, "from") + " → " + text(data, "to");
          case "assigned" ->
              ticket != null && ticket.assignee() != null
                  ? "assigned to " + ticket.assignee()
                  : ticket != null && ticket.teamId() != null
                      ? "assigned to team " + ticket.teamId()
                      : "assigned";
          case "update posted" -> internal ? "internal note" : "public update";
          case "task completed" ->
              "task completed (" + text(data, "completed") + " of " + text(data, "total") + ")";
          case "opened" -> ticket != null ? "opened (" + ticket.priority() + ")" : "opened";
          case "sla warning" -> text(data, "clock") + " SLA warning, due " + text(data, "dueAt");
          case "sla breached" -> text(data, "clock") + " SLA breached, due " + text(data, "dueAt");
          default -> happened;
        };
    String actor = text(data, "actor");
    String line = actor == null ? what : what + " by " + actor;
    if (ticket == null) {
      return (event.subject() == null ? event.type() : event.subject()) + ": " + line;
    }
    return ticket.key() + " " + ticket.title() + ": " + line;
  }

  private JsonNode data(IncomingCloudEvent event) {
    if (event.data() == null) {
      return json.nullNode();
    }
    try {
      return json.readTree(event.data());
    } catch (JsonProcessingException e) {
      return json.getNodeFactory().textNode(event.data());
    }
  }

  private static String text(JsonNode data, String field) {
    JsonNode value = data.path(field);
    return value.isMissingNode() || value.isNull() ? null : value.asText();
  }
}
