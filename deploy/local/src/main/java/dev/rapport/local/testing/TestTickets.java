package dev.rapport.local.testing;

import dev.rapport.events.ticket.CsatSummary;
import dev.rapport.events.ticket.Progress;
import dev.rapport.events.ticket.SlaSummary;
import dev.rapport.events.ticket.Stakeholder;
import dev.rapport.events.ticket.TicketSummary;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * Tickets as ticket-service describes them in its events, with only what a test varies: {@code
 * TestTickets.ticket(id, key).status("RESOLVED").assignee("sam@example.com").summary()}.
 */
public final class TestTickets {
  private TestTickets() {}

  /**
   * A NEW P3 incident "Something is broken" of requester@example.com, impact and urgency MEDIUM,
   * unassigned, with no team, service, category, skill, watcher, stakeholder or task, created and
   * updated now (to the millisecond, as the JSON of an event keeps it).
   */
  public static Ticket ticket(UUID id, String key) {
    return new Ticket(id, key);
  }

  /** A ticket being described; {@link #summary()} answers it as the events carry it. */
  public static final class Ticket {
    private final UUID id;
    private final String key;
    private String title = "Something is broken";
    private String status = "NEW";
    private String priority = "P3";
    private String impact = "MEDIUM";
    private String urgency = "MEDIUM";
    private String requester = "requester@example.com";
    private String assignee;
    private String teamId;
    private UUID businessServiceId;
    private String businessServiceName;
    private List<String> requiredSkills = List.of();
    private List<String> watchers = List.of();
    private List<Stakeholder> stakeholders = List.of();
    private Instant createdAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    private Instant updatedAt = createdAt;
    private SlaSummary sla;
    private CsatSummary csat;

    private Ticket(UUID id, String key) {
      this.id = id;
      this.key = key;
    }

    public Ticket title(String title) {
      this.title = title;
      return this;
    }

    public Ticket status(String status) {
      this.status = status;
      return this;
    }

    public Ticket priority(String priority) {
      this.priority = priority;
      return this;
    }

    public Ticket impact(String impact) {
      this.impact = impact;
      return this;
    }

    public Ticket urgency(String urgency) {
      this.urgency = urgency;
      return this;
    }

    public Ticket requester(String requester) {
      this.requester = requester;
      return this;
    }

    public Ticket assignee(String assignee) {
      this.assignee = assignee;
      return this;
    }

    public Ticket teamId(String teamId) {
      this.teamId = teamId;
      return this;
    }

    public Ticket businessService(UUID id, String name) {
      this.businessServiceId = id;
      this.businessServiceName = name;
      return this;
    }

    public Ticket requiredSkills(List<String> requiredSkills) {
      this.requiredSkills = requiredSkills;
      return this;
    }

    public Ticket watchers(List<String> watchers) {
      this.watchers = watchers;
      return this;
    }

    public Ticket stakeholders(List<Stakeholder> stakeholders) {
      this.stakeholders = stakeholders;
      return this;
    }

    public Ticket createdAt(Instant createdAt) {
      this.createdAt = createdAt;
      return this;
    }

    public Ticket updatedAt(Instant updatedAt) {
      this.updatedAt = updatedAt;
      return this;
    }

    /** The SLA promise the summary carries (null: no policy applies, the default). */
    public Ticket sla(SlaSummary sla) {
      this.sla = sla;
      return this;
    }

    /** The satisfaction rating the summary carries (null: none given, the default). */
    public Ticket csat(CsatSummary csat) {
      this.csat = csat;
      return this;
    }

    public TicketSummary summary() {
      return new TicketSummary(
          id,
          key,
          "INCIDENT",
          title,
          status,
          priority,
          impact,
          urgency,
          requester,
          assignee,
          teamId,
          businessServiceId,
          businessServiceName,
          null,
          requiredSkills,
          watchers,
          stakeholders,
          new Progress(0, 0),
          createdAt,
          updatedAt,
          sla,
          csat);
    }
  }
}
