package dev.rapport.support.outbound;

/**
 * A URL the outbound guard will not let a request go to. The message is short, names no secret and
 * can be shown to the person who set the URL ("resolves to a loopback address (127.0.0.1)").
 */
public class OutboundRefused extends Exception {
  private final boolean unresolved;

  OutboundRefused(String message, boolean unresolved) {
    super(message, null, false, false);
    this.unresolved = unresolved;
  }

  /** True when the only fault is that the host name does not resolve (now). */
  public boolean unresolved() {
    return unresolved;
  }
}
