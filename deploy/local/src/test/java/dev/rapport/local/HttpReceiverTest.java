package dev.rapport.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HttpReceiverTest {
  private final HttpClient client = HttpClient.newHttpClient();

  @Test
  void recordsRequestsAndAnswersTheStatusSequence() throws Exception {
    try (HttpReceiver receiver = HttpReceiver.start()) {
      receiver.respondWith(503, 200).responseBody("{\"ok\":true}");
      assertThat(post(receiver.url("/hooks/a?x=1"), "{\"n\":1}").statusCode()).isEqualTo(503);
      HttpResponse<String> second = post(receiver.url("/hooks/a"), "{\"n\":2}");
      assertThat(second.statusCode()).isEqualTo(200);
      assertThat(second.body()).isEqualTo("{\"ok\":true}");
      assertThat(post(receiver.url("/hooks/a"), "{\"n\":3}").statusCode()).isEqualTo(200);

      var requests = receiver.await(3);
      assertThat(requests)
          .extracting(HttpReceiver.Request::body)
          .containsExactly("{\"n\":1}", "{\"n\":2}", "{\"n\":3}");
      assertThat(requests.get(0).method()).isEqualTo("POST");
      assertThat(requests.get(0).path()).isEqualTo("/hooks/a");
      assertThat(requests.get(0).query()).isEqualTo("x=1");
      assertThat(requests.get(0).header("X-Test")).isEqualTo("yes");
      assertThat(requests.get(0).headers()).containsKey("x-test");
    }
  }

  @Test
  void aHeldRequestWaitsWhileOthersAreRecorded() throws Exception {
    try (HttpReceiver receiver = HttpReceiver.start()) {
      receiver.hold();
      CompletableFuture<HttpResponse<String>> held =
          client.sendAsync(
              request(receiver.url("/slow"), "1"), HttpResponse.BodyHandlers.ofString());
      CompletableFuture<HttpResponse<String>> other =
          client.sendAsync(
              request(receiver.url("/slow"), "2"), HttpResponse.BodyHandlers.ofString());
      receiver.await(2);
      assertThat(held).isNotDone();
      assertThat(other).isNotDone();
      receiver.release();
      assertThat(held.get().statusCode()).isEqualTo(200);
      assertThat(other.get().statusCode()).isEqualTo(200);
    }
  }

  private HttpResponse<String> post(String url, String body) throws Exception {
    return client.send(request(url, body), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpRequest request(String url, String body) {
    return HttpRequest.newBuilder(URI.create(url))
        .header("X-Test", "yes")
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
  }

  @Test
  void writesEachRequestForAPersonToRead(@TempDir Path folder) throws Exception {
    try (HttpReceiver sink = HttpReceiver.start().dumpTo(folder)) {
      HttpClient.newHttpClient()
          .send(
              HttpRequest.newBuilder(URI.create(sink.url("/hooks/demo")))
                  .header("webhook-id", "msg_1")
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          "{\"type\":\"rapport.ticket.resolved.v1\"}"))
                  .build(),
              HttpResponse.BodyHandlers.discarding());

      Path written = folder.resolve("0001-POST.http");
      assertThat(Files.readString(written))
          .startsWith("POST /hooks/demo\n")
          .contains("webhook-id: msg_1")
          .endsWith("\n\n{\"type\":\"rapport.ticket.resolved.v1\"}\n");
    }
  }
}
