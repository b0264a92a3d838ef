package dev.rapport.skills.domain;

/** Where a training plan stands. ASSIGNED and IN_PROGRESS are open; the others are final. */
public enum TrainingStatus {
  ASSIGNED,
  IN_PROGRESS,
  COMPLETED,
  CANCELLED;

  public boolean open() {
    return this == ASSIGNED || this == IN_PROGRESS;
  }
}
