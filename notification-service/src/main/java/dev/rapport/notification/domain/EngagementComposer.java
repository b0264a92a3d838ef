package dev.rapport.notification.domain;

import dev.rapport.events.engagement.RatingLink;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import java.text.NumberFormat;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Renders engagement messages (SURVEY, CSAT_LOW, PULSE_INVITATION, ENGAGEMENT_ALERT) with the
 * fragments of {@code templates/messages/engagement_<lang>.txt} (one per kind and part, in the
 * reader's language, English when there is none for it), in the channel layouts every message
 * shares ({@link MessageComposer#layout}); a survey's rating links and a pulse's answer link go
 * under the text exactly as the event gave them.
 */
@ApplicationScoped
public class EngagementComposer {
  private final MessageComposer composer;

  EngagementComposer(MessageComposer composer) {
    this.composer = composer;
  }

  /**
   * The message of {@code kind} for {@code to}.
   *
   * @param viewLink the tracked link to the ticket, or null
   * @param ratings a survey's one-click links (empty for other kinds)
   * @param answerUrl where to answer (a survey's page, a pulse's), or null
   */
  public Message compose(
      MessageKind kind,
      EngagementView view,
      Addressee to,
      String viewLink,
      List<RatingLink> ratings,
      String answerUrl) {
    String lang = MessageComposer.language(to.locale());
    Template words = composer.template("engagement_" + lang);
    String metric = view.metric() == null ? "" : metric(words, view);
    String window =
        MessageComposer.oneLine(
            MessageComposer.render(words.getFragment("window").data("m", view)));
    String subject =
        MessageComposer.oneLine(
            MessageComposer.render(part(words, kind + "_subject", view, metric, window)));
    String body =
        MessageComposer.tidy(
            MessageComposer.render(part(words, kind + "_body", view, metric, window)));
    List<MessageLink> links = new ArrayList<>();
    ratings.stream()
        .sorted(Comparator.comparingInt(RatingLink::rating))
        .forEach(r -> links.add(new MessageLink(label(words, "rating_" + r.rating()), r.url())));
    if (answerUrl != null && !answerUrl.isBlank()) {
      links.add(new MessageLink(label(words, kind + "_link"), answerUrl));
    }
    return composer.layout(lang, subject, body, to.name(), viewLink, links);
  }

  /** {@code at} in {@code to}'s words as of {@code now}: "17:00 on Friday 4 December". */
  public String when(Instant at, Instant now, Addressee to) {
    return composer.when(MessageComposer.language(to.locale()), at, now, to);
  }

  /** {@code value} in {@code to}'s number format, with at most one decimal: "3.6", "3,6". */
  public static String figure(double value, Addressee to) {
    NumberFormat format = NumberFormat.getNumberInstance(to.locale());
    format.setMaximumFractionDigits(1);
    return format.format(value);
  }

  /** The fragment suffix of an alert's metric: {@code cadence-adherence} → cadence_adherence. */
  static String metricId(String metric) {
    return metric == null ? null : metric.strip().toLowerCase(Locale.ROOT).replace('-', '_');
  }

  private static String metric(Template words, EngagementView view) {
    Template.Fragment known = words.getFragment("metric_" + metricId(view.metric()));
    TemplateInstance phrase =
        known != null ? known.instance() : words.getFragment("metric_other").instance();
    return MessageComposer.oneLine(MessageComposer.render(phrase.data("m", view)));
  }

  private static TemplateInstance part(
      Template words, String id, EngagementView view, String metric, String window) {
    Template.Fragment fragment = words.getFragment(id);
    if (fragment == null) {
      throw new IllegalStateException("missing fragment " + id + " in " + words.getId());
    }
    return fragment.data("m", view).data("metric", metric).data("window", window);
  }

  private static String label(Template words, String id) {
    return MessageComposer.oneLine(MessageComposer.render(words.getFragment(id)));
  }
}
