package dev.rapport.local;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Map;
import org.jose4j.json.JsonUtil;

/** A compact JWS taken apart with nothing but the JDK (and a JSON parser) to check what we sign. */
record SignedJwt(
    Map<String, Object> header, Map<String, Object> claims, String signingInput, byte[] signature) {

  static SignedJwt parse(String token) throws Exception {
    String[] parts = token.split("\\.");
    if (parts.length != 3) {
      throw new IllegalArgumentException("Not a compact JWS: " + token);
    }
    Base64.Decoder base64 = Base64.getUrlDecoder();
    return new SignedJwt(
        JsonUtil.parseJson(new String(base64.decode(parts[0]), StandardCharsets.UTF_8)),
        JsonUtil.parseJson(new String(base64.decode(parts[1]), StandardCharsets.UTF_8)),
        parts[0] + "." + parts[1],
        base64.decode(parts[2]));
  }

  /** Whether the RS256 signature verifies with the X.509 public key in {@code publicPem}. */
  boolean verifiesWith(Path publicPem) throws Exception {
    String base64 =
        Files.readString(publicPem)
            .replace("-----BEGIN PUBLIC KEY-----", "")
            .replace("-----END PUBLIC KEY-----", "")
            .replaceAll("\\s", "");
    PublicKey key =
        KeyFactory.getInstance("RSA")
            .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
    Signature verifier = Signature.getInstance("SHA256withRSA");
    verifier.initVerify(key);
    verifier.update(signingInput.getBytes(StandardCharsets.US_ASCII));
    return verifier.verify(signature);
  }
}
