package dev.rapport.local.openapi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One service's table of the "## Role matrix" section of docs/security.md: for each operation
 * ({@code `METHOD /path`}), what each role may do. Tests read it from the document itself so that
 * the two cannot drift apart.
 */
public final class RoleMatrixTable {
  /** The section that holds one "### service" table per service. */
  public static final String SECTION = "## Role matrix";

  /** The caller columns, in order: the five roles and "none" (no token). */
  public static final List<String> CALLERS =
      List.of("requester", "agent", "lead", "admin", "integration", "none");

  /** What a cell says; a cell's first word is its verdict, the rest a comment for readers. */
  public enum Verdict {
    /** May call it: never 401 or 403. */
    YES,
    /** May not: 403 with a token, 401 without. */
    NO,
    /** Only on what the caller owns or may see: allowed there, 403 or 404 on anyone else's. */
    OWN
  }

  private final String service;
  private final Map<String, Map<String, Verdict>> rows;

  private RoleMatrixTable(String service, Map<String, Map<String, Verdict>> rows) {
    this.service = service;
    this.rows = rows;
  }

  /** The table under "### {@code service}" in docs/security.md, found upwards from here. */
  public static RoleMatrixTable forService(String service) {
    Path document = locate();
    try {
      return parse(service, Files.readAllLines(document));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + document, e);
    }
  }

  static RoleMatrixTable parse(String service, List<String> lines) {
    boolean inSection = false;
    boolean inService = false;
    List<String> header = null;
    Map<String, Map<String, Verdict>> rows = new LinkedHashMap<>();
    for (String line : lines) {
      String trimmed = line.strip();
      if (trimmed.startsWith("## ")) {
        inSection = trimmed.equals(SECTION);
        inService = false;
        continue;
      }
      if (inSection && trimmed.startsWith("### ")) {
        inService = trimmed.substring(4).strip().equals(service);
        header = null;
        continue;
      }
      if (!inService || !trimmed.startsWith("|")) {
        continue;
      }
      List<String> cells = cells(trimmed);
      if (header == null) {
        header = cells.stream().map(c -> c.toLowerCase(Locale.ROOT)).toList();
        if (!header.subList(1, header.size()).equals(CALLERS)) {
          throw new IllegalStateException(
              "The " + service + " role matrix must have the columns operation, " + CALLERS);
        }
        continue;
      }
      if (cells.get(0).startsWith("-")) {
        continue; // the |---|---| line
      }
      String operation = cells.get(0).replace("`", "").strip();
      Map<String, Verdict> verdicts = new LinkedHashMap<>();
      for (int i = 0; i < CALLERS.size(); i++) {
        verdicts.put(CALLERS.get(i), verdict(operation, cells.get(i + 1)));
      }
      if (rows.put(operation, verdicts) != null) {
        throw new IllegalStateException(service + ": " + operation + " appears twice");
      }
    }
    if (rows.isEmpty()) {
      throw new IllegalStateException(
          "docs/security.md has no table under " + SECTION + " / ### " + service);
    }
    return new RoleMatrixTable(service, rows);
  }

  public String service() {
    return service;
  }

  /** Operation keys ("METHOD /path") in table order, each with a verdict per caller. */
  public Map<String, Map<String, Verdict>> rows() {
    return rows;
  }

  private static Verdict verdict(String operation, String cell) {
    String word = cell.strip().split("[^A-Za-z]", 2)[0].toUpperCase(Locale.ROOT);
    try {
      return Verdict.valueOf(word);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(
          operation + ": '" + cell + "' must start with yes, no or own", e);
    }
  }

  private static List<String> cells(String row) {
    String inner = row.substring(1, row.endsWith("|") ? row.length() - 1 : row.length());
    List<String> cells = new ArrayList<>();
    for (String cell : inner.split("\\|", -1)) {
      cells.add(cell.strip());
    }
    return cells;
  }

  private static Path locate() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("docs").resolve("security.md");
      if (Files.isRegularFile(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException("No docs/security.md above " + Path.of("").toAbsolutePath());
  }
}
