package dev.rapport.engagement.api;

import dev.rapport.engagement.domain.Granularity;
import dev.rapport.support.api.QueryParams;
import dev.rapport.support.problem.ProblemException;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The range and cut of a metrics report, as query parameters parsed by hand (a 400 names one). */
public class RangeParams {
  private static final int EARLIEST_YEAR = 1970;
  private static final int LATEST_YEAR = 9999;

  @Parameter(
      description = "First UTC day counted, ISO date; default 27 days before to",
      example = "2026-11-02")
  @QueryParam("from")
  String from;

  @Parameter(
      description =
          "Last UTC day counted, included, ISO date, at most 400 days after from; default today"
              + " (or 27 days after from)",
      example = "2026-11-29")
  @QueryParam("to")
  String to;

  @Parameter(description = "DAY, WEEK (Monday first) or MONTH; default WEEK", example = "WEEK")
  @QueryParam("granularity")
  String granularity;

  LocalDate from() {
    return date("from", from);
  }

  LocalDate to() {
    return date("to", to);
  }

  Granularity granularity() {
    return QueryParams.enumOrNull(Granularity.class, "granularity", granularity);
  }

  private static LocalDate date(String name, String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    LocalDate date;
    try {
      date = LocalDate.parse(raw.strip());
    } catch (DateTimeParseException e) {
      throw ProblemException.invalidParameter(
          name, "must be an ISO date such as 2026-11-02; got '" + raw + "'");
    }
    if (date.getYear() < EARLIEST_YEAR || date.getYear() > LATEST_YEAR) {
      throw ProblemException.invalidParameter(
          name, "must be a day from " + EARLIEST_YEAR + " to " + LATEST_YEAR + "; got " + date);
    }
    return date;
  }
}
