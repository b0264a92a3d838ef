package dev.rapport.ticket.domain;

import dev.rapport.events.engagement.SurveyAnswered;
import dev.rapport.events.ticket.CsatSummary;
import dev.rapport.support.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.query.NativeQuery;
import org.hibernate.type.StandardBasicTypes;
import org.jboss.logging.Logger;

/**
 * The requester's satisfaction rating on the ticket, as engagement-service reports it
 * (rapport.survey.answered.v1). The latest answer wins: a revision replaces the rating, an answer
 * given before the one recorded (a late redelivery of an older revision) changes nothing. Recording
 * it is engagement's news, not a change of the ticket: the ticket's version, {@code updatedAt} and
 * history stay as they are and no ticket event is published for it; the next ticket event's summary
 * carries it ({@link TicketSummaries}).
 */
@ApplicationScoped
public class TicketCsat {
  private static final Logger LOG = Logger.getLogger(TicketCsat.class);

  /**
   * The rating as a caller reads it on the ticket.
   *
   * @param comment the requester's words; null when there were none, or when the caller is neither
   *     IT staff nor the requester
   */
  public record Csat(UUID survey, int rating, String comment, Instant answeredAt) {}

  /** Records {@code answer} on its ticket unless a later answer is there already. */
  @Transactional(TxType.MANDATORY)
  public void record(SurveyAnswered answer) {
    UUID ticketId = answer.ticket() == null ? null : answer.ticket().id();
    if (ticketId == null || answer.answeredAt() == null) {
      throw new IllegalArgumentException(
          "survey answer " + answer.survey() + " names no ticket or no answeredAt");
    }
    if (answer.rating() < 1 || answer.rating() > 5) {
      throw new IllegalArgumentException(
          "survey answer " + answer.survey() + " has rating " + answer.rating() + ", not 1 to 5");
    }
    // One conditional update: of two answers racing, the later answeredAt is what stays.
    NativeQuery<?> update =
        Ticket.getEntityManager()
            .createNativeQuery(
                "update tickets set csat_survey = :survey, csat_rating = :rating,"
                    + " csat_comment = :comment, csat_answered_at = :at where id = :id"
                    + " and (csat_answered_at is null or csat_answered_at < :at)")
            .unwrap(NativeQuery.class);
    update.setParameter("survey", answer.survey());
    update.setParameter("rating", answer.rating());
    update.setParameter("comment", blankToNull(answer.comment()), StandardBasicTypes.STRING);
    update.setParameter("at", answer.answeredAt());
    update.setParameter("id", ticketId);
    int updated = update.executeUpdate();
    if (updated == 1) {
      return;
    }
    if (Ticket.count("id", ticketId) == 0) {
      LOG.infof(
          "Skipping the answer to survey %s: ticket %s (%s) is not known here",
          answer.survey(), ticketId, answer.ticket().key());
    } else {
      LOG.debugf(
          "Ignoring the answer to survey %s of %s: a later answer is recorded",
          answer.survey(), answer.answeredAt());
    }
  }

  /** The rating of {@code ticket} as {@code caller} may read it, or null while none was given. */
  public static Csat of(Ticket ticket, Caller caller) {
    if (ticket.csatRating == null) {
      return null;
    }
    boolean mayReadComment = caller.staff() || ticket.requester.equals(caller.userName());
    return new Csat(
        ticket.csatSurvey,
        ticket.csatRating,
        mayReadComment ? ticket.csatComment : null,
        ticket.csatAnsweredAt);
  }

  /** The rating as every ticket event carries it (no comment), or null while none was given. */
  public static CsatSummary summary(Ticket ticket) {
    return ticket.csatRating == null
        ? null
        : new CsatSummary(ticket.csatSurvey, ticket.csatRating, ticket.csatAnsweredAt);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
