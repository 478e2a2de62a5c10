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
 * kuailv.security.verified-tokens.max} tokens (10,000), least recently used out first, without the
 * request they were verified in.
 *
 * <p>It assumes what this service configures: one OIDC tenant, signed JWT access tokens checked
 * locally, no introspection, UserInfo, DPoP or certificate binding, no step-up ({@code acr}) and no
 * maximum token age; those checks run per request in the OIDC provider and a remembered identity
 * would skip them. Configuring any of them means setting {@code
 * kuailv.security.verified-tokens.enabled=false}.
 */
@ApplicationScoped
public class VerifiedTokens
    implements IdentityProvider<TokenAuthenticationRequest>, SecurityIdentityAugmentor {

  private static final String REMEMBERED = VerifiedTokens.class.getName();

  private static final String REQUEST = RoutingContext.class.getName();
  private static final String REQUEST_CONTEXT = AuthenticationRequestContext.class.getName();

  private final Clock clock;
  private final boolean enabled;
  private final Cache<String, SecurityIdentity> identities;

  VerifiedTokens(
      Clock clock,
      @ConfigProperty(name = "kuailv.security.verified-tokens.enabled", defaultValue = "true")
          boolean enabled,
      @ConfigProperty(name = "kuailv.security.verified-tokens.max", defaultValue = "10000")
          long max,
      @ConfigProperty(name = "kuailv.security.verified-tokens.ttl", defaultValue = "PT5M")
          Duration ttl) {
    this.clock = clock;
    this.enabled = enabled;
    this.identities = Caffeine.newBuilder().maximumSize(max).expireAfterWrite(ttl).build();
  }

  @Override
  public Class<TokenAuthenticationRequest> getRequestType() {
    return TokenAuthenticationRequest.class;
  }

  /**
   * As a provider, before the OIDC provider (priority 1001); as an augmentor, ahead of this
   * application's own (0: {@link PermissionAugmentor}), so what it remembers carries no permissions
   * of ours and they are granted again on every request.
   */
  @Override
  public int priority() {
    return 2000;
  }

  @Override
  public Uni<SecurityIdentity> authenticate(
      TokenAuthenticationRequest request, AuthenticationRequestContext context) {
    RoutingContext current = HttpSecurityUtils.getRoutingContextAttribute(request);
    if (!enabled
        || current == null
        || !(request.getToken() instanceof AccessTokenCredential credential)) {
      return Uni.createFrom().nullItem();
    }
    SecurityIdentity known = find(credential.getToken());
    if (known == null) {
      return Uni.createFrom().nullItem();
    }
    return Uni.createFrom()
        .item(
            QuarkusSecurityIdentity.builder(known)
                .addAttribute(REMEMBERED, Boolean.TRUE)
                .addAttribute(REQUEST, current)
                .addAttribute(REQUEST_CONTEXT, context)
                .build());
  }

  @Override
  public Uni<SecurityIdentity> augment(
      SecurityIdentity identity, AuthenticationRequestContext context) {
    if (enabled && !identity.isAnonymous() && identity.getAttribute(REMEMBERED) == null) {
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

  /**
   * Holds an identity the OIDC provider verified for this token (one without an expiry: never),
   * without the request it was verified in.
   */
  void remember(String token, SecurityIdentity identity) {
    if (unexpired(identity)) {
      identities.put(
          token,
          QuarkusSecurityIdentity.builder(identity)
              .addAttribute(REQUEST, null)
              .addAttribute(REQUEST_CONTEXT, null)
              .build());
    }
  }

  private boolean unexpired(SecurityIdentity identity) {
    return identity.getPrincipal() instanceof JsonWebToken jwt
        && jwt.getExpirationTime() > clock.instant().getEpochSecond();
  }
}
