package com.kuailv.emergency.testing;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Access tokens shaped like the kuailv realm's, signed by the test OIDC provider. */
public final class Tokens {
  public static final String ISSUER = "https://server.example.com";
  public static final String AUDIENCE = "kuailv-api";

  private Tokens() {}

  /** A token for a user with these realm roles; the subject is derived from the username. */
  public static String forUser(String username, String... roles) {
    return claims(username, roles).sign();
  }

  public static String subjectOf(String username) {
    return "sub-" + username;
  }

  public static String fromOtherIssuer(String username, String... roles) {
    return claims(username, roles).issuer("https://evil.example.com").sign();
  }

  public static String forOtherAudience(String username, String... roles) {
    return claims(username, roles).audience("someone-else").sign();
  }

  public static String expired(String username, String... roles) {
    Instant past = Instant.now().minusSeconds(3600);
    return claims(username, roles).issuedAt(past).expiresAt(past.plusSeconds(300)).sign();
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
