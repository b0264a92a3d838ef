package dev.rapport.notification.domain;

/**
 * Text for Slack-compatible chat: {@code &}, {@code <} and {@code >} are Slack's control characters
 * ({@code <!channel>} pings a room, {@code <https://evil|bank>} shows "bank" for another link), so
 * they are escaped as Slack documents ({@code &amp; &lt; &gt;}) in every text we post, which makes
 * any user-provided title, body or name show as typed and do nothing else.
 */
public final class SlackText {
  private SlackText() {}

  public static String escape(String text) {
    if (text == null) {
      return null;
    }
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
