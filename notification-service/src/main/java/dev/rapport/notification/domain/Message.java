package dev.rapport.notification.domain;

/**
 * One message rendered for one person, for every channel: e-mail (subject, text and HTML parts),
 * chat (Slack-compatible text) and in-app (subject and text).
 */
public record Message(
    String subject, String emailText, String emailHtml, String chatText, String inAppText) {}
