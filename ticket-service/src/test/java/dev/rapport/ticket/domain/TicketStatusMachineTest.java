package dev.rapport.ticket.domain;

import static dev.rapport.ticket.domain.TicketStatus.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.support.problem.ProblemException;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TicketStatusMachineTest {
  private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");
  private static final Duration WINDOW = Duration.ofDays(7);

  /** The lifecycle as the product defines it; every other pair must be refused. */
  private static final Map<TicketStatus, Set<TicketStatus>> LEGAL =
      Map.of(
          NEW, EnumSet.of(ASSIGNED, CANCELLED),
          ASSIGNED, EnumSet.of(IN_PROGRESS, CANCELLED),
          IN_PROGRESS, EnumSet.of(WAITING_ON_CUSTOMER, ON_HOLD, RESOLVED, CANCELLED),
          WAITING_ON_CUSTOMER, EnumSet.of(IN_PROGRESS, CANCELLED),
          ON_HOLD, EnumSet.of(IN_PROGRESS, CANCELLED),
          RESOLVED, EnumSet.of(CLOSED, IN_PROGRESS),
          CLOSED, EnumSet.noneOf(TicketStatus.class),
          CANCELLED, EnumSet.noneOf(TicketStatus.class));

  private final TicketStatusMachine machine = new TicketStatusMachine(WINDOW);

  static Stream<Arguments> everyPair() {
    return Stream.of(TicketStatus.values())
        .flatMap(from -> Stream.of(TicketStatus.values()).map(to -> Arguments.of(from, to)));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("everyPair")
  void staffMayMakeExactlyTheLegalMoves(TicketStatus from, TicketStatus to) {
    Ticket ticket = ticketIn(from);
    if (LEGAL.get(from).contains(to)) {
      TicketStatusMachine.Kind kind = machine.check(ticket, to, "Fixed the cable", true, NOW);
      assertThat(kind).isEqualTo(expectedKind(from, to));
    } else {
      assertThatThrownBy(() -> machine.check(ticket, to, "Fixed the cable", true, NOW))
          .isInstanceOfSatisfying(
              ProblemException.class,
              p -> {
                assertThat(p.status()).isEqualTo(409);
                assertThat(p.type()).isEqualTo("illegal-transition");
                // Both are in the enum's order (EnumSets).
                assertThat(p.extensions().get("allowedTransitions"))
                    .isEqualTo(LEGAL.get(from).stream().map(Enum::name).toList());
              });
    }
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("everyPair")
  void requesterMayOnlyCancelReplyAcceptOrReopen(TicketStatus from, TicketStatus to) {
    boolean requesterMove =
        LEGAL.get(from).contains(to)
            && (to == CANCELLED
                || (from == WAITING_ON_CUSTOMER && to == IN_PROGRESS)
                || (from == RESOLVED && (to == CLOSED || to == IN_PROGRESS)));
    Ticket ticket = ticketIn(from);
    if (requesterMove) {
      assertThat(machine.check(ticket, to, "ok", false, NOW)).isEqualTo(expectedKind(from, to));
    } else {
      // A move nobody may make is a conflict with the lifecycle; one only IT may make is forbidden.
      boolean legalForStaff = LEGAL.get(from).contains(to);
      assertThatThrownBy(() -> machine.check(ticket, to, "ok", false, NOW))
          .isInstanceOfSatisfying(
              ProblemException.class,
              p -> {
                assertThat(p.status()).isEqualTo(legalForStaff ? 403 : 409);
                if (!legalForStaff) {
                  assertThat(p.type()).isEqualTo("illegal-transition");
                }
              });
    }
  }

  @Test
  void resolvingNeedsAResolutionNote() {
    assertThatThrownBy(() -> machine.check(ticketIn(IN_PROGRESS), RESOLVED, "  ", true, NOW))
        .isInstanceOfSatisfying(
            ProblemException.class,
            p -> {
              assertThat(p.status()).isEqualTo(422);
              assertThat(p.type()).isEqualTo("resolution-required");
            });
  }

  @Test
  void reopeningIsRefusedAfterTheWindow() {
    Ticket ticket = ticketIn(RESOLVED);
    ticket.resolvedAt = NOW.minus(WINDOW).minusSeconds(1);
    assertThatThrownBy(() -> machine.check(ticket, IN_PROGRESS, null, true, NOW))
        .isInstanceOfSatisfying(
            ProblemException.class, p -> assertThat(p.type()).isEqualTo("reopen-window-expired"));

    ticket.resolvedAt = NOW.minus(WINDOW).plusSeconds(1);
    assertThat(machine.check(ticket, IN_PROGRESS, null, true, NOW))
        .isEqualTo(TicketStatusMachine.Kind.REOPEN);
  }

  @Test
  void assigningNeedsSomeoneToAssignTo() {
    Ticket ticket = ticketIn(NEW);
    ticket.assignee = null;
    ticket.teamId = null;
    assertThatThrownBy(() -> machine.check(ticket, ASSIGNED, null, true, NOW))
        .isInstanceOfSatisfying(
            ProblemException.class, p -> assertThat(p.type()).isEqualTo("assignment-required"));
  }

  private static TicketStatusMachine.Kind expectedKind(TicketStatus from, TicketStatus to) {
    if (from == RESOLVED && to == IN_PROGRESS) {
      return TicketStatusMachine.Kind.REOPEN;
    }
    return switch (to) {
      case RESOLVED -> TicketStatusMachine.Kind.RESOLVE;
      case CLOSED -> TicketStatusMachine.Kind.CLOSE;
      case CANCELLED -> TicketStatusMachine.Kind.CANCEL;
      default -> TicketStatusMachine.Kind.PROGRESS;
    };
  }

  private static Ticket ticketIn(TicketStatus status) {
    Ticket ticket = new Ticket();
    ticket.key = "T-1";
    ticket.status = status;
    ticket.requester = "alice";
    ticket.assignee = "dana";
    ticket.resolvedAt = status == RESOLVED ? NOW.minus(Duration.ofHours(1)) : null;
    return ticket;
  }
}
