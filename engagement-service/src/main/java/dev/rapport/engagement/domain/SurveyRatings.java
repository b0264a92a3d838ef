package dev.rapport.engagement.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.Session;

/**
 * The {@link SurveyRating}s a transaction's survey answers read and change: a batch's loaded in one
 * query ({@link #load}), the new and revised ones written in one statement by {@link #flush} before
 * it commits. Plain JDBC, as {@link TicketStates}: a look-up and a persist per answer through
 * Hibernate cost the ingest more than the rest of the answer.
 */
@ApplicationScoped
@Transactional(TxType.MANDATORY)
public class SurveyRatings {
  private static final String SELECT =
      "select survey_id, rating, answered_at, team_id, business_service_id, priority"
          + " from survey_ratings where survey_id = any(?::uuid[])";
  private static final String UPSERT =
      "insert into survey_ratings (survey_id, rating, answered_at, team_id, business_service_id,"
          + " priority) select survey_id::uuid, rating::int, answered_at::timestamptz, team_id,"
          + " business_service_id::uuid, priority from unnest(?::text[], ?::text[], ?::text[],"
          + " ?::text[], ?::text[], ?::text[]) as u(survey_id, rating, answered_at, team_id,"
          + " business_service_id, priority) on conflict (survey_id) do update set"
          + " rating = excluded.rating";

  private final EntityManager entityManager;
  private final TransactionSynchronizationRegistry transaction;

  SurveyRatings(EntityManager entityManager, TransactionSynchronizationRegistry transaction) {
    this.entityManager = entityManager;
    this.transaction = transaction;
  }

  /** Loads the ratings of {@code surveyIds} (none yet: null) for {@link #find}. */
  public void load(Collection<UUID> surveyIds) {
    Loaded loaded = loaded();
    List<UUID> missing =
        surveyIds.stream().filter(id -> !loaded.ratings.containsKey(id)).distinct().toList();
    if (missing.isEmpty()) {
      return;
    }
    missing.forEach(id -> loaded.ratings.put(id, null));
    session()
        .doWork(
            connection ->
                ColumnArrays.selectByIds(
                    connection,
                    SELECT,
                    missing,
                    row -> {
                      SurveyRating rating = new SurveyRating();
                      rating.surveyId = row.getObject(1, UUID.class);
                      rating.rating = row.getInt(2);
                      rating.answeredAt = row.getObject(3, OffsetDateTime.class).toInstant();
                      rating.teamId = row.getString(4);
                      rating.businessServiceId = row.getObject(5, UUID.class);
                      rating.priority = row.getString(6);
                      loaded.ratings.put(rating.surveyId, rating);
                    }));
  }

  /** The rating survey {@code surveyId} was last given; null when it was never answered. */
  SurveyRating find(UUID surveyId) {
    load(List.of(surveyId));
    return loaded().ratings.get(surveyId);
  }

  /** Keeps {@code rating}, new or revised, for {@link #flush}. */
  void save(SurveyRating rating) {
    Loaded loaded = loaded();
    loaded.ratings.put(rating.surveyId, rating);
    loaded.changed.put(rating.surveyId, rating);
  }

  /** Writes the ratings given or revised in this transaction so far, in key order. */
  public void flush() {
    Loaded loaded = loaded();
    if (loaded.changed.isEmpty()) {
      return;
    }
    List<SurveyRating> changed = new ArrayList<>(loaded.changed.values());
    loaded.changed.clear();
    changed.sort((a, b) -> a.surveyId.compareTo(b.surveyId));
    String[][] columns =
        ColumnArrays.of(
            changed,
            6,
            r ->
                new Object[] {
                  r.surveyId, r.rating, r.answeredAt, r.teamId, r.businessServiceId, r.priority
                });
    session().doWork(connection -> ColumnArrays.executeUpdate(connection, UPSERT, columns));
  }

  private Session session() {
    return entityManager.unwrap(Session.class);
  }

  private Loaded loaded() {
    Loaded loaded = (Loaded) transaction.getResource(SurveyRatings.class);
    if (loaded == null) {
      loaded = new Loaded();
      transaction.putResource(SurveyRatings.class, loaded);
    }
    return loaded;
  }

  /** A transaction's ratings: null for a survey not answered yet; changed = to write. */
  private static final class Loaded {
    final Map<UUID, SurveyRating> ratings = new HashMap<>();
    final Map<UUID, SurveyRating> changed = new LinkedHashMap<>();
  }
}
