package dev.rapport.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;

/**
 * Ends a process when this JVM ends, however it ends, kill -9 included.
 *
 * <p>A tiny {@code sh} reads a pipe whose only writer is this JVM. When the JVM dies the kernel
 * closes the pipe, the read returns and the shell signals the process, then kills it if it still
 * lingers after ten seconds. One mechanism serves the broker, the services and PostgreSQL (whose
 * postmaster is not even our child), costs no polling, and needs no code inside the guarded
 * process.
 */
final class Lifeline {
  private static final String SCRIPT =
      "read -r _; kill -$2 $1 2>/dev/null || exit 0; i=0;"
          + " while kill -0 $1 2>/dev/null; do"
          + " i=$((i+1)); if [ $i -gt 100 ]; then kill -9 $1; exit 0; fi; sleep 0.1; done";

  private final Process watcher;

  private Lifeline(Process watcher) {
    this.watcher = watcher;
  }

  /** Sends {@code signal} (e.g. {@code TERM}, {@code INT}) to {@code pid} once this JVM is gone. */
  static Lifeline attach(long pid, String signal) {
    ProcessBuilder builder =
        new ProcessBuilder("sh", "-c", SCRIPT, "rapport-lifeline", Long.toString(pid), signal)
            .redirectOutput(Redirect.DISCARD)
            .redirectError(Redirect.DISCARD);
    try {
      return new Lifeline(builder.start());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start the lifeline watcher (needs sh)", e);
    }
  }

  /** Lets the process go without signalling it: its owner is stopping it properly. */
  void release() {
    watcher.destroy();
    watcher.onExit().join();
  }

  /** What the JVM's death does: closes the pipe so that the watcher signals the process. */
  void cut() throws IOException {
    watcher.getOutputStream().close();
  }
}
