package dev.rapport.support.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A digest of a request body, to tell a retry (same body) from a reused Idempotency-Key. */
@ApplicationScoped
public class RequestFingerprint {
  private final ObjectMapper mapper;

  RequestFingerprint(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  public String of(Object request) {
    try {
      byte[] json = mapper.writeValueAsString(request).getBytes(StandardCharsets.UTF_8);
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json));
    } catch (JsonProcessingException | NoSuchAlgorithmException e) {
      throw new IllegalStateException("cannot fingerprint request", e);
    }
  }
}
