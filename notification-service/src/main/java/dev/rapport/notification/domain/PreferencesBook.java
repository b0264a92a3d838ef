package dev.rapport.notification.domain;

import dev.rapport.support.api.ETags;
import dev.rapport.support.problem.ProblemException;
import dev.rapport.support.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * People's saved preferences: a person sees and replaces their own, an admin anyone's. Until a
 * person saves any they have the defaults, at version 0; saving starts at version 1, so that a
 * client still holding the defaults cannot overwrite what was saved meanwhile.
 */
@ApplicationScoped
public class PreferencesBook {
  /** When a DAILY digest goes out unless the person chose a time. */
  static final LocalTime DEFAULT_DIGEST_TIME = LocalTime.of(8, 0);

  private final Clock clock;

  PreferencesBook(Clock clock) {
    this.clock = clock;
  }

  /**
   * {@code userName}'s preferences, or the defaults when they saved none.
   *
   * @throws ProblemException 403 when the caller is neither that person nor an admin
   */
  public PersonPreferences get(String userName, Caller caller) {
    authorize(userName, caller);
    return PersonPreferences.findByUserName(userName)
        .orElseGet(() -> PersonPreferences.defaults(canonical(userName)));
  }

  /**
   * Replaces {@code userName}'s preferences with {@code change} (checked by {@link
   * PreferencesRules}), if they are still at the version {@code ifMatch} names.
   *
   * @throws ProblemException 403 when the caller is neither that person nor an admin, 412 on a
   *     stale If-Match
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public PersonPreferences replace(
      String userName, PreferencesChange change, String ifMatch, Caller caller) {
    authorize(userName, caller);
    PersonPreferences prefs = PersonPreferences.findByUserName(userName).orElse(null);
    ETags.checkIfMatch(ifMatch, prefs == null ? 0 : prefs.version);
    boolean created = prefs == null;
    if (created) {
      prefs = PersonPreferences.defaults(canonical(userName));
    }
    prefs.channels = channels(change.channels());
    prefs.optOuts =
        change.optOuts() == null
            ? new String[0]
            : new LinkedHashSet<>(change.optOuts().stream().map(String::strip).toList())
                .toArray(String[]::new);
    prefs.quietStart = time(change.quietStart());
    prefs.quietEnd = time(change.quietEnd());
    prefs.digest = change.digest() == null ? DigestSchedule.IMMEDIATE : change.digest();
    prefs.digestTime =
        change.digestTime() == null ? DEFAULT_DIGEST_TIME : time(change.digestTime());
    prefs.email = blankToNull(change.email());
    String chatWebhookUrl = blankToNull(change.chatWebhookUrl());
    // A client that sends back the redacted URL it was shown means "keep it".
    if (chatWebhookUrl == null
        || prefs.chatWebhookUrl == null
        || !chatWebhookUrl.equals(UrlRedaction.redact(prefs.chatWebhookUrl))) {
      prefs.chatWebhookUrl = chatWebhookUrl;
    }
    prefs.timezone = blankToNull(change.timezone());
    prefs.locale = blankToNull(change.locale());
    prefs.updatedAt = clock.instant();
    if (created) {
      // The defaults answer ETag "0": the saved row starts at 1, so that a client still holding
      // the defaults cannot overwrite it (Hibernate keeps a non-negative initial version).
      prefs.version = 1;
      prefs.persist();
    }
    PersonPreferences.flush();
    return prefs;
  }

  private static void authorize(String userName, Caller caller) {
    if (caller.admin() || caller.userName().equalsIgnoreCase(userName)) {
      return;
    }
    throw ProblemException.forbidden(
        "Only " + userName + " or an admin may see or change these preferences.");
  }

  /** The userName as HR spells it when the person is known, else as given. */
  private static String canonical(String userName) {
    return Contact.findByUserName(userName).map(c -> c.userName).orElse(userName.strip());
  }

  private static Map<String, List<String>> channels(Map<String, List<String>> requested) {
    Map<String, List<String>> channels = new LinkedHashMap<>();
    if (requested != null) {
      requested.forEach(
          (kind, list) ->
              channels.put(
                  kind,
                  new ArrayList<>(
                      new LinkedHashSet<>(
                          list.stream().map(c -> PreferencesRules.channel(c).name()).toList()))));
    }
    return channels;
  }

  private static LocalTime time(String hhmm) {
    return hhmm == null ? null : LocalTime.parse(hhmm);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
