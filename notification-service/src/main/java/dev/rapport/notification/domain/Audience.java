package dev.rapport.notification.domain;

/** Why someone hears about a ticket. Business audiences get plain language; IT the detail. */
public enum Audience {
  REQUESTER(false),
  WATCHER(false),
  END_USER(false),
  BUSINESS_OWNER(false),
  EXECUTIVE(false),
  ASSIGNEE(true),
  TEAM(true),
  /** The leads of the ticket's team: team members with the lead role. */
  TEAM_LEAD(true),
  IT(true),
  /** A chat room or external system subscribed through /api/v1/subscriptions. */
  SUBSCRIPTION(true);

  private final boolean it;

  Audience(boolean it) {
    this.it = it;
  }

  /** Whether this audience is IT: only IT audiences may ever see internal work notes. */
  public boolean isIt() {
    return it;
  }
}
