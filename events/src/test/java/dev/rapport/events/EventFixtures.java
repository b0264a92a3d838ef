package dev.rapport.events;

import dev.rapport.events.engagement.EngagementAlert;
import dev.rapport.events.engagement.PulseInvited;
import dev.rapport.events.engagement.RatingLink;
import dev.rapport.events.engagement.SurveyAnswered;
import dev.rapport.events.engagement.SurveyCancelled;
import dev.rapport.events.engagement.SurveyRequested;
import dev.rapport.events.engagement.SurveyTicket;
import dev.rapport.events.notification.NotificationDelivered;
import dev.rapport.events.notification.NotificationFailed;
import dev.rapport.events.notification.NotificationRead;
import dev.rapport.events.notification.NotificationRef;
import dev.rapport.events.people.PersonDeactivated;
import dev.rapport.events.people.PersonSnapshot;
import dev.rapport.events.people.PersonUpserted;
import dev.rapport.events.people.TeamChanged;
import dev.rapport.events.people.TeamMember;
import dev.rapport.events.people.TeamRef;
import dev.rapport.events.skills.SkillGapChanged;
import dev.rapport.events.skills.TrainingAssigned;
import dev.rapport.events.skills.TrainingCompleted;
import dev.rapport.events.skills.TrainingPlanSnapshot;
import dev.rapport.events.ticket.CsatSummary;
import dev.rapport.events.ticket.FieldChange;
import dev.rapport.events.ticket.Progress;
import dev.rapport.events.ticket.SlaSummary;
import dev.rapport.events.ticket.Stakeholder;
import dev.rapport.events.ticket.TicketAssigned;
import dev.rapport.events.ticket.TicketCancelled;
import dev.rapport.events.ticket.TicketClosed;
import dev.rapport.events.ticket.TicketOpened;
import dev.rapport.events.ticket.TicketReopened;
import dev.rapport.events.ticket.TicketResolved;
import dev.rapport.events.ticket.TicketSlaBreached;
import dev.rapport.events.ticket.TicketSlaWarning;
import dev.rapport.events.ticket.TicketStakeholderAdded;
import dev.rapport.events.ticket.TicketStatusChanged;
import dev.rapport.events.ticket.TicketSummary;
import dev.rapport.events.ticket.TicketTaskAdded;
import dev.rapport.events.ticket.TicketTaskCompleted;
import dev.rapport.events.ticket.TicketUpdatePosted;
import dev.rapport.events.ticket.TicketUpdated;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Realistic payloads for every catalogued type: a "full" one with every optional field set, and a
 * "sparse" one with every nullable field null and every list empty.
 */
final class EventFixtures {

  static final UUID TICKET_ID = UUID.fromString("7d0f6a0e-4c1b-4f5e-9a51-2f0c7c1e9b42");
  static final UUID SERVICE_ID = UUID.fromString("0b7e3c52-91d4-4a8e-b6f1-5d2a9c3e7f10");
  static final UUID TASK_ID = UUID.fromString("c4a9e1f2-3b6d-4e8a-9f0c-1d2e3f4a5b6c");
  static final UUID UPDATE_ID = UUID.fromString("e2f1d0c9-b8a7-4695-8473-625140302010");
  static final UUID PERSON_ID = UUID.fromString("5a1c7e90-2b3d-4f6a-8c9e-0d1f2a3b4c5d");
  static final UUID MANAGER_ID = UUID.fromString("6b2d8fa1-3c4e-4a7b-9daf-1e2a3b4c5d6e");
  static final UUID TEAM_ID = UUID.fromString("8d4fa1c3-5e6a-4c9d-8f1b-3a4b5c6d7e8f");
  static final UUID SKILL_ID = UUID.fromString("9e5ab2d4-6f7b-4dae-9a2c-4b5c6d7e8f90");
  static final UUID PLAN_ID = UUID.fromString("af6bc3e5-7a8c-4ebf-8b3d-5c6d7e8f9a01");
  static final UUID NOTIFICATION_ID = UUID.fromString("b07cd4f6-8b9d-4fc0-9c4e-6d7e8f9a0b12");
  static final UUID SURVEY_ID = UUID.fromString("c18de5a7-9cae-4d01-8d5f-7e8f9a0b1c23");
  static final UUID PULSE_ID = UUID.fromString("d29ef6b8-adbf-4e12-9e60-8f9a0b1c2d34");
  static final UUID ALERT_ID = UUID.fromString("e3a0a7c9-bec0-4f23-8f71-9a0b1c2d3e45");
  static final Instant CREATED = Instant.parse("2026-11-26T08:41:07.312Z");
  static final Instant UPDATED = Instant.parse("2026-11-26T09:15:42.078519Z");

