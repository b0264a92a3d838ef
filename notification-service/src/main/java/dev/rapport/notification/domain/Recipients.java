package dev.rapport.notification.domain;

import dev.rapport.events.EventPayload;
import dev.rapport.events.people.PersonSnapshot;
import dev.rapport.events.ticket.Stakeholder;
import dev.rapport.events.ticket.TicketSlaWarning;
import dev.rapport.events.ticket.TicketSummary;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Who has a stake in a ticket, and as which audiences: the requester, watchers, stakeholders by
 * level, the assignee, and the active members of the ticket's team (its leads, people with the lead
 * role, also as {@link Audience#TEAM_LEAD}). A person found in several audiences is listed once,
 * with their audiences from the most specific to the least.
 *
 * <p>The update cadence is the assignee's to keep: an UPDATE warning about an assigned ticket is
 * the assignee's alone, and reaches the team only when nobody is assigned (it stands in).
 */
@ApplicationScoped
public class Recipients {
  /** Most specific first: a person's own role in the ticket before the groups they belong to. */
  static final List<Audience> SPECIFICITY =
      List.of(
          Audience.ASSIGNEE,
          Audience.REQUESTER,
          Audience.WATCHER,
          Audience.EXECUTIVE,
          Audience.BUSINESS_OWNER,
          Audience.END_USER,
          Audience.IT,
          Audience.TEAM_LEAD,
          Audience.TEAM);

  /** One person and the audiences they are in, most specific first. */
  public record Recipient(String userName, List<Audience> audiences) {}

  /** Everyone with a stake in {@code ticket} for the news of {@code payload}. */
  public List<Recipient> of(EventPayload payload, TicketSummary ticket) {
    Map<String, Recipient> byName = new LinkedHashMap<>();
    add(byName, ticket.assignee(), Audience.ASSIGNEE);
    add(byName, ticket.requester(), Audience.REQUESTER);
    ticket.watchers().forEach(w -> add(byName, w, Audience.WATCHER));
    for (Stakeholder s : ticket.stakeholders()) {
      Audience level = level(s.level());
      if (level != null) {
        add(byName, s.userName(), level);
      }
    }
    if (ticket.teamId() != null && !ticket.teamId().isBlank()) {
      boolean assigneesAlone =
          payload instanceof TicketSlaWarning w
              && "UPDATE".equalsIgnoreCase(w.clock())
              && ticket.assignee() != null
              && !ticket.assignee().isBlank();
      for (Contact member : teamMembers(ticket.teamId())) {
        if (member.hasRole(PersonSnapshot.LEAD)) {
          add(byName, member.userName, Audience.TEAM_LEAD);
        }
        if (!assigneesAlone) {
          add(byName, member.userName, Audience.TEAM);
        }
      }
    }
    List<Recipient> recipients = new ArrayList<>();
    for (Recipient r : byName.values()) {
      List<Audience> sorted = new ArrayList<>(r.audiences());
      sorted.sort((a, b) -> SPECIFICITY.indexOf(a) - SPECIFICITY.indexOf(b));
      recipients.add(new Recipient(r.userName(), List.copyOf(sorted)));
    }
    return recipients;
  }

  /**
   * The leads of team {@code teamId} (active members with the lead role) as {@link
   * Audience#TEAM_LEAD}: who hears of a low rating or an engagement alert. None without a team.
   */
  public List<Recipient> leadsOf(String teamId) {
    if (teamId == null || teamId.isBlank()) {
      return List.of();
    }
    return teamMembers(teamId).stream()
        .filter(member -> member.hasRole(PersonSnapshot.LEAD))
        .map(lead -> new Recipient(lead.userName, List.of(Audience.TEAM_LEAD)))
        .toList();
  }

  /** Active contacts whose teams include {@code teamId}. */
  @SuppressWarnings("unchecked")
  List<Contact> teamMembers(String teamId) {
    return Contact.getEntityManager()
        .createNativeQuery(
            // @> rather than = any(): only containment can use the GIN index on team_ids.
            "select * from contacts where active and team_ids @> array[cast(?1 as text)]",
            Contact.class)
        .setParameter(1, teamId)
        .getResultList();
  }

  private static void add(Map<String, Recipient> byName, String userName, Audience audience) {
    if (userName == null || userName.isBlank()) {
      return;
    }
    String key = userName.strip().toLowerCase(Locale.ROOT);
    Recipient r =
        byName.computeIfAbsent(key, k -> new Recipient(userName.strip(), new ArrayList<>()));
    if (!r.audiences().contains(audience)) {
      r.audiences().add(audience);
    }
  }

  private static Audience level(String level) {
    if (level == null) {
      return null;
    }
    return switch (level.strip().toUpperCase(Locale.ROOT)) {
      case "END_USER" -> Audience.END_USER;
      case "BUSINESS_OWNER" -> Audience.BUSINESS_OWNER;
      case "EXECUTIVE" -> Audience.EXECUTIVE;
      case "IT" -> Audience.IT;
      case "WATCHER" -> Audience.WATCHER;
      default -> null;
    };
  }
}
