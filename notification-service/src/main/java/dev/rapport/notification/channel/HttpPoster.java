package dev.rapport.notification.channel;

import dev.rapport.notification.config.DeliveryConfig;
import dev.rapport.notification.domain.SendFailure;
import dev.rapport.notification.domain.UrlRedaction;
import dev.rapport.support.outbound.OutboundGuard;
import dev.rapport.support.outbound.OutboundRefused;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Map;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.util.Timeout;

/**
 * Posts JSON to chat and webhook endpoints. Every post passes the {@link OutboundGuard} first: the
 * host is resolved once, every address checked, and the connection made to the checked address (TLS
 * still verifies the host name), so a name re-pointed at an internal address after it was saved
 * (DNS rebinding) is not posted to. Apache HttpClient, because the JDK's client cannot connect to a
 * given address while verifying a name. Connect and response timeouts; no redirects (a receiver
 * that moved must be re-subscribed, and a redirect must not carry a signed body elsewhere); a 2xx
 * answer is success and anything else a {@link SendFailure} naming the status and the redacted URL,
 * never the receiver's answer.
 */
@ApplicationScoped
public class HttpPoster {
  /** The client never resolves names itself: each request names the address the guard checked. */
  private static final DnsResolver NO_RESOLVING =
      new DnsResolver() {
        @Override
        public InetAddress[] resolve(String host) throws UnknownHostException {
          throw new UnknownHostException(host + " (addresses come from the outbound guard)");
        }

        @Override
        public String resolveCanonicalHostname(String host) throws UnknownHostException {
          throw new UnknownHostException(host);
        }
      };

  private final CloseableHttpClient client;
  private final DeliveryConfig config;
  private final OutboundGuard guard;

  HttpPoster(DeliveryConfig config, OutboundGuard guard) {
    this.config = config;
    this.guard = guard;
    Timeout connect = Timeout.of(config.connectTimeout());
    Timeout answer = Timeout.of(config.requestTimeout());
    this.client =
        HttpClients.custom()
            .setConnectionManager(
                PoolingHttpClientConnectionManagerBuilder.create()
                    .setDnsResolver(NO_RESOLVING)
                    .setMaxConnTotal(Math.max(20, config.concurrency() * 2))
                    .setMaxConnPerRoute(Math.max(5, config.concurrency()))
                    .setDefaultConnectionConfig(
                        ConnectionConfig.custom()
                            .setConnectTimeout(connect)
                            .setSocketTimeout(answer)
                            .build())
                    .build())
            .setDefaultRequestConfig(
                RequestConfig.custom()
                    .setRedirectsEnabled(false)
                    .setResponseTimeout(answer)
                    .build())
            .disableRedirectHandling()
            .disableAutomaticRetries()
            .disableCookieManagement()
            .setUserAgent("Rapport-Notifications/1")
            .build();
  }

  /** Posts {@code json} to {@code url} with {@code headers}; returns normally on a 2xx. */
  public void postJson(String url, String json, Map<String, String> headers) throws SendFailure {
    String shown = UrlRedaction.redact(url);
    OutboundGuard.Target target;
    try {
      target = guard.check(url);
    } catch (OutboundRefused refused) {
      // Unresolvable now may resolve later; anything else is policy and will not change by itself.
      throw new SendFailure(
          "Not sent to " + shown + ": " + refused.getMessage(), !refused.unresolved());
    }
    HttpHost pinned =
        new HttpHost(
            target.uri().getScheme().toLowerCase(Locale.ROOT),
            target.addresses().get(0),
            target.host(),
            target.port());
    String path =
        target.uri().getRawPath() == null || target.uri().getRawPath().isEmpty()
            ? "/"
            : target.uri().getRawPath();
    if (target.uri().getRawQuery() != null) {
      path += "?" + target.uri().getRawQuery();
    }
    HttpPost post = new HttpPost(path);
    post.setEntity(new StringEntity(json, ContentType.APPLICATION_JSON));
    headers.forEach(post::setHeader);
    int status;
    try {
      status =
          client.execute(
              pinned,
              post,
              response -> {
                // Read and drop the answer so the connection can be reused; it is never kept.
                EntityUtils.consumeQuietly(response.getEntity());
                return response.getCode();
              });
    } catch (ConnectTimeoutException e) {
      throw new SendFailure("Connect timeout (" + config.connectTimeout() + ") to " + shown);
    } catch (SocketTimeoutException e) {
      throw new SendFailure("No answer within " + config.requestTimeout() + " from " + shown);
    } catch (ConnectException e) {
      throw new SendFailure("Connection refused by " + shown);
    } catch (IOException e) {
      throw new SendFailure("Could not post to " + shown + ": " + e.getClass().getSimpleName());
    }
    if (status < 200 || status > 299) {
      throw new SendFailure("HTTP " + status + " from " + shown);
    }
  }

  void close(@Observes ShutdownEvent event) {
    try {
      client.close();
    } catch (IOException e) {
      // nothing left to send to
    }
  }
}
