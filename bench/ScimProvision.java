import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Provisions N users over SCIM with C concurrent clients, as an identity provider's initial sync
 * would, and prints "created failed elapsed_ms p50_ms p99_ms". For bench/skills.sh (a load tool
 * in-process, so that the figure is the service's and not a shell's spawning curl):
 *
 * <pre>java bench/ScimProvision.java http://localhost:8083 TOKEN 300 8 run-tag</pre>
 */
public class ScimProvision {
  public static void main(String[] args) throws Exception {
    String base = args[0];
    String token = args[1];
    int count = Integer.parseInt(args[2]);
    int clients = Integer.parseInt(args[3]);
    String tag = args[4];
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    AtomicInteger next = new AtomicInteger();
    AtomicInteger failed = new AtomicInteger();
    long[] latencies = new long[count];
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    long start = System.nanoTime();
    List<Future<?>> workers = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      workers.add(
          pool.submit(
              () -> {
                for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                  String user = "p" + (i + 1) + "-" + tag + "@bench.example.com";
                  String body =
                      "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],"
                          + "\"userName\":\"" + user + "\",\"name\":{\"givenName\":\"P" + (i + 1)
                          + "\",\"familyName\":\"Bench\"},\"emails\":[{\"value\":\"" + user
                          + "\",\"primary\":true}],\"active\":true}";
                  HttpRequest request =
                      HttpRequest.newBuilder(URI.create(base + "/scim/v2/Users"))
                          .header("Authorization", "Bearer " + token)
                          .header("Content-Type", "application/scim+json")
                          .POST(HttpRequest.BodyPublishers.ofString(body))
                          .build();
                  long t0 = System.nanoTime();
                  try {
                    int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                    if (status != 201) {
                      failed.incrementAndGet();
                    }
                  } catch (Exception e) {
                    failed.incrementAndGet();
                  }
                  latencies[i] = System.nanoTime() - t0;
                }
                return null;
              }));
    }
    for (Future<?> worker : workers) {
      worker.get();
    }
    long elapsed = (System.nanoTime() - start) / 1_000_000;
    pool.shutdown();
    Arrays.sort(latencies);
    System.out.printf(
        "%d %d %d %.1f %.1f%n",
        count - failed.get(),
        failed.get(),
        elapsed,
        latencies[count / 2] / 1e6,
        latencies[Math.min(count - 1, (int) (count * 0.99))] / 1e6);
  }
}
