package dev.rapport.local.testing;

import dev.rapport.events.people.PersonSnapshot;
import dev.rapport.events.people.PersonUpserted;
import dev.rapport.events.people.TeamRef;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * People as skills-service announces them on {@code Topics.PEOPLE}, with only what a test varies:
 * {@code TestPeople.person(id, userName).roles(List.of("agent")).snapshot()}.
 */
public final class TestPeople {
  private TestPeople() {}

  /**
   * An active person whose display name and e-mail are the userName, with no team, no role but
   * requester and no locale or time zone, updated now.
   */
  public static Person person(UUID id, String userName) {
    return new Person(id, userName);
  }

  /** The event that provisions {@code person}, as a SCIM create or update makes it. */
  public static PersonUpserted provisioned(PersonSnapshot person) {
    return new PersonUpserted(person, "scim");
  }

  /** A person being described; {@link #snapshot()} answers it as the event carries it. */
  public static final class Person {
    private final UUID id;
    private final String userName;
    private String displayName;
    private String locale;
    private String timezone;
    private List<TeamRef> teams = List.of();
    private List<String> roles = List.of();
    private boolean active = true;
    private Instant updatedAt = Instant.now();

    private Person(UUID id, String userName) {
      this.id = id;
      this.userName = userName;
      this.displayName = userName;
    }

    public Person displayName(String displayName) {
      this.displayName = displayName;
      return this;
    }

    public Person locale(String locale) {
      this.locale = locale;
      return this;
    }

    public Person timezone(String timezone) {
      this.timezone = timezone;
      return this;
    }

    public Person teams(List<TeamRef> teams) {
      this.teams = teams;
      return this;
    }

    /** Rapport roles from {@code PersonSnapshot.AGENT} and the like. */
    public Person roles(List<String> roles) {
      this.roles = roles;
      return this;
    }

    public Person active(boolean active) {
      this.active = active;
      return this;
    }

    public Person updatedAt(Instant updatedAt) {
      this.updatedAt = updatedAt;
      return this;
    }

    public PersonSnapshot snapshot() {
      return new PersonSnapshot(
          id,
          userName,
          null,
          displayName,
          null,
          null,
          userName,
          null,
          null,
          locale,
          timezone,
          null,
          null,
          null,
          teams,
          roles,
          active,
          updatedAt);
    }
  }
}
