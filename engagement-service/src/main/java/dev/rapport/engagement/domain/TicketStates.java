package dev.rapport.engagement.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.Session;

/**
 * The {@link TicketState}s a transaction's ticket events read and change: those of a batch loaded
 * in one query before its events are handled ({@link #load}), instead of a look-up per event (and,
 * for a ticket seen for the first time, a look-up that finds nothing), and the new and changed ones
 * written back in one statement by {@link #flush} before the transaction commits. Plain JDBC on the
 * transaction's connection rather than Hibernate entities: a consumer batch changes up to hundreds
 * of states, and entity loading, dirty checking and an UPDATE each cost the ingest about a quarter
 * of the service's CPU.
 */
@ApplicationScoped
@Transactional(TxType.MANDATORY)
public class TicketStates {
  private static final String COLUMNS =
      "ticket_id, created_at, status, requester, team_id, business_service_id, priority,"
          + " first_response_at, first_assignee, reassigned, in_backlog, running_since, late_since,"
          + " update_breached, response_state, resolution_state";
  private static final String[] TYPES = {
    "uuid",
    "timestamptz",
    "text",
    "text",
    "text",
    "uuid",
    "text",
    "timestamptz",
    "text",
    "boolean",
    "boolean",
    "timestamptz",
    "timestamptz",
    "boolean",
    "text",
    "text"
  };
  private static final String SELECT =
      "select " + COLUMNS + " from ticket_states where ticket_id = any(?::uuid[])";
  private static final String UPSERT = upsert();

  private final EntityManager entityManager;
  private final TransactionSynchronizationRegistry transaction;

  TicketStates(EntityManager entityManager, TransactionSynchronizationRegistry transaction) {
    this.entityManager = entityManager;
    this.transaction = transaction;
  }

  /** Loads the states of {@code ticketIds} (null for a ticket not seen yet) for {@link #find}. */
  public void load(Collection<UUID> ticketIds) {
    Loaded loaded = loaded();
    List<UUID> missing =
        ticketIds.stream().filter(id -> !loaded.states.containsKey(id)).distinct().toList();
    if (missing.isEmpty()) {
      return;
    }
    missing.forEach(id -> loaded.states.put(id, null));
    session()
        .doWork(
            connection ->
                ColumnArrays.selectByIds(
                    connection,
                    SELECT,
                    missing,
                    row -> {
                      TicketState state = read(row);
                      loaded.states.put(state.ticketId, state);
                      loaded.stored.put(state.ticketId, state.values());
                    }));
  }

  /** The state of ticket {@code ticketId}; null for a ticket not seen yet. */
  TicketState find(UUID ticketId) {
    load(List.of(ticketId));
    return loaded().states.get(ticketId);
  }

  /** Keeps the state of a ticket seen for the first time, written by {@link #flush}. */
  void opened(TicketState state) {
    loaded().states.put(state.ticketId, state);
  }

  /** Writes the states opened or changed in this transaction so far. */
  public void flush() {
    Loaded loaded = loaded();
    List<TicketState> changed = new ArrayList<>();
    for (TicketState state : loaded.states.values()) {
      if (state != null && !state.values().equals(loaded.stored.get(state.ticketId))) {
        changed.add(state);
      }
    }
    if (changed.isEmpty()) {
      return;
    }
    // In key order, as the roll-ups are: two transactions never wait on each other's rows in turn.
    changed.sort((a, b) -> a.ticketId.compareTo(b.ticketId));
    session().doWork(connection -> write(connection, changed));
    changed.forEach(state -> loaded.stored.put(state.ticketId, state.values()));
  }

  private static void write(Connection connection, List<TicketState> states) throws SQLException {
    ColumnArrays.executeUpdate(
        connection,
        UPSERT,
        ColumnArrays.of(states, TYPES.length, state -> state.values().toArray()));
  }

  private static TicketState read(ResultSet rows) throws SQLException {
    TicketState state = new TicketState();
    state.ticketId = rows.getObject("ticket_id", UUID.class);
    state.createdAt = instant(rows, "created_at");
    state.status = rows.getString("status");
    state.requester = rows.getString("requester");
    state.teamId = rows.getString("team_id");
    state.businessServiceId = rows.getObject("business_service_id", UUID.class);
    state.priority = rows.getString("priority");
    state.firstResponseAt = instant(rows, "first_response_at");
    state.firstAssignee = rows.getString("first_assignee");
    state.reassigned = rows.getBoolean("reassigned");
    state.inBacklog = rows.getBoolean("in_backlog");
    state.runningSince = instant(rows, "running_since");
    state.lateSince = instant(rows, "late_since");
    state.updateBreached = rows.getBoolean("update_breached");
    state.responseState = rows.getString("response_state");
    state.resolutionState = rows.getString("resolution_state");
    return state;
  }

  private static Instant instant(ResultSet rows, String column) throws SQLException {
    OffsetDateTime value = rows.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  private static String upsert() {
    String[] names = COLUMNS.split(",\\s*");
    List<String> arrays = new ArrayList<>();
    List<String> casts = new ArrayList<>();
    List<String> updates = new ArrayList<>();
    for (int c = 0; c < names.length; c++) {
      arrays.add("?::text[]");
      casts.add(names[c] + "::" + TYPES[c]);
      if (c > 0) {
        updates.add(names[c] + " = excluded." + names[c]);
      }
    }
    return "insert into ticket_states ("
        + COLUMNS
        + ") select "
        + String.join(", ", casts)
        + " from unnest("
        + String.join(", ", arrays)
        + ") as u("
        + COLUMNS
        + ") on conflict (ticket_id) do update set "
        + String.join(", ", updates);
  }

  private Session session() {
    return entityManager.unwrap(Session.class);
  }

  private Loaded loaded() {
    Loaded loaded = (Loaded) transaction.getResource(TicketStates.class);
    if (loaded == null) {
      loaded = new Loaded();
      transaction.putResource(TicketStates.class, loaded);
    }
    return loaded;
  }

  /** A transaction's states: null for a ticket not seen yet; stored = their values as read. */
  private static final class Loaded {
    final Map<UUID, TicketState> states = new HashMap<>();
    final Map<UUID, List<Object>> stored = new HashMap<>();
  }
}
