package dev.rapport.skills.domain;

import java.util.List;

/**
 * Announces provisioning changes on rapport.people.v1, in the transaction of the change;
 * implemented by {@code messaging.PeopleEvents}, which knows the wire format.
 */
public interface PeopleEventPublisher {

  /** The person as they are now (rapport.person.upserted.v1). */
  void personUpserted(Person person, String actor);

  /**
   * The person deactivated, or deleted, as last known (rapport.person.deactivated.v1, active
   * false).
   *
   * @param lastKnown taken before a deletion removes them from their teams
   */
  void personDeactivated(PersonProfile lastKnown, boolean deleted, String actor);

  /**
   * The team as it is now, with who joined and who left (rapport.team.changed.v1).
   *
   * @param joined people who joined it, in any order
   * @param left people who left it, in any order
   */
  void teamChanged(
      Team team, TeamChange change, List<Person> joined, List<Person> left, String actor);
}