  static final String REQUESTER = "maria.lopez@example.com";
  static final String AGENT = "sam.okafor@example.com";

  /** A ticket with every field set, in {@code status} with {@code completed} of 3 tasks done. */
  static TicketSummary ticket(String status, String assignee, int completed) {
    return new TicketSummary(
        TICKET_ID,
        "T-1042",
        "INCIDENT",
        "Printer on floor 3 is jammed",
        status,
        "P2",
        "MEDIUM",
        "HIGH",
        REQUESTER,
        assignee,
        assignee == null ? null : "service-desk",
        SERVICE_ID,
        "Office printing",
        "hardware/printer",
        List.of("printer-hardware", "windows-print-server"),
        List.of("lee.chen@example.com"),
        List.of(
            new Stakeholder("head.of.facilities@example.com", "BUSINESS_OWNER"),
            new Stakeholder("floor3.team@example.com", "END_USER")),
        new Progress(completed, 3),
        CREATED,
        UPDATED,
        new SlaSummary(
            "P2 incidents",
            null,
            CREATED.plusSeconds(8 * 3600),
            UPDATED.plusSeconds(2 * 3600),
            "MET",
            "RUNNING",
            "RUNNING"),
        new CsatSummary(SURVEY_ID, 4, UPDATED));
  }

  /** A ticket with every nullable field null and every list empty. */
  static TicketSummary sparseTicket(String status) {
    return new TicketSummary(
        TICKET_ID,
        "T-1043",
        "SERVICE_REQUEST",
        "New laptop for a starter",
        status,
        "P4",
        "LOW",
        "LOW",
        REQUESTER,
        null,
        null,
        null,
        null,
        null,
        List.of(),
        List.of(),
        List.of(),
        new Progress(0, 0),
        CREATED,
        CREATED,
        null,
        null);
  }

  /** Shared schemas nested in payloads: aggregate → (JSON pointer of the nested object, file). */
  static final Map<String, Map.Entry<String, String>> SHARED =
      Map.of(
          "ticket", Map.entry("/ticket", "rapport.ticket.summary.json"),
          "person", Map.entry("/person", "rapport.person.snapshot.json"),
          "training", Map.entry("/plan", "rapport.training.plan.json"),
          "notification", Map.entry("/notification", "rapport.notification.ref.json"),
          "survey", Map.entry("/ticket", "rapport.survey.ticket.json"));

  /** The aggregate id every fixture of {@code entry}'s type carries (its Kafka key). */
  static String aggregateOf(EventCatalog.Entry entry) {
    return switch (entry.aggregate()) {
      case "ticket" -> TICKET_ID.toString();
      case "person" -> PERSON_ID.toString();
      case "team", "skill-gap" -> TEAM_ID.toString();
      case "training" -> PLAN_ID.toString();
      case "notification" -> NOTIFICATION_ID.toString();
      case "survey" -> TICKET_ID.toString();
      case "pulse" -> PULSE_ID.toString();
      case "engagement" -> ALERT_ID.toString();
      default -> throw new IllegalArgumentException(entry.aggregate());
    };
  }

  /** A person with every field set. */
  static PersonSnapshot person(boolean active) {
    return new PersonSnapshot(
        PERSON_ID,
        AGENT,
        "WD-10442",
        "Sam Okafor",
        "Sam",
        "Okafor",
        AGENT,
        "@sam.okafor",
        "Network engineer",
        "en-GB",
        "Europe/London",
        "IT Infrastructure",
        MANAGER_ID,
        "lead@example.com",
        List.of(new TeamRef(TEAM_ID, "Network operations")),
        List.of(PersonSnapshot.AGENT, PersonSnapshot.LEAD),
        active,
        UPDATED);
  }

  /** A person with every nullable field null and no team. */
  static PersonSnapshot sparsePerson(boolean active) {
    return new PersonSnapshot(
        PERSON_ID, REQUESTER, null, REQUESTER, null, null, null, null, null, null, null, null, null,
        null, List.of(), null, active, CREATED);
  }

