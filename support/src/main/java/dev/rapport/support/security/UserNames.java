package dev.rapport.support.security;

import java.util.Locale;

/**
 * userNames (usually e-mail addresses, as SCIM provisions them and tokens carry them as {@code
 * upn}) are the same person whatever their case (RFC 7643 §4.1.1: userName is caseExact false).
 * Every service stores and compares them in one form, this one, so that {@code Alice@Example.com}
 * in a token and {@code alice@example.com} on a ticket are one person.
 */
public final class UserNames {
  private UserNames() {}

  /** {@code userName} stripped and lower-cased (Locale.ROOT); null stays null. */
  public static String normalise(String userName) {
    return userName == null ? null : userName.strip().toLowerCase(Locale.ROOT);
  }
}
