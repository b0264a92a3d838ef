package dev.rapport.engagement.domain.survey;

import dev.rapport.support.security.UserNames;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Who asked not to be surveyed: such a person's resolutions are SKIPPED (OPTED_OUT). */
@ApplicationScoped
@Transactional(TxType.MANDATORY)
public class SurveyOptOuts {
  private final Clock clock;

  SurveyOptOuts(Clock clock) {
    this.clock = clock;
  }

  /** {@code userName}'s choice (no choice made: asked, opted out false). */
  @Transactional(TxType.SUPPORTS)
  public SurveyPreference of(String userName) {
    String user = UserNames.normalise(userName);
    SurveyPreference preference = SurveyPreference.findById(user);
    if (preference == null) {
      preference = new SurveyPreference();
      preference.userName = user;
    }
    return preference;
  }

  /** Whether {@code userName} opted out. */
  @Transactional(TxType.SUPPORTS)
  public boolean optedOut(String userName) {
    return of(userName).optedOut;
  }

  /** Which of {@code userNames} (normalised) opted out. */
  public Set<String> optedOut(Collection<String> userNames) {
    // Native, with an array: an HQL "in" list is a new SQL text for every size of the list.
    List<?> optedOut =
        SurveyPreference.getEntityManager()
            .createNativeQuery(
                "select user_name from survey_preferences"
                    + " where user_name = any(cast(?1 as text[])) and opted_out")
            .setParameter(1, userNames.toArray(String[]::new))
            .getResultList();
    Set<String> names = new HashSet<>();
    optedOut.forEach(name -> names.add((String) name));
    return names;
  }

  /** Records {@code userName}'s choice (one statement, so two at once cannot collide). */
  public SurveyPreference choose(String userName, boolean optedOut) {
    String user = UserNames.normalise(userName);
    SurveyPreference.getEntityManager()
        .createNativeQuery(
            "insert into survey_preferences (user_name, opted_out, updated_at) values (?1, ?2, ?3)"
                + " on conflict (user_name) do update set opted_out = excluded.opted_out,"
                + " updated_at = case when survey_preferences.opted_out = excluded.opted_out"
                + " then survey_preferences.updated_at else excluded.updated_at end")
        .setParameter(1, user)
        .setParameter(2, optedOut)
        .setParameter(3, clock.instant())
        .executeUpdate();
    SurveyPreference stored = SurveyPreference.findById(user);
    SurveyPreference.getEntityManager().refresh(stored);
    return stored;
  }
}
