package com.kuailv.emergency.testing;

import io.quarkus.test.common.QuarkusTestResource;

/** The real neighbours every {@code @QuarkusTest} runs against, started once per test run. */
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(OidcKeysResource.class)
@QuarkusTestResource(SmtpResource.class)
public final class TestResources {
  private TestResources() {}
}
