package dev.rapport.local;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.awaitility.Awaitility;

/**
 * A real HTTP server on loopback that records every request and answers with a status you choose:
 * the receiving end of chat webhooks and signed webhooks in tests, and a stand-in receiver for
 * {@code ./rapport up}.
 *
 * <pre>{@code
 * try (HttpReceiver hook = HttpReceiver.start()) {     // an ephemeral port
 *   hook.respondWith(503, 503, 200);                   // then 200 for every later request
 *   String url = hook.url("/hooks/ops");               // http://127.0.0.1:<port>/hooks/ops
 *   ... let the service post to url ...
 *   HttpReceiver.Request r = hook.await(3).get(2);
 *   r.header("webhook-id"); r.body();
 * }
 * }</pre>
 *
 * <p>{@link #hold()} keeps every request waiting (no answer) until {@link #release()}, to stand for
 * a slow endpoint without timing. Requests are recorded when they arrive, before the answer.
 * Thread-safe.
 */
public final class HttpReceiver implements AutoCloseable {

  /**
   * One request as received.
   *
   * @param path the request path, without the query
   * @param query the raw query string, or null
   * @param headers every header, names in lower case, values in order
   * @param body the body as UTF-8 text ("" when none)
   */
  public record Request(
      String method,
      String path,
      String query,
      Map<String, List<String>> headers,
      String body,
      Instant receivedAt) {

    /** The first value of header {@code name} (any case), or null. */
    public String header(String name) {
      List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
      return values == null || values.isEmpty() ? null : values.get(0);
    }
  }

  private final HttpServer server;
  private final ExecutorService threads;
  private final List<Request> requests = new ArrayList<>();
  private List<Integer> statuses = List.of(200);
  private int answered;
  private String responseBody = "";
  private Map<String, String> responseHeaders = Map.of();
  private Duration answerAfter = Duration.ZERO;
  private CountDownLatch gate = new CountDownLatch(0);
  private Path dumpFolder;

