package dev.rapport.engagement.domain.survey;

/** A survey link that no longer works, or never did: the page says which. */
public class LinkRefused extends RuntimeException {
  /** Why. */
  public enum Reason {
    /** Forged, tampered, malformed, or of a survey that does not exist. */
    NOT_OURS,
    /** Past the link's own expiry, or the survey expired unanswered. */
    EXPIRED,
    /** The survey was withdrawn (the ticket was reopened). */
    CANCELLED,
    /** The answer is final: the edit window has passed. */
    FINAL
  }

  private final Reason reason;

  public LinkRefused(Reason reason) {
    super("survey link refused: " + reason);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
