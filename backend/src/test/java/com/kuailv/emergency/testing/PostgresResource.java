package com.kuailv.emergency.testing;

import com.kuailv.emergency.local.EmbeddedDatabase;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;

/** A real PostgreSQL 17 for the test run, in a fresh data directory on a free port. */
public class PostgresResource implements QuarkusTestResourceLifecycleManager {
  private EmbeddedDatabase database;

  @Override
  public Map<String, String> start() {
    try {
      database = EmbeddedDatabase.start(Files.createTempDirectory("kuailv-test-pg"), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.of(
        "quarkus.datasource.reactive.url",
        database.reactiveUrl(),
        "quarkus.datasource.jdbc.url",
        database.jdbcUrl(),
        "quarkus.datasource.username",
        EmbeddedDatabase.USER,
        "quarkus.datasource.password",
        EmbeddedDatabase.PASSWORD);
  }

  @Override
  public void stop() {
    if (database != null) {
      try {
        database.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
