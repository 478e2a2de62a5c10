package com.kuailv.emergency.testing;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** The real neighbours every {@code @QuarkusTest} runs against, started once per test run. */
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
public final class TestResources {
  private TestResources() {}
}
