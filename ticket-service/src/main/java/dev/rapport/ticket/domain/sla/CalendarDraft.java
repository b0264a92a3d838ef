package dev.rapport.ticket.domain.sla;

import java.util.List;
import java.util.Map;

/**
 * A calendar as an admin sends it, not yet checked ({@link CalendarRules#parse}).
 *
 * @param name unique without regard to case
 * @param zone an IANA time zone id, e.g. Europe/London
 * @param hours opening spans by weekday name (MONDAY ...); a weekday absent or empty is closed
 * @param holidays dates (2026-12-25) on which the calendar is closed all day
 */
public record CalendarDraft(
    String name, String zone, Map<String, List<SpanText>> hours, List<String> holidays) {

  /** One span as "HH:mm" texts; an end of "24:00" or "00:00" is midnight at the day's end. */
  public record SpanText(String start, String end) {}
}
