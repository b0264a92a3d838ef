package dev.rapport.notification.domain;

import dev.rapport.events.EventPayload;
import dev.rapport.events.ticket.TicketSlaBreached;
import dev.rapport.events.ticket.TicketSlaWarning;
import io.quarkus.qute.TemplateData;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.function.Function;

/**
 * What the templates may show of an SLA warning or breach, as {@code m.sla}: the clock, its target
 * and the business time used in words ("3 h 20 min", "2 jours"), and when it falls (or fell) due in
 * the reader's zone and language.
 *
 * @param clock RESPONSE, RESOLUTION or UPDATE
 * @param target the clock's target in words
 * @param elapsed the business time used in words
 * @param due when it is (or was) due, in the reader's words ("15:00 today")
 * @param reason why, as ticket-service says it (IT wording only)
 * @param requesterName how to name the requester
 * @param breached whether the target was missed (a breach) rather than nearly (a warning)
 */
@TemplateData
public record SlaNotice(
    String clock,
    String target,
    String elapsed,
    String due,
    String reason,
    String requesterName,
    boolean breached) {

  /**
   * The notice of {@code payload}, or null when it is no SLA event.
   *
   * @param when puts an instant in the reader's words
   */
  static SlaNotice of(
      EventPayload payload, String requesterName, String lang, Function<Instant, String> when) {
    Announced a;
    if (payload instanceof TicketSlaWarning w) {
      a = new Announced(w.clock(), w.target(), w.elapsed(), w.dueAt(), w.reason(), false);
    } else if (payload instanceof TicketSlaBreached b) {
      a = new Announced(b.clock(), b.target(), b.elapsed(), b.dueAt(), b.reason(), true);
    } else {
      return null;
    }
    return new SlaNotice(
        a.clock(),
        words(a.target(), lang),
        words(a.elapsed(), lang),
        a.dueAt() == null ? null : when.apply(a.dueAt()),
        a.reason() == null || a.reason().isBlank() ? null : a.reason().strip(),
        requesterName,
        a.breached());
  }

  /** What a warning and a breach both say. */
  private record Announced(
      String clock,
      String target,
      String elapsed,
      Instant dueAt,
      String reason,
      boolean breached) {}

  /** An ISO-8601 duration in words: "1 day 3 h", "3 h 20 min", "45 min"; as given if not one. */
  static String words(String iso, String lang) {
    if (iso == null) {
      return null;
    }
    Duration d;
    try {
      d = Duration.parse(iso);
    } catch (DateTimeParseException e) {
      return iso;
    }
    long days = d.toDays();
    int hours = d.toHoursPart();
    int minutes = d.toMinutesPart();
    StringBuilder out = new StringBuilder();
    if (days > 0) {
      boolean fr = "fr".equals(lang);
      out.append(days).append(' ').append(fr ? "jour" : "day").append(days > 1 ? "s" : "");
    }
    if (hours > 0) {
      out.append(out.isEmpty() ? "" : " ").append(hours).append(" h");
    }
    if (minutes > 0 || out.isEmpty()) {
      out.append(out.isEmpty() ? "" : " ").append(minutes).append(" min");
    }
    return out.toString();
  }
}
