package com.kuailv.emergency.common.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kuailv.emergency.testing.Tokens;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.helpers.test.UniAssertSubscriber;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

/** A verified token is remembered for its client's next requests, and only while it is valid. */
@QuarkusTest
class VerifiedTokensTest {
  @Inject VerifiedTokens verified;

  @Test
  void aTokenSeenOnceIsRememberedWithItsOwnRoles() {
    String commander = Tokens.forUser("vt-commander", "commander");
    String tech = Tokens.forUser("vt-tech", "tech");
    for (int i = 0; i < 3; i++) {
      given().auth().oauth2(commander).get("/api/v1/audit").then().statusCode(200);
      given().auth().oauth2(tech).get("/api/v1/audit").then().statusCode(403);
      given().auth().oauth2(tech).get("/api/v1/incidents").then().statusCode(200);
    }
    SecurityIdentity remembered = verified.find(commander);
    assertNotNull(remembered, "the commander's token is held after its first request");
    assertEquals(Set.of("commander"), remembered.getRoles());
    assertEquals(Set.of("tech"), verified.find(tech).getRoles());
  }

  @Test
  void aHeldIdentityIsAnsweredWithoutVerifyingItsTokenAgain() {
    // Only the augmentor holds identities, after the OIDC provider verified them; held directly
    // here, a string no verifier would accept shows the second request skips verification.
    String held = "held-" + System.nanoTime();
    given().auth().oauth2(held).get("/api/v1/incidents").then().statusCode(401);
    verified.remember(held, identity(Instant.now().plusSeconds(60)));
    given().auth().oauth2(held).get("/api/v1/incidents").then().statusCode(200);
    given().auth().oauth2(held).get("/api/v1/audit").then().statusCode(403);
  }

  @Test
  void aTokenNeverVerifiedIsNotHeldAndStillRefused() {
    String foreign = Tokens.fromOtherIssuer("vt-mallory", "commander");
    given().auth().oauth2(foreign).get("/api/v1/incidents").then().statusCode(401);
    given().auth().oauth2(foreign).get("/api/v1/incidents").then().statusCode(401);
    assertNull(verified.find(foreign));
    String expired = Tokens.expired("vt-late", "commander");
    given().auth().oauth2(expired).get("/api/v1/incidents").then().statusCode(401);
    assertNull(verified.find(expired));
  }

  @Test
  void anIdentityIsAnsweredOnlyUntilItsTokenExpires() {
    Instant exp = Instant.parse("2026-12-01T04:00:00Z");
    MutableClock clock = new MutableClock(exp.minusSeconds(60));
    VerifiedTokens tokens = new VerifiedTokens(clock, true, 10, Duration.ofMinutes(5));
    tokens.remember("t", identity(exp));
    assertNotNull(tokens.find("t"));
    clock.now = exp;
    assertNull(tokens.find("t"), "answered up to its exp claim, not at it");
    clock.now = exp.minusSeconds(60);
    assertNull(tokens.find("t"), "an expired identity is forgotten, not kept for later");
  }

  @Test
  void aHeldIdentityKeepsNoRequestOfItsOwn() {
    Instant exp = Instant.parse("2026-12-01T04:00:00Z");
    VerifiedTokens tokens =
        new VerifiedTokens(new MutableClock(exp.minusSeconds(1)), true, 10, Duration.ofMinutes(5));
    tokens.remember(
        "t",
        QuarkusSecurityIdentity.builder(identity(exp))
            .addAttribute(io.vertx.ext.web.RoutingContext.class.getName(), "the first request")
            .build());
    assertNull(
        tokens.find("t").getAttribute(io.vertx.ext.web.RoutingContext.class.getName()),
        "the request it was verified in is not kept (nor handed to a later one)");
  }

  @Test
  void onlyIdentitiesWithAnExpiryAreHeld() {
    VerifiedTokens tokens =
        new VerifiedTokens(new MutableClock(Instant.EPOCH), true, 10, Duration.ofMinutes(5));
    tokens.remember(
        "plain",
        QuarkusSecurityIdentity.builder().setPrincipal(() -> "someone").addRole("admin").build());
    assertNull(tokens.find("plain"));
  }

  @Test
  void anAugmentedIdentityIsRememberedUnderItsAccessToken() {
    Instant exp = Instant.parse("2026-12-01T04:00:00Z");
    VerifiedTokens tokens =
        new VerifiedTokens(new MutableClock(exp.minusSeconds(1)), true, 10, Duration.ofMinutes(5));
    SecurityIdentity identity =
        QuarkusSecurityIdentity.builder(identity(exp))
            .addCredential(new AccessTokenCredential("raw-token"))
            .build();
    // The augmentor answers at once (no waiting): the identity itself, now remembered.
    assertTrue(identity == answered(tokens.augment(identity, null)));
    assertEquals(Set.of("tech"), tokens.find("raw-token").getRoles());
    VerifiedTokens off =
        new VerifiedTokens(new MutableClock(exp.minusSeconds(1)), false, 10, Duration.ofMinutes(5));
    answered(off.augment(identity, null));
    assertNull(off.find("raw-token"), "switched off, nothing is held");
  }

  /** The item of a Uni that has already completed, failing the test if it has not. */
  private static SecurityIdentity answered(Uni<SecurityIdentity> answer) {
    return answer
        .subscribe()
        .withSubscriber(UniAssertSubscriber.<SecurityIdentity>create())
        .assertCompleted()
        .getItem();
  }

  private static SecurityIdentity identity(Instant exp) {
    JsonWebToken jwt =
        new JsonWebToken() {
          private final Map<String, Object> claims = Map.of("exp", exp.getEpochSecond());

          @Override
          public String getName() {
            return "vt-user";
          }

          @Override
          public Set<String> getClaimNames() {
            return claims.keySet();
          }

          @Override
          @SuppressWarnings("unchecked")
          public <T> T getClaim(String name) {
            return (T) claims.get(name);
          }
        };
    return QuarkusSecurityIdentity.builder().setPrincipal(jwt).addRole("tech").build();
  }

  private static final class MutableClock extends Clock {
    Instant now;

    MutableClock(Instant now) {
      this.now = now;
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }
}