  static TrainingPlanSnapshot plan(String status, Instant completedAt) {
    return new TrainingPlanSnapshot(
        PLAN_ID,
        PERSON_ID,
        AGENT,
        SKILL_ID,
        "Cisco IOS routing",
        2,
        3,
        LocalDate.parse("2027-02-26"),
        "CCNA course, modules 4-6",
        completedAt == null ? 0 : 100,
        status,
        "lead@example.com",
        CREATED,
        completedAt);
  }

  static TrainingPlanSnapshot sparsePlan(String status, Instant completedAt) {
    return new TrainingPlanSnapshot(
        PLAN_ID,
        PERSON_ID,
        AGENT,
        SKILL_ID,
        "Cisco IOS routing",
        0,
        1,
        null,
        null,
        0,
        status,
        "lead@example.com",
        CREATED,
        completedAt);
  }

  static NotificationRef notification(String channel) {
    return new NotificationRef(
        NOTIFICATION_ID,
        "3f1c9a4e-8d2b-4c6f-a1e0-5b7d9c2e4f68",
        "rapport.ticket.resolved.v1",
        TICKET_ID,
        "T-1042",
        REQUESTER,
        "REQUESTER",
        channel);
  }

  static NotificationRef sparseNotification() {
    return new NotificationRef(
        NOTIFICATION_ID,
        "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
        "rapport.person.upserted.v1",
        null,
        null,
        "subscription:0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f",
        "SUBSCRIPTION",
        "WEBHOOK");
  }