  private HttpReceiver(int port) {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot listen on port " + port, e);
    }
    // Many threads, so held or slow answers do not keep the others from being recorded.
    threads = Executors.newFixedThreadPool(64, daemon());
    server.setExecutor(threads);
    server.createContext("/", this::handle);
    server.start();
  }

  /**
   * Also writes each request, as it arrives, to {@code folder} as {@code NNNN-<method>.http}:
   * request line, headers, a blank line and the body, for a person to read ({@code ./rapport up}'s
   * webhook sink).
   */
  public synchronized HttpReceiver dumpTo(Path folder) {
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create " + folder, e);
    }
    this.dumpFolder = folder;
    return this;
  }

  /** A receiver on an ephemeral loopback port. */
  public static HttpReceiver start() {
    return new HttpReceiver(0);
  }

  /** A receiver on {@code port} of loopback (0: ephemeral). */
  public static HttpReceiver start(int port) {
    return new HttpReceiver(port);
  }

  /** The port it listens on. */
  public int port() {
    return server.getAddress().getPort();
  }

  /** {@code http://127.0.0.1:<port>}. */
  public String url() {
    return "http://" + server.getAddress().getAddress().getHostAddress() + ":" + port();
  }

  /** {@code url() + path}, e.g. {@code url("/hooks/ops")}. */
  public String url(String path) {
    return url() + (path.startsWith("/") ? path : "/" + path);
  }

  /**
   * The statuses of the next answers, in order; the last one repeats. {@code respondWith(503, 503,
   * 200)}: two failures, then success. Counts from the next request. The default is 200. A
   * request's status is chosen when it arrives, also when it is held.
   */
  public synchronized HttpReceiver respondWith(int... statuses) {
    if (statuses.length == 0) {
      throw new IllegalArgumentException("at least one status");
    }
    this.statuses = Arrays.stream(statuses).boxed().toList();
    this.answered = 0;
    return this;
  }

  /** The body of every answer (JSON or text; "" by default). */
  public synchronized HttpReceiver responseBody(String body) {
    this.responseBody = body == null ? "" : body;
    return this;
  }

  /** Headers sent with every answer, e.g. {@code Location} with a 302. */
  public synchronized HttpReceiver responseHeaders(Map<String, String> headers) {
    this.responseHeaders = Map.copyOf(headers);
    return this;
  }

  /** Answers each request {@code delay} after it arrived (a slow endpoint); zero by default. */
  public synchronized HttpReceiver answerAfter(Duration delay) {
    this.answerAfter = delay;
    return this;
  }

  /** From now on requests are recorded but not answered until {@link #release()}. */
  public synchronized HttpReceiver hold() {
    if (gate.getCount() == 0) {
      gate = new CountDownLatch(1);
    }
    return this;
  }

  /** Answers the held requests and stops holding. */
  public synchronized HttpReceiver release() {
    gate.countDown();
    return this;
  }

  /** Every request received so far, in order of arrival. */
  public synchronized List<Request> requests() {
    return List.copyOf(requests);
  }

  /** Forgets the requests received so far (statuses and holding stay as they are). */
  public synchronized void clear() {
    requests.clear();
  }

  /** Waits (up to {@link TopicReader#PATIENCE}) for {@code count} requests; answers all so far. */
  public List<Request> await(int count) {
    return await(r -> true, count);
  }

  /** Waits for {@code count} requests matching {@code which}; answers those. */
  public List<Request> await(Predicate<Request> which, int count) {
    Awaitility.await()
        .atMost(TopicReader.PATIENCE)
        .pollInterval(Duration.ofMillis(50))
        .until(() -> matching(which).size() >= count);
    return matching(which);
  }

  private synchronized List<Request> matching(Predicate<Request> which) {
    return requests.stream().filter(which).toList();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange;
        InputStream in = exchange.getRequestBody()) {
      String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      Map<String, List<String>> headers = new LinkedHashMap<>();
      exchange
          .getRequestHeaders()
          .forEach(
              (name, values) -> headers.put(name.toLowerCase(Locale.ROOT), List.copyOf(values)));
      Request request =
          new Request(
              exchange.getRequestMethod(),
              exchange.getRequestURI().getPath(),
              exchange.getRequestURI().getRawQuery(),
              Map.copyOf(headers),
              body,
              Instant.now());
      CountDownLatch waitFor;
      int status;
      String answer;
      Map<String, String> answerHeaders;
      Duration delay;
      synchronized (this) {
        requests.add(request);
        dump(request, requests.size());
        status = statuses.get(Math.min(answered, statuses.size() - 1));
        answered++;
        waitFor = gate;
        answer = responseBody;
        answerHeaders = responseHeaders;
        delay = answerAfter;
      }
      waitFor.await(TopicReader.PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
      if (!delay.isZero()) {
        Thread.sleep(delay.toMillis());
      }
      answerHeaders.forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
      byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
      if (!answer.isEmpty()) {
        exchange
            .getResponseHeaders()
            .add("Content-Type", answer.startsWith("{") ? "application/json" : "text/plain");
      }
      exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
      if (bytes.length > 0) {
        exchange.getResponseBody().write(bytes);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void dump(Request request, int number) {
    if (dumpFolder == null) {
      return;
    }
    StringBuilder text = new StringBuilder();
    text.append(request.method())
        .append(' ')
        .append(request.path())
        .append(request.query() == null ? "" : "?" + request.query())
        .append('\n');
    request
        .headers()
        .forEach(
            (name, values) ->
                values.forEach(v -> text.append(name).append(": ").append(v).append('\n')));
    text.append('\n').append(request.body()).append('\n');
    Path file = dumpFolder.resolve(String.format("%04d-%s.http", number, request.method()));
    try {
      Files.writeString(file, text);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + file, e);
    }
  }

  private static ThreadFactory daemon() {
    return runnable -> {
      Thread thread = new Thread(runnable, "http-receiver");
      thread.setDaemon(true);
      return thread;
    };
  }

  /** Stops listening; held requests are let go first. */
  @Override
  public void close() {
    release();
    server.stop(0);
    threads.shutdownNow();
  }
}
