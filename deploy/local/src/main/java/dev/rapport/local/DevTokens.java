package dev.rapport.local;

import io.smallrye.jwt.build.Jwt;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;
import java.util.TreeSet;

/**
 * Development tokens: RS256 JWTs signed with a key pair that lives in a directory ({@code
 * .rapport/jwt} for the launcher, a temporary one for tests). Services verify them with {@code
 * mp.jwt.verify.publickey.location} = {@link #publicKey(Path)}, issuer {@link #ISSUER} and audience
 * {@link #AUDIENCE} (or {@link #AUDIENCE_VARIABLE}).
 */
public final class DevTokens {
  public static final String ISSUER = "rapport-local";

  /** The audience ({@code aud}) services accept unless {@link #AUDIENCE_VARIABLE} names another. */
  public static final String AUDIENCE = "rapport";

  /**
   * The environment variable that overrides {@link #AUDIENCE}, for the services and tokens alike.
   */
  public static final String AUDIENCE_VARIABLE = "RAPPORT_JWT_AUDIENCE";

  public static final Set<String> ROLES =
      Set.of("requester", "agent", "lead", "admin", "integration");
  public static final String PRIVATE_KEY_FILE = "private.pem";
  public static final String PUBLIC_KEY_FILE = "public.pem";

  private DevTokens() {}

  /**
   * Makes {@code private.pem} (PKCS#8) and {@code public.pem} (X.509 SubjectPublicKeyInfo) in
   * {@code directory} unless they exist; returns the public key's path.
   */
  @SuppressWarnings("try") // the file lock is held for its effect, never read
  public static synchronized Path ensureKeyPair(Path directory) {
    Path privateKey = directory.resolve(PRIVATE_KEY_FILE);
    Path publicKey = directory.resolve(PUBLIC_KEY_FILE);
    if (Files.exists(privateKey) && Files.exists(publicKey)) {
      return publicKey;
    }
    try {
      Files.createDirectories(directory);
      // Two first-time `./rapport token` runs at once must not each write half of a pair.
      try (FileChannel lockFile =
              FileChannel.open(
                  directory.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
          FileLock lock = lockFile.lock()) {
        if (!(Files.exists(privateKey) && Files.exists(publicKey))) {
          KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
          generator.initialize(2048);
          KeyPair pair = generator.generateKeyPair();
          // Public key first: whoever sees the private key can count on both being there.
          writeAtomically(publicKey, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
          writeAtomically(privateKey, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
        }
      }
      return publicKey;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("The JDK cannot make RSA keys", e);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the key pair to " + directory, e);
    }
  }

  public static Path publicKey(Path directory) {
    return directory.resolve(PUBLIC_KEY_FILE);
  }

  /**
   * A signed token for {@code userName} ({@code upn} and {@code sub}) with {@code roles} as {@code
   * groups}, for audience {@link #AUDIENCE}, valid for {@code ttl}. Makes the key pair on first
   * use.
   *
   * @throws IllegalArgumentException for a blank user name, no roles or an unknown role
   */
  public static String issue(Path directory, String userName, Set<String> roles, Duration ttl) {
    return issue(directory, userName, roles, ttl, AUDIENCE);
  }

  /** As {@link #issue(Path, String, Set, Duration)}, for {@code audience}. */
  public static String issue(
      Path directory, String userName, Set<String> roles, Duration ttl, String audience) {
    if (userName == null || userName.isBlank()) {
      throw new IllegalArgumentException("A token needs a user name (the upn and sub claims)");
    }
    if (roles.isEmpty()) {
      throw new IllegalArgumentException("A token needs at least one role of " + knownRoles());
    }
    Set<String> unknown = new TreeSet<>(roles);
    unknown.removeAll(ROLES);
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException(
          "Unknown role(s) " + unknown + "; roles are " + knownRoles());
    }
    if (ttl.isNegative() || ttl.isZero()) {
      throw new IllegalArgumentException("A token's lifetime must be positive, not " + ttl);
    }
    if (audience == null || audience.isBlank()) {
      throw new IllegalArgumentException("A token needs an audience (the aud claim)");
    }
    Instant now = Instant.now();
    return sign(directory, ISSUER, audience, userName, roles, now, now.plus(ttl));
  }

  /**
   * A token with exactly these claims and no checks, so that tests can make the ones services must
   * refuse (expired, another issuer, another audience).
   */
  public static String sign(
      Path directory,
      String issuer,
      String audience,
      String userName,
      Set<String> roles,
      Instant issuedAt,
      Instant expiresAt) {
    ensureKeyPair(directory);
    return Jwt.issuer(issuer)
        .audience(audience)
        .upn(userName)
        .subject(userName)
        .groups(roles)
        .issuedAt(issuedAt)
        .expiresAt(expiresAt)
        .sign(readPrivateKey(directory.resolve(PRIVATE_KEY_FILE)));
  }

  private static String knownRoles() {
    return String.join(", ", new TreeSet<>(ROLES));
  }

  private static PrivateKey readPrivateKey(Path file) {
    try {
      String base64 =
          Files.readString(file, StandardCharsets.US_ASCII)
              .replaceAll("-----[A-Z ]+-----", "")
              .replaceAll("\\s", "");
      return KeyFactory.getInstance("RSA")
          .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new IllegalStateException(file + " is not a PKCS#8 RSA private key", e);
    }
  }

  private static String pem(String type, byte[] der) {
    String body =
        Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
    return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
  }

  private static void writeAtomically(Path file, String content) throws IOException {
    // createTempFile makes it owner-only: the private key signs tokens for any user and role.
    Path temporary = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
    Files.writeString(temporary, content, StandardCharsets.US_ASCII);
    Files.move(
        temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }
}
