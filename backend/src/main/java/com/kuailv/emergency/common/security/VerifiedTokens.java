package com.kuailv.emergency.common.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Bearer tokens already verified, so that a client's next requests with the same token skip the
 * signature check and claim parsing (a quarter of the CPU of a cached list read, by profile).
 *
 * <p>As an augmentor it runs first on every identity the OIDC provider verified and remembers it
 * under its access token; as an identity provider it runs before the OIDC provider and answers a
 * remembered identity while its token has not expired ({@code exp}, by the application clock) and
 * for at most {@code kuailv.security.verified-tokens.ttl} (5 minutes) since it was verified. It
 * answers nothing (so the OIDC provider verifies) for anything else. Holds at most {@code
 * kuailv.security.verified-tokens.max} tokens (10,000), least recently used out first.
 */
@ApplicationScoped
public class VerifiedTokens
    implements IdentityProvider<TokenAuthenticationRequest>, SecurityIdentityAugmentor {

  private static final String REMEMBERED = VerifiedTokens.class.getName();

  private final Clock clock;
  private final Cache<String, SecurityIdentity> identities;

  VerifiedTokens(
      Clock clock,
      @ConfigProperty(name = "kuailv.security.verified-tokens.max", defaultValue = "10000")
          long max,
      @ConfigProperty(name = "kuailv.security.verified-tokens.ttl", defaultValue = "PT5M")
          Duration ttl) {
    this.clock = clock;
    this.identities = Caffeine.newBuilder().maximumSize(max).expireAfterWrite(ttl).build();
  }

  @Override
  public Class<TokenAuthenticationRequest> getRequestType() {
    return TokenAuthenticationRequest.class;
  }

  /**
   * As a provider, before the OIDC provider (priority 1001); as an augmentor, ahead of every other
   * one (they are 0), so what it remembers is the identity as verified.
   */
  @Override
  public int priority() {
    return 2000;
  }

  @Override
  public Uni<SecurityIdentity> authenticate(
      TokenAuthenticationRequest request, AuthenticationRequestContext context) {
    if (!(request.getToken() instanceof AccessTokenCredential credential)) {
      return Uni.createFrom().nullItem();
    }
    SecurityIdentity known = find(credential.getToken());
    if (known == null) {
      return Uni.createFrom().nullItem();
    }
    // The identity carries the request it was verified in; this one is another.
    RoutingContext current = HttpSecurityUtils.getRoutingContextAttribute(request);
    QuarkusSecurityIdentity.Builder identity =
        QuarkusSecurityIdentity.builder(known).addAttribute(REMEMBERED, Boolean.TRUE);
    if (current != null) {
      identity.addAttribute(RoutingContext.class.getName(), current);
    }
    return Uni.createFrom().item(identity.build());
  }

  @Override
  public Uni<SecurityIdentity> augment(
      SecurityIdentity identity, AuthenticationRequestContext context) {
    if (!identity.isAnonymous() && identity.getAttribute(REMEMBERED) == null) {
      AccessTokenCredential token = identity.getCredential(AccessTokenCredential.class);
      if (token != null) {
        remember(token.getToken(), identity);
      }
    }
    return Uni.createFrom().item(identity);
  }

  /** The identity verified for this token, or null when none is held or its token expired. */
  SecurityIdentity find(String token) {
    SecurityIdentity known = identities.getIfPresent(token);
    if (known == null) {
      return null;
    }
    if (!unexpired(known)) {
      identities.invalidate(token);
      return null;
    }
    return known;
  }

  /** Holds an identity the OIDC provider verified for this token (one without an expiry: never). */
  void remember(String token, SecurityIdentity identity) {
    if (unexpired(identity)) {
      identities.put(token, identity);
    }
  }

  private boolean unexpired(SecurityIdentity identity) {
    return identity.getPrincipal() instanceof JsonWebToken jwt
        && jwt.getExpirationTime() > clock.instant().getEpochSecond();
  }
}
