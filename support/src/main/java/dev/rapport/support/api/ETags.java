package dev.rapport.support.api;

/** Optimistic concurrency over HTTP: the version of a resource as a strong ETag. */
public final class ETags {
  private ETags() {}

  /** {@code "\"7\""} for version 7. */
  public static String of(long version) {
    throw new UnsupportedOperationException("support: to be written");
  }

  /**
   * Does nothing when {@code ifMatch} is null or {@code *}; otherwise throws a 412 problem when no
   * listed entity tag equals the current version, and a 400 problem when the header is malformed.
   */
  public static void checkIfMatch(String ifMatch, long currentVersion) {
    throw new UnsupportedOperationException("support: to be written");
  }
}
