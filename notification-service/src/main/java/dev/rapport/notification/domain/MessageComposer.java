package dev.rapport.notification.domain;

import dev.rapport.events.EventPayload;
import dev.rapport.events.ticket.TicketSummary;
import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

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
   * The message of {@code payload} about {@code ticket} for {@code to}. To the business it ends
   * with the ticket's promise ({@link UpdatePromise}) in their zone and language.
   *
   * @param viewLink the tracked link to the ticket, shown in e-mails
   */
  public Message compose(
      EventPayload payload,
      TicketSummary ticket,
      MessageContext context,
      Addressee to,
      String viewLink) {
    String lang = language(to.locale());
    boolean it = to.itWording();
    Template words = template((it ? "it_" : "business_") + lang);
    Template common = template("common_" + lang);
    Function<Instant, String> when = words(common, "when", context, to);
    MessageKind kind = MessageKind.of(payload);
    MessageView view =
        MessageView.of(
            payload,
            ticket,
            to.yours(),
            context.teamName(),
            context.actorName(),
            SlaNotice.of(
                payload, context.requesterName(), lang, words(common, "when_short", context, to)));
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
    String promise = it ? null : UpdatePromise.variant(ticket, context.now());
    if (promise != null) {
      Instant due = ticket.sla().nextUpdateDue();
      String line =
          render(
              words
                  .getFragment("promise_" + promise)
                  .data("m", view)
                  .data("when", due == null ? "" : when.apply(due)));
      body = body + "\n\n" + oneLine(line);
    }
    return layout(lang, subject, body, to.name(), viewLink, List.of());
  }

  /**
   * An instant in {@code to}'s words, per fragment {@code id} of {@code common} ("15:00 today").
   */
  private static Function<Instant, String> words(
      Template common, String id, MessageContext context, Addressee to) {
    return at ->
        oneLine(
            render(
                common
                    .getFragment(id)
                    .data("w", DueTime.of(at, context.now(), to.zone(), to.locale()))));
  }

  /** {@code at} in {@code to}'s words in {@code lang} as of {@code now} ("15:00 today"). */
  String when(String lang, Instant at, Instant now, Addressee to) {
    return oneLine(
        render(
            template("common_" + lang)
                .getFragment("when")
                .data("w", DueTime.of(at, now, to.zone(), to.locale()))));
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
    return layout(lang, subject, tidy(body.toString()), recipientName, null, List.of());
  }

  /**
   * {@code body} in every channel's layout, greeted and signed in {@code lang}, with {@code links}
   * under it (in the e-mail as links, in chat as Slack links, in the inbox as lines) and the
   * tracked {@code viewLink} in the e-mail.
   */
  Message layout(
      String lang,
      String subject,
      String body,
      String recipientName,
      String viewLink,
      List<MessageLink> links) {
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
            "links", links,
            "paragraphs",
                Arrays.stream(body.split("\n\n")).map(p -> Arrays.asList(p.split("\n"))).toList());
    String text = tidy(render(engine.getTemplate("messages/email.txt").instance().data(data)));
    String html = render(engine.getTemplate("messages/email.html").instance().data(data));
    Map<String, Object> chatData = new HashMap<>(data);
    chatData.put("subject", SlackText.escape(subject));
    chatData.put("body", SlackText.escape(body));
    chatData.put(
        "links",
        links.stream().map(l -> new MessageLink(SlackText.escape(l.label()), l.url())).toList());
    String chat = tidy(render(engine.getTemplate("messages/chat.txt").instance().data(chatData)));
    StringBuilder inApp = new StringBuilder(body);
    if (!links.isEmpty()) {
      inApp.append("\n");
      links.forEach(l -> inApp.append("\n").append(l.label()).append(": ").append(l.url()));
    }
    return new Message(subject, text, html, chat, inApp.toString());
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

  Template template(String name) {
    Template template = engine.getTemplate("messages/" + name + ".txt");
    if (template == null) {
      throw new IllegalStateException("missing template messages/" + name + ".txt");
    }
    return template;
  }

  static String render(TemplateInstance instance) {
    return instance.render();
  }

  static String render(Template.Fragment fragment) {
    return fragment.instance().render();
  }

  static String oneLine(String s) {
    return s.strip().replaceAll("\\s*\\n\\s*", " ");
  }

  /** Trims, and keeps at most one blank line between paragraphs. */
  static String tidy(String s) {
    return s.strip().replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n{3,}", "\n\n");
  }
}
