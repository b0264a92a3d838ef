package dev.rapport.notification.channel;

import dev.rapport.notification.config.DeliveryConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.Map;

/**
 * Posts JSON to chat and webhook endpoints with the JDK's HTTP client: connect and request
 * timeouts, no redirects (a receiver that moved must be re-subscribed, and a redirect must not
 * carry a signed body elsewhere), a 2xx answer is success and anything else a {@link SendFailure}
 * naming the status and the redacted URL.
 */
@ApplicationScoped
public class HttpPoster {
  private final HttpClient client;
  private final DeliveryConfig config;

  HttpPoster(DeliveryConfig config) {
    this.config = config;
    this.client =
        HttpClient.newBuilder()
            // Plain HTTP/1.1: an h2c upgrade offer on http:// URLs confuses some receivers.
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(config.connectTimeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  /** Posts {@code json} to {@code url} with {@code headers}; returns normally on a 2xx. */
  public void postJson(String url, String json, Map<String, String> headers) throws SendFailure {
    String shown = UrlRedaction.redact(url);
    HttpRequest.Builder request;
    try {
      request =
          HttpRequest.newBuilder(URI.create(url))
              .timeout(config.requestTimeout())
              .header("Content-Type", "application/json")
              .header("User-Agent", "Rapport-Notifications/1")
              .POST(HttpRequest.BodyPublishers.ofString(json));
    } catch (IllegalArgumentException e) {
      throw new SendFailure("Not a valid URL: " + shown, true);
    }
    headers.forEach(request::header);
    HttpResponse<Void> response;
    try {
      response = client.send(request.build(), HttpResponse.BodyHandlers.discarding());
    } catch (HttpConnectTimeoutException e) {
      throw new SendFailure("Connect timeout (" + config.connectTimeout() + ") to " + shown);
    } catch (HttpTimeoutException e) {
      throw new SendFailure("No answer within " + config.requestTimeout() + " from " + shown);
    } catch (ConnectException e) {
      throw new SendFailure("Connection refused by " + shown);
    } catch (IOException e) {
      throw new SendFailure(
          "Could not post to " + shown + ": " + e.getClass().getSimpleName() + message(e));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SendFailure("Interrupted while posting to " + shown);
    }
    int status = response.statusCode();
    if (status < 200 || status > 299) {
      throw new SendFailure("HTTP " + status + " from " + shown);
    }
  }

  private static String message(IOException e) {
    // The JDK's messages name hosts and causes, never the URL's path or query.
    return e.getMessage() == null ? "" : " (" + e.getMessage() + ")";
  }
}
