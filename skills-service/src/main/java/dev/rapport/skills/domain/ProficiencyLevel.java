package dev.rapport.skills.domain;

import java.util.Arrays;
import java.util.Optional;

/** The five proficiency levels and what each means, the same scale for every skill. */
public enum ProficiencyLevel {
  AWARENESS(1, "Awareness", "Knows what it is and when it applies; needs guidance to act."),
  WORKING(2, "Working", "Handles routine tasks with occasional help."),
  PRACTITIONER(3, "Practitioner", "Works independently on most tasks, including unusual ones."),
  ADVANCED(4, "Advanced", "Handles complex cases, improves practice and coaches others."),
  EXPERT(5, "Expert", "The reference inside and outside the team; sets direction.");

  public static final int MIN = 1;
  public static final int MAX = 5;

  private final int level;
  private final String label;
  private final String descriptor;

  ProficiencyLevel(int level, String label, String descriptor) {
    this.level = level;
    this.label = label;
    this.descriptor = descriptor;
  }

  public int level() {
    return level;
  }

  public String label() {
    return label;
  }

  public String descriptor() {
    return descriptor;
  }

  public static Optional<ProficiencyLevel> of(int level) {
    return Arrays.stream(values()).filter(l -> l.level == level).findFirst();
  }
}
