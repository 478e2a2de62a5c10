package com.kuailv.emergency.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Base64;
import java.util.Map;

/**
 * Verifies bearer tokens with a key pair made for this test run: the backend checks signature,
 * issuer, audience and expiry exactly as in production, with no OIDC server listening anywhere.
 */
public class OidcKeysResource implements QuarkusTestResourceLifecycleManager {
  @Override
  public Map<String, String> start() {
    String publicKey = Base64.getEncoder().encodeToString(Tokens.KEYS.getPublic().getEncoded());
    return Map.of("quarkus.oidc.public-key", publicKey, "quarkus.oidc.token.issuer", Tokens.ISSUER);
  }

  @Override
  public void stop() {}
}
