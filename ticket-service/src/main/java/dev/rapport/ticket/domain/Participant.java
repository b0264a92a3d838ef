package dev.rapport.ticket.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;

/** A watcher or stakeholder of a ticket or business service. */
@Embeddable
public class Participant {
  @Column(name = "user_name", nullable = false)
  public String userName;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public ParticipantLevel level;

  protected Participant() {}

  public Participant(String userName, ParticipantLevel level) {
    this.userName = userName;
    this.level = level;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Participant p && p.userName.equals(userName) && p.level == level;
  }

  @Override
  public int hashCode() {
    return Objects.hash(userName, level);
  }
}
