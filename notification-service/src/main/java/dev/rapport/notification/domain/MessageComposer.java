package dev.rapport.notification.domain;

import dev.rapport.events.EventPayload;
import dev.rapport.events.ticket.TicketAssigned;
import dev.rapport.events.ticket.TicketCancelled;
import dev.rapport.events.ticket.TicketClosed;
import dev.rapport.events.ticket.TicketOpened;
import dev.rapport.events.ticket.TicketReopened;
import dev.rapport.events.ticket.TicketResolved;
import dev.rapport.events.ticket.TicketStatusChanged;
import dev.rapport.events.ticket.TicketSummary;
import dev.rapport.events.ticket.TicketTaskCompleted;
import dev.rapport.events.ticket.TicketUpdatePosted;
import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Renders messages with the Qute templates in {@code templates/messages}: the wording of each kind
 * of message for each audience class (business: plain language; IT: the detail) and locale lives in
 * fragments of {@code business_<lang>.txt} and {@code it_<lang>.txt} (one localized file per
 * language, chosen by the person's locale, English when there is none for it); the channel layouts
 * ({@code email.txt}, {@code email.html}, {@code chat.txt}) wrap it, with the greeting and sign-off
 * of {@code common_<lang>.txt}. Localized template files rather than message bundles: whole
 * sentences are translated, since word order differs between languages.
 */
@ApplicationScoped
public class MessageComposer {
  /** Languages with templates; others get English. */
  static final Set<String> LANGUAGES = Set.of("en", "fr");

  private final Engine engine;

  MessageComposer(Engine engine) {
    this.engine = engine;
  }

  /** The language the templates are chosen in for {@code locale}. */
  public static String language(Locale locale) {
    String lang = locale == null ? "en" : locale.getLanguage();
    return LANGUAGES.contains(lang) ? lang : "en";
  }

  /**
   * @param itWording whether the person hears it as IT staff, with the detail (an IT audience and a
   *     staff role), rather than in business words
   * @param yours whether the person raised the ticket ("your request")
   * @param teamName the team's display name, or null
   * @param actorName how to name whoever caused the event
   * @param viewLink the tracked link to the ticket, shown in e-mails
   */
  public Message compose(
      EventPayload payload,
      TicketSummary ticket,
      boolean itWording,
      Locale locale,
      String recipientName,
      boolean yours,
      String teamName,
      String actorName,
      String viewLink) {
    String lang = language(locale);
    boolean it = itWording;
    Template words = template((it ? "it_" : "business_") + lang);
    MessageKind kind = MessageKind.of(payload);
    MessageView view = view(payload, ticket, yours, teamName, actorName);
    if (!it) {
      view =
          view.withPhrases(
              fragment(words, "status_", ticket.status(), view),
              fragment(words, "priority_", ticket.priority(), view));
      view = view.withSentence(render(words.getFragment("sentence").data("m", view)));
    }
    String part = words.getFragment(kind.name() + "_subject") != null ? kind.name() : "other";
    String subject = oneLine(render(words.getFragment(part + "_subject").data("m", view)));
    String body = tidy(render(words.getFragment(part + "_body").data("m", view)));
    String closing =
        it
            ? render(words.getFragment("details").data("m", view))
            : render(words.getFragment("reference").data("m", view));
    body = tidy(body + "\n\n" + closing);
    return layout(lang, subject, body, recipientName, viewLink);
  }

  /** A digest: one line per gathered message (its subject), newest last. */
  public Message composeDigest(Locale locale, String recipientName, List<String> subjects) {
    String lang = language(locale);
    Template common = template("common_" + lang);
    String subject =
        oneLine(render(common.getFragment("digest_subject").data("count", subjects.size())));
    StringBuilder body = new StringBuilder(render(common.getFragment("digest_intro")).strip());
    body.append("\n\n");
    for (String s : subjects) {
      body.append("- ").append(s).append('\n');
    }
    return layout(lang, subject, tidy(body.toString()), recipientName, null);
  }

  private Message layout(
      String lang, String subject, String body, String recipientName, String viewLink) {
    Template common = template("common_" + lang);
    String greeting = oneLine(render(common.getFragment("greeting").data("name", recipientName)));
    String signoff = oneLine(render(common.getFragment("signoff")));
    Map<String, Object> data =
        Map.of(
            "lang", lang,
            "subject", subject,
            "greeting", greeting,
            "body", body,
            "signoff", signoff,
            "viewLink", viewLink == null ? "" : viewLink,
            "viewLabel", oneLine(render(common.getFragment("view_link"))),
            "paragraphs",
                Arrays.stream(body.split("\n\n")).map(p -> Arrays.asList(p.split("\n"))).toList());
    String text = tidy(render(engine.getTemplate("messages/email.txt").instance().data(data)));
    String html = render(engine.getTemplate("messages/email.html").instance().data(data));
    Map<String, Object> chatData = new HashMap<>(data);
    chatData.put("subject", SlackText.escape(subject));
    chatData.put("body", SlackText.escape(body));
    String chat = tidy(render(engine.getTemplate("messages/chat.txt").instance().data(chatData)));
    return new Message(subject, text, html, chat, body);
  }

  private static MessageView view(
      EventPayload payload, TicketSummary t, boolean yours, String teamName, String actorName) {
    String text = null;
    String reason = null;
    String actor = null;
    String from = null;
    String previousAssignee = null;
    String taskTitle = null;
    int completed = t.progress().completed();
    int total = t.progress().total();
    if (payload instanceof TicketOpened o) {
      actor = o.actor();
      text = o.description();
    } else if (payload instanceof TicketUpdatePosted u) {
      actor = u.actor();
      text = u.body();
    } else if (payload instanceof TicketTaskCompleted c) {
      actor = c.actor();
      taskTitle = c.title();
      completed = c.completed();
      total = c.total();
    } else if (payload instanceof TicketStatusChanged s) {
      actor = s.actor();
      reason = s.reason();
      from = s.from();
    } else if (payload instanceof TicketResolved r) {
      actor = r.actor();
      text = r.resolution();
    } else if (payload instanceof TicketReopened r) {
      actor = r.actor();
      reason = r.reason();
    } else if (payload instanceof TicketClosed c) {
      actor = c.actor();
      reason = c.reason();
    } else if (payload instanceof TicketCancelled c) {
      actor = c.actor();
      reason = c.reason();
    } else if (payload instanceof TicketAssigned a) {
      actor = a.actor();
      previousAssignee = a.previousAssignee();
    }
    return new MessageView(
        payload.eventType(),
        t.key(),
        t.type(),
        t.title(),
        yours,
        null,
        null,
        null,
        teamName,
        t.teamId(),
        t.businessServiceName(),
        blankToNull(text),
        blankToNull(reason),
        actor == null ? "Rapport" : actor,
        actorName == null ? (actor == null ? "Rapport" : actor) : actorName,
        t.assignee(),
        previousAssignee,
        t.requester(),
        t.priority(),
        t.status(),
        t.impact(),
        t.urgency(),
        from,
        completed,
        total,
        blankToNull(taskTitle));
  }

  private static String fragment(Template words, String prefix, String code, MessageView view) {
    TemplateInstance fragment =
        code == null ? null : fragmentInstance(words, prefix + code.toUpperCase(Locale.ROOT));
    if (fragment == null) {
      fragment = fragmentInstance(words, prefix + "other");
    }
    return oneLine(render(fragment.data("m", view)));
  }

  private static TemplateInstance fragmentInstance(Template words, String id) {
    Template.Fragment fragment = words.getFragment(id);
    return fragment == null ? null : fragment.instance();
  }

  private Template template(String name) {
    Template template = engine.getTemplate("messages/" + name + ".txt");
    if (template == null) {
      throw new IllegalStateException("missing template messages/" + name + ".txt");
    }
    return template;
  }

  private static String render(TemplateInstance instance) {
    return instance.render();
  }

  private static String render(Template.Fragment fragment) {
    return fragment.instance().render();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static String oneLine(String s) {
    return s.strip().replaceAll("\\s*\\n\\s*", " ");
  }

  /** Trims, and keeps at most one blank line between paragraphs. */
  private static String tidy(String s) {
    return s.strip().replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n{3,}", "\n\n");
  }
}
