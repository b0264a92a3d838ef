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

  /**
   * The roll-up table this scope reads: a team's the per-team grain (team_rollups), others the full
   * one (rollups); both have day, series, n, total, buckets and team_id.
   */
  String rollupTable() {
    return kind == Kind.TEAM ? "team_rollups" : "rollups";
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
