package dev.rapport.engagement.domain;

import java.util.Locale;
import java.util.UUID;

/** What a fact is counted under: the team, business service and priority (each null when none). */
public record Dimensions(String teamId, UUID businessServiceId, String priority) {
  public static final Dimensions NONE = new Dimensions(null, null, null);

  public Dimensions {
    teamId = teamId == null || teamId.isBlank() ? null : teamId.strip().toLowerCase(Locale.ROOT);
    priority = priority == null || priority.isBlank() ? null : priority.strip();
  }
}
