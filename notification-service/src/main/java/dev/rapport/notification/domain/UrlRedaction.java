package dev.rapport.notification.domain;

import java.net.URI;

/**
 * How an endpoint URL is shown in errors, events and the deliveries API. Chat webhook URLs carry
 * their credential in the path (Slack: /services/T000/B000/XXXXXXXX; Mattermost: /hooks/<key>), so
 * the query and user info are dropped and every path segment of 16 characters or more, which is
 * what such keys look like, becomes {@code ***}.
 */
public final class UrlRedaction {
  static final int SECRET_LOOKING_LENGTH = 16;

  private UrlRedaction() {}

  /** {@code https://hooks.slack.com/services/T000/B000/***}; "(invalid URL)" when unparsable. */
  public static String redact(String url) {
    if (url == null) {
      return null;
    }
    URI uri;
    try {
      uri = URI.create(url);
    } catch (IllegalArgumentException e) {
      return "(invalid URL)";
    }
    if (uri.getScheme() == null || uri.getHost() == null) {
      return "(invalid URL)";
    }
    StringBuilder shown = new StringBuilder(uri.getScheme()).append("://").append(uri.getHost());
    if (uri.getPort() != -1) {
      shown.append(':').append(uri.getPort());
    }
    String path = uri.getRawPath() == null ? "" : uri.getRawPath();
    String[] segments = path.split("/", -1);
    for (int i = 1; i < segments.length; i++) {
      shown.append('/');
      shown.append(segments[i].length() >= SECRET_LOOKING_LENGTH ? "***" : segments[i]);
    }
    return shown.toString();
  }
}