  /** One full payload per catalogued type. */
  static Map<Class<? extends EventPayload>, EventPayload> full() {
    return Map.ofEntries(
        entry(
            new TicketOpened(
                ticket("NEW", null, 0),
                REQUESTER,
                "The printer by the lifts shows error 13.2 and no job comes out since 9:00.")),
        entry(
            new TicketUpdated(
                ticket("IN_PROGRESS", AGENT, 1),
                AGENT,
                List.of(
                    new FieldChange("urgency", "MEDIUM", "HIGH"),
                    new FieldChange("category", null, "hardware/printer")))),
        entry(
            new TicketAssigned(
                ticket("ASSIGNED", AGENT, 0), "lead@example.com", "jo.smith@example.com", "noc")),
        entry(
            new TicketStatusChanged(
                ticket("WAITING_ON_CUSTOMER", AGENT, 1),
                AGENT,
                "IN_PROGRESS",
                "WAITING_ON_CUSTOMER",
                "Asked the requester which tray is jammed")),
        entry(
            new TicketUpdatePosted(
                ticket("IN_PROGRESS", AGENT, 1),
                AGENT,
                UPDATE_ID,
                "INTERNAL",
                "Fuser unit looks worn; ordering a spare from the vendor.",
                false)),
        entry(
            new TicketTaskAdded(
                ticket("IN_PROGRESS", AGENT, 0), AGENT, TASK_ID, "Clear the paper path")),
        entry(
            new TicketTaskCompleted(
                ticket("IN_PROGRESS", AGENT, 2), AGENT, TASK_ID, "Replace the fuser unit", 2, 3)),
        entry(
            new TicketStakeholderAdded(
                ticket("IN_PROGRESS", AGENT, 1), AGENT, "cfo@example.com", "EXECUTIVE")),
        entry(
            new TicketResolved(
                ticket("RESOLVED", AGENT, 3),
                AGENT,
                "Replaced the fuser unit and cleared the jam; test pages print cleanly.")),
        entry(
            new TicketReopened(
                ticket("IN_PROGRESS", AGENT, 3), REQUESTER, "It jammed again after 20 pages")),
        entry(
            new TicketClosed(
                ticket("CLOSED", AGENT, 3), "system", "Closed 7 days after resolution")),
        entry(
            new TicketCancelled(
                ticket("CANCELLED", null, 0), REQUESTER, "Raised twice; see T-1041 instead")),
        entry(
            new TicketSlaWarning(
                ticket("IN_PROGRESS", AGENT, 1),
                "system",
                "UPDATE",
                3,
                0.75,
                "PT2H",
                UPDATED.plusSeconds(2 * 3600),
                "PT1H30M",
                "75% of the PT2H update target used")),
        entry(
            new TicketSlaBreached(
                ticket("IN_PROGRESS", AGENT, 1),
                AGENT,
                "RESPONSE",
                1,
                1,
                "PT15M",
                CREATED.plusSeconds(15 * 60),
                "PT34M35S",
                "priority raised from P3 to P1")),
        entry(new PersonUpserted(person(true), "okta-provisioning")),
        entry(new PersonDeactivated(person(false), false, "entra-provisioning")),
        entry(
            new TeamChanged(
                TEAM_ID,
                "Network operations",
                "WD-ORG-77",
                "UPDATED",
                List.of(
                    new TeamMember(PERSON_ID, AGENT, "Sam Okafor"),
                    new TeamMember(MANAGER_ID, "lead@example.com", "Lee Chen")),
                List.of(AGENT),
                List.of("jo.smith@example.com"),
                "okta-provisioning",
                UPDATED)),
        entry(
            new SkillGapChanged(
                TEAM_ID,
                "Network operations",
                SKILL_ID,
                "Cisco IOS routing",
                3,
                3,
                1,
                2,
                1,
                14,
                4,
                "HIGH",
                "MEDIUM",
                "CHANGED",
                UPDATED)),
        entry(new TrainingAssigned(plan("ASSIGNED", null), "lead@example.com")),
        entry(new TrainingCompleted(plan("COMPLETED", UPDATED), 2, 3, "lead@example.com")),
        entry(new NotificationDelivered(notification("EMAIL"), 2, true, UPDATED)),
        entry(
            new NotificationFailed(
                notification("CHAT"),
                3,
                "HTTP 503 from https://chat.example.com/hooks/abc",
                false,
                UPDATED.plusSeconds(60),
                UPDATED)),
        entry(new NotificationRead(notification("IN_APP"), "INBOX", UPDATED)),
        entry(
            new SurveyRequested(
                SURVEY_ID,
                surveyTicket(),
                REQUESTER,
                UPDATED.plusSeconds(14 * 24 * 3600),
                ratingLinks(),
                "https://rapport.example.com/s/eyJzIjoiYzE4ZGU1YTcifQ.sig")),
        entry(new SurveyCancelled(SURVEY_ID, surveyTicket(), REQUESTER, "the ticket was reopened")),
        entry(
            new SurveyAnswered(
                SURVEY_ID,
                surveyTicket(),
                REQUESTER,
                2,
                "Nobody told me anything for two days.",
                UPDATED,
                true)),
        entry(
            new PulseInvited(
                PULSE_ID,
                3,
                "service-desk",
                AGENT,
                "Service desk pulse, December",
                UPDATED.plusSeconds(7 * 24 * 3600),
                "https://rapport.example.com/pulse/d29ef6b8")),
        entry(
            new EngagementAlert(
                ALERT_ID,
                "SERVICE",
                "service-desk",
                SERVICE_ID,
                "Office printing",
                "cadence-adherence",
                0.9,
                0.82,
                "P7D",
                "Office printing requesters went without an update past the promise 18 % of the"
                    + " time in the last 7 days.",
                UPDATED)));
  }

