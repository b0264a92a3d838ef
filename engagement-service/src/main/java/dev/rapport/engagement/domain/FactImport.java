package dev.rapport.engagement.domain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rapport.support.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Brings history from another tool: NDJSON, one fact a line in the stored shape ({@code id, kind,
 * label, occurredAt, teamId, businessServiceId, priority, subject, measure, sourceEventId}), with
 * its original instant. Each line is validated on its own; a valid one is appended and counted in
 * the roll-ups like a fact from an event ({@link FactLedger}), a fact whose id is stored already is
 * a duplicate (so an import may be run again), an invalid one is reported with its line number and
 * reason. A file none of whose lines could be imported is refused as a whole.
 */
@ApplicationScoped
@Transactional(TxType.MANDATORY)
public class FactImport {
  static final int MAX_LINES = 100_000;

  private static final int MAX_TEXT = 500;
  private static final Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");
  private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

  /** A line that was not imported. */
  public record Rejected(int line, String reason) {}

  /** What an import did. */
  public record Result(int accepted, int duplicates, List<Rejected> rejected) {}

  private final FactLedger ledger;
  private final ObjectMapper json;

  FactImport(FactLedger ledger, ObjectMapper json) {
    this.ledger = ledger;
    this.json = json;
  }

  /**
   * Imports the facts of {@code ndjson}.
   *
   * @throws ProblemException 400 when no line could be imported, or there are over {@value
   *     #MAX_LINES} lines
   */
  public Result importFacts(String ndjson) {
    String[] lines = ndjson == null ? new String[0] : ndjson.split("\r?\n", -1);
    if (lines.length > MAX_LINES) {
      throw ProblemException.badRequest(
          "too-many-lines", "An import takes at most " + MAX_LINES + " lines; split the file.");
    }
    List<Fact> facts = new ArrayList<>();
    List<Rejected> rejected = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].isBlank()) {
        continue;
      }
      try {
        facts.add(parse(lines[i]));
      } catch (IllegalArgumentException e) {
        rejected.add(new Rejected(i + 1, e.getMessage()));
      }
    }
    // One list: its roll-up rows are upserted in one key order, so two imports cannot deadlock.
    int accepted = ledger.appendAll(facts).size();
    int duplicates = facts.size() - accepted;
    if (accepted == 0 && duplicates == 0) {
      throw new ProblemException(
          400,
          "nothing-imported",
          "Bad request",
          rejected.isEmpty()
              ? "The body holds no fact: send one JSON object a line (application/x-ndjson)."
              : "No line could be imported; each rejected line says why.",
          Map.of("rejected", rejected));
    }
    return new Result(accepted, duplicates, List.copyOf(rejected));
  }

  private Fact parse(String line) {
    JsonNode node;
    try {
      node = json.readTree(line);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not a JSON object: " + e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      throw new IllegalArgumentException("not a JSON object");
    }
    FactKind kind = kind(text(node, "kind", true));
    double measure = measure(node);
    if (kind.histogram() && measure < 0) {
      throw new IllegalArgumentException("measure of " + kind + " is seconds, never negative");
    }
    String service = text(node, "businessServiceId", false);
    return new Fact(
        uuid("id", text(node, "id", true)),
        kind,
        text(node, "label", false),
        instant(text(node, "occurredAt", true)),
        new Dimensions(
            text(node, "teamId", false),
            service == null ? null : uuid("businessServiceId", service),
            text(node, "priority", false)),
        text(node, "subject", true),
        measure,
        text(node, "sourceEventId", false));
  }

  private static String text(JsonNode node, String field, boolean required) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      if (required) {
        throw new IllegalArgumentException(field + " is required");
      }
      return null;
    }
    if (!value.isTextual()) {
      throw new IllegalArgumentException(field + " must be a string");
    }
    String text = value.asText();
    if (required && text.isBlank()) {
      throw new IllegalArgumentException(field + " must not be blank");
    }
    if (text.length() > MAX_TEXT) {
      throw new IllegalArgumentException(field + " is longer than " + MAX_TEXT + " characters");
    }
    if (text.chars().anyMatch(c -> c < 0x20)) {
      throw new IllegalArgumentException(field + " holds a control character");
    }
    return text;
  }

  private static FactKind kind(String raw) {
    try {
      return FactKind.valueOf(raw);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "kind '" + raw + "' is none of " + List.of(FactKind.values()));
    }
  }

  private static double measure(JsonNode node) {
    JsonNode value = node.get("measure");
    if (value == null || !value.isNumber() || !Double.isFinite(value.asDouble())) {
      throw new IllegalArgumentException("measure must be a finite number");
    }
    return value.asDouble();
  }

  private static UUID uuid(String field, String raw) {
    try {
      return UUID.fromString(raw);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(field + " must be a UUID; got '" + raw + "'");
    }
  }

  private static Instant instant(String raw) {
    Instant at;
    try {
      at = Instant.parse(raw);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "occurredAt must be an ISO-8601 instant; got '" + raw + "'");
    }
    if (at.isBefore(EARLIEST) || at.isAfter(LATEST)) {
      throw new IllegalArgumentException("occurredAt must be from 1970 to 9999; got " + raw);
    }
    return at;
  }
}
