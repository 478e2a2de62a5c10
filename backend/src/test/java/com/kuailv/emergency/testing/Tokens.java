package com.kuailv.emergency.testing;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Access tokens shaped like the kuailv realm's, signed with this test run's key. */
public final class Tokens {
  public static final String ISSUER = "https://server.example.com";
  public static final String AUDIENCE = "kuailv-api";
  static final KeyPair KEYS = newKeyPair();

  private Tokens() {}

  /** A token for a user with these realm roles; the subject is derived from the username. */
  public static String forUser(String username, String... roles) {
    return sign(claims(username, roles));
  }

  /** A client-credentials token of this client's service account (azp is the client id). */
  public static String forClient(String clientId, String... roles) {
    return sign(claims("service-account-" + clientId, roles).claim("azp", clientId));
  }

  public static String subjectOf(String username) {
    return "sub-" + username;
  }

  public static String fromOtherIssuer(String username, String... roles) {
    return sign(claims(username, roles).issuer("https://evil.example.com"));
  }

  public static String forOtherAudience(String username, String... roles) {
    return sign(claims(username, roles).audience("someone-else"));
  }

  public static String expired(String username, String... roles) {
    Instant past = Instant.now().minusSeconds(3600);
    return sign(claims(username, roles).issuedAt(past).expiresAt(past.plusSeconds(300)));
  }

  private static KeyPair newKeyPair() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return generator.generateKeyPair();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String sign(JwtClaimsBuilder claims) {
    return claims.jws().keyId("test").sign(KEYS.getPrivate());
  }

  private static JwtClaimsBuilder claims(String username, String... roles) {
    return Jwt.issuer(ISSUER)
        .audience(AUDIENCE)
        .subject(subjectOf(username))
        .preferredUserName(username)
        .claim("name", "Test " + username)
        .claim("realm_access", Map.of("roles", List.of(roles)))
        .expiresIn(300);
  }
}