  /** One payload per catalogued type with every nullable field null and every list empty. */
  static Map<Class<? extends EventPayload>, EventPayload> sparse() {
    return Map.ofEntries(
        entry(new TicketOpened(sparseTicket("NEW"), REQUESTER, "Starter on 1 December needs one.")),
        entry(
            new TicketUpdated(
                sparseTicket("NEW"), AGENT, List.of(new FieldChange("category", "laptop", null)))),
        entry(new TicketAssigned(sparseTicket("ASSIGNED"), AGENT, null, null)),
        entry(new TicketStatusChanged(sparseTicket("ON_HOLD"), AGENT, "ASSIGNED", "ON_HOLD", null)),
        entry(
            new TicketUpdatePosted(
                sparseTicket("IN_PROGRESS"),
                AGENT,
                UPDATE_ID,
                "PUBLIC",
                "1 of 1 steps done: Order the laptop",
                true)),
        entry(new TicketTaskAdded(sparseTicket("ASSIGNED"), AGENT, TASK_ID, "Order the laptop")),
        entry(
            new TicketTaskCompleted(
                sparseTicket("IN_PROGRESS"), AGENT, TASK_ID, "Order the laptop", 1, 1)),
        entry(
            new TicketStakeholderAdded(
                sparseTicket("NEW"), REQUESTER, "line.manager@example.com", "WATCHER")),
        entry(new TicketResolved(sparseTicket("RESOLVED"), AGENT, "Laptop delivered.")),
        entry(new TicketReopened(sparseTicket("IN_PROGRESS"), REQUESTER, null)),
        entry(new TicketClosed(sparseTicket("CLOSED"), REQUESTER, null)),
        entry(new TicketCancelled(sparseTicket("CANCELLED"), REQUESTER, null)),
        entry(
            new TicketSlaWarning(
                sparseTicket("NEW"),
                "system",
                "RESPONSE",
                1,
                0.5,
                "P1D",
                CREATED.plusSeconds(24 * 3600),
                "PT12H",
                "50% of the P1D response target used")),
        entry(
            new TicketSlaBreached(
                sparseTicket("WAITING_ON_CUSTOMER"),
                "system",
                "RESOLUTION",
                1,
                1,
                "P10D",
                CREATED.plusSeconds(14 * 24 * 3600),
                "PT240H",
                "the P10D resolution target passed")),
        entry(new PersonUpserted(sparsePerson(true), "scim-client")),
        entry(new PersonDeactivated(sparsePerson(false), true, "scim-client")),
        entry(
            new TeamChanged(
                TEAM_ID,
                "Network operations",
                null,
                "DELETED",
                List.of(),
                List.of(),
                List.of(),
                "scim-client",
                CREATED)),
        entry(
            new SkillGapChanged(
                TEAM_ID,
                "Network operations",
                SKILL_ID,
                "Cisco IOS routing",
                1,
                1,
                1,
                0,
                1,
                0,
                0,
                "NONE",
                "LOW",
                "CLOSED",
                CREATED)),
        entry(new TrainingAssigned(sparsePlan("ASSIGNED", null), "lead@example.com")),
        entry(new TrainingCompleted(sparsePlan("COMPLETED", UPDATED), 0, 1, "lead@example.com")),
        entry(new NotificationDelivered(sparseNotification(), 1, false, CREATED)),
        entry(
            new NotificationFailed(
                sparseNotification(), 5, "connection refused", true, null, CREATED)),
        entry(new NotificationRead(sparseNotification(), "LINK", CREATED)),
        entry(
            new SurveyRequested(
                SURVEY_ID,
                sparseSurveyTicket(),
                REQUESTER,
                CREATED.plusSeconds(3600),
                ratingLinks(),
                "https://rapport.example.com/s/t")),
        entry(new SurveyCancelled(SURVEY_ID, sparseSurveyTicket(), REQUESTER, "reopened")),
        entry(
            new SurveyAnswered(
                SURVEY_ID, sparseSurveyTicket(), REQUESTER, 5, null, CREATED, false)),
        entry(
            new PulseInvited(
                PULSE_ID, 1, "noc", AGENT, "Pulse", CREATED, "https://rapport.example.com/p")),
        entry(
            new EngagementAlert(
                ALERT_ID,
                "TEAM",
                "noc",
                null,
                null,
                "enps",
                -15,
                -22,
                "P28D",
                "eNPS fell.",
                CREATED)));
  }

  /** The ticket of a survey, every field set. */
  static SurveyTicket surveyTicket() {
    return new SurveyTicket(
        TICKET_ID,
        "T-1042",
        "Printer on floor 3 is jammed",
        "P2",
        "service-desk",
        AGENT,
        SERVICE_ID,
        "Office printing");
  }

  /** The ticket of a survey, every nullable field null. */
  static SurveyTicket sparseSurveyTicket() {
    return new SurveyTicket(TICKET_ID, "T-1043", "New laptop", "P4", null, null, null, null);
  }

  /** Five one-click links, ratings 1 to 5. */
  static List<RatingLink> ratingLinks() {
    return java.util.stream.IntStream.rangeClosed(1, 5)
        .mapToObj(r -> new RatingLink(r, "https://rapport.example.com/s/tok" + r + ".sig"))
        .toList();
  }

  private static Map.Entry<Class<? extends EventPayload>, EventPayload> entry(EventPayload p) {
    return Map.entry(p.getClass(), p);
  }

  private EventFixtures() {}
}
