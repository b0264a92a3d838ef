package dev.rapport.engagement.domain.survey;

import dev.rapport.engagement.domain.ColumnArrays;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.UUID;
import org.hibernate.Session;

/**
 * The surveys a consumer batch of ticket events reads and writes, a statement per kind for the
 * whole batch: the requesters' locks, the tickets' current surveys, how often each requester was
 * asked lately, the new surveys, the withdrawn ones. Plain JDBC on the transaction's connection,
 * with surveys as detached {@link Survey}s: resolutions come by the hundred in a backlog, and
 * Hibernate's queries (a new SQL text for each size of an {@code in} list), persists and flushes
 * were a fifth of engagement-service's ingest CPU.
 */
@ApplicationScoped
@Transactional(TxType.MANDATORY)
public class SurveyRows {
  private static final String LOCK =
      "select count(*) from (select pg_advisory_xact_lock(hashtext('survey:' || r))"
          + " from (select r from unnest(?::text[]) as u(r) order by r) sorted) locked";
  private static final String CURRENT =
      "select id, ticket_id, ticket_key, ticket_title, ticket_priority, team_id, assignee,"
          + " business_service_id, business_service_name, requester, status, skip_reason,"
          + " requested_at, expires_at, version from surveys"
          + " where ticket_id = any(?::uuid[]) and reopened_at is null";
  // The status list is the partial index surveys_asked's predicate (V7_1), verbatim, so that
  // PostgreSQL can read the count from that index.
  private static final String ASKED_SINCE =
      "select requester, count(*) from surveys where requester = any(?::text[])"
          + " and status in ('PENDING', 'ANSWERED', 'EXPIRED') and requested_at > ?"
          + " group by requester";
  private static final String INSERT =
      "insert into surveys (id, ticket_id, ticket_key, ticket_title, ticket_priority, team_id,"
          + " assignee, business_service_id, business_service_name, requester, status, skip_reason,"
          + " requested_at, expires_at, cancelled_at, reopened_at)"
          + " select id::uuid, ticket_id::uuid, ticket_key, ticket_title, ticket_priority, team_id,"
          + " assignee, business_service_id::uuid, business_service_name, requester, status,"
          + " skip_reason, requested_at::timestamptz, expires_at::timestamptz,"
          + " cancelled_at::timestamptz, reopened_at::timestamptz from unnest("
          + "?::text[], ".repeat(15)
          + "?::text[]) as u(id, ticket_id, ticket_key, ticket_title, ticket_priority, team_id,"
          + " assignee, business_service_id, business_service_name, requester, status, skip_reason,"
          + " requested_at, expires_at, cancelled_at, reopened_at)";
  private static final String REOPEN =
      "update surveys s set reopened_at = u.reopened_at::timestamptz, status = u.status,"
          + " cancelled_at = u.cancelled_at::timestamptz, version = s.version + 1"
          + " from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[])"
          + " as u(id, version, status, cancelled_at, reopened_at)"
          + " where s.id = u.id::uuid and s.version = u.version::int";

  private final EntityManager entityManager;

  SurveyRows(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  /**
   * Takes the transaction's lock on each of {@code requesters}, in their order (name order, so two
   * batches cannot wait for each other).
   */
  public void lock(SortedSet<String> requesters) {
    if (requesters.isEmpty()) {
      return;
    }
    session()
        .doWork(
            connection -> {
              try (PreparedStatement lock = connection.prepareStatement(LOCK)) {
                lock.setArray(1, connection.createArrayOf("text", requesters.toArray()));
                lock.executeQuery().close();
              }
            });
  }

  /** The surveys of the current resolutions of {@code tickets} (not reopened since). */
  public List<Survey> current(Collection<UUID> tickets) {
    List<Survey> surveys = new ArrayList<>();
    session()
        .doWork(
            connection ->
                ColumnArrays.selectByIds(
                    connection, CURRENT, tickets, row -> surveys.add(read(row))));
    return surveys;
  }

  /** How many surveys each of {@code requesters} was asked after {@code since} (none: absent). */
  public Map<String, Long> askedSince(Collection<String> requesters, Instant since) {
    Map<String, Long> asked = new HashMap<>();
    session()
        .doWork(
            connection -> {
              try (PreparedStatement select = connection.prepareStatement(ASKED_SINCE)) {
                select.setArray(1, connection.createArrayOf("text", requesters.toArray()));
                select.setObject(2, OffsetDateTime.ofInstant(since, ZoneOffset.UTC));
                try (ResultSet rows = select.executeQuery()) {
                  while (rows.next()) {
                    asked.put(rows.getString(1), rows.getLong(2));
                  }
                }
              }
            });
    return asked;
  }

  /** Stores {@code surveys}, new, in their order. */
  public void created(List<Survey> surveys) {
    if (surveys.isEmpty()) {
      return;
    }
    String[][] columns =
        ColumnArrays.of(
            surveys,
            16,
            s ->
                new Object[] {
                  s.id,
                  s.ticketId,
                  s.ticketKey,
                  s.ticketTitle,
                  s.ticketPriority,
                  s.teamId,
                  s.assignee,
                  s.businessServiceId,
                  s.businessServiceName,
                  s.requester,
                  s.status,
                  s.skipReason,
                  s.requestedAt,
                  s.expiresAt,
                  s.cancelledAt,
                  s.reopenedAt
                });
    session().doWork(connection -> ColumnArrays.executeUpdate(connection, INSERT, columns));
  }

  /**
   * Writes what a reopen changed on {@code surveys}, stored ones as read by {@link #current}.
   *
   * @throws OptimisticLockException when one changed since (an answer at that moment): the batch is
   *     then applied again
   */
  public void reopened(List<Survey> surveys) {
    if (surveys.isEmpty()) {
      return;
    }
    String[][] columns =
        ColumnArrays.of(
            surveys, 5, s -> new Object[] {s.id, s.version, s.status, s.cancelledAt, s.reopenedAt});
    int updated =
        session()
            .doReturningWork(connection -> ColumnArrays.executeUpdate(connection, REOPEN, columns));
    if (updated != surveys.size()) {
      throw new OptimisticLockException("a survey of a reopened ticket changed meanwhile");
    }
  }

  private static Survey read(ResultSet rows) throws SQLException {
    Survey survey = new Survey();
    survey.id = rows.getObject("id", UUID.class);
    survey.ticketId = rows.getObject("ticket_id", UUID.class);
    survey.ticketKey = rows.getString("ticket_key");
    survey.ticketTitle = rows.getString("ticket_title");
    survey.ticketPriority = rows.getString("ticket_priority");
    survey.teamId = rows.getString("team_id");
    survey.assignee = rows.getString("assignee");
    survey.businessServiceId = rows.getObject("business_service_id", UUID.class);
    survey.businessServiceName = rows.getString("business_service_name");
    survey.requester = rows.getString("requester");
    survey.status = SurveyStatus.valueOf(rows.getString("status"));
    String skip = rows.getString("skip_reason");
    survey.skipReason = skip == null ? null : SkipReason.valueOf(skip);
    survey.requestedAt = rows.getObject("requested_at", OffsetDateTime.class).toInstant();
    survey.expiresAt = rows.getObject("expires_at", OffsetDateTime.class).toInstant();
    survey.version = rows.getInt("version");
    return survey;
  }

  private Session session() {
    return entityManager.unwrap(Session.class);
  }
}
