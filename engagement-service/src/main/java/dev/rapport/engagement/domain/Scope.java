package dev.rapport.engagement.domain;

import java.util.Locale;
import java.util.UUID;

/**
 * Which facts a report counts: all of them (the overview), one team's (by the id tickets carry as
 * teamId) or one business service's.
 */
public record Scope(Kind kind, String id) {
  /** What a report is of. */
  public enum Kind {
    OVERVIEW,
    TEAM,
    SERVICE
  }

  public static final Scope OVERVIEW = new Scope(Kind.OVERVIEW, null);

  /** A team's, by its id as tickets carry it (case ignored). */
  public static Scope team(String teamId) {
    return new Scope(Kind.TEAM, teamId.strip().toLowerCase(Locale.ROOT));
  }

  public static Scope service(UUID businessServiceId) {
    return new Scope(Kind.SERVICE, businessServiceId.toString());
  }

  private static final String FULL_GRAIN_COLUMNS =
      "day, team_id, business_service_id, series, n, total, buckets";

  /**
   * The full grain's roll-ups, rollups' flows and stock_rollups' stocks together, as a table
   * expression with day, series, n, total, buckets, team_id and business_service_id: what a scope
   * wider than a team's reads (a team's reads team_rollups).
   */
  static final String FULL_GRAIN =
      "(select "
          + FULL_GRAIN_COLUMNS
          + " from rollups union all select "
          + FULL_GRAIN_COLUMNS
          + " from stock_rollups) as r";

  /** The roll-ups holding this scope's stocks (the backlog, open skill gaps). */
  String stockTable() {
    return kind == Kind.TEAM ? "team_rollups" : "stock_rollups";
  }

  /** The roll-up condition of this scope, with one {@code ?} for {@link #id} unless OVERVIEW. */
  String condition() {
    return switch (kind) {
      case OVERVIEW -> "true";
      case TEAM -> "team_id = ?";
      case SERVICE -> "business_service_id = ?";
    };
  }
}
