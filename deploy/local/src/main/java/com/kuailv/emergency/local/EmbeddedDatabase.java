package com.kuailv.emergency.local;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * A real PostgreSQL 17 server from the zonky binaries, with a database and role {@code kuailv}.
 * Durable like production: {@code synchronous_commit} and {@code fsync} are on (zonky turns the
 * first off by default).
 */
public final class EmbeddedDatabase implements AutoCloseable {
  public static final String NAME = "kuailv";
  public static final String USER = "kuailv";
  public static final String PASSWORD = "kuailv";

  /**
   * Settings PostgreSQL has in every deployment (DeployConfigTest checks compose and Kubernetes):
   * buffers that hold a storm's working set, and WAL files recycled at checkpoints rather than
   * created while a storm's commits wait (~50 ms each, measured by deploy/bench/intake-bench.sh).
   */
  public static final Map<String, String> TUNING =
      Map.of("shared_buffers", "256MB", "min_wal_size", "1GB", "max_wal_size", "2GB");

  private final EmbeddedPostgres postgres;

  private EmbeddedDatabase(EmbeddedPostgres postgres) {
    this.postgres = postgres;
  }

  /**
   * Starts PostgreSQL on 127.0.0.1. A data directory that already holds a cluster is reused; port 0
   * picks a free port.
   */
  public static EmbeddedDatabase start(Path dataDirectory, int port) throws IOException {
    Files.createDirectories(dataDirectory);
    EmbeddedPostgres.Builder builder =
        EmbeddedPostgres.builder()
            .setDataDirectory(dataDirectory)
            .setCleanDataDirectory(false)
            .setServerConfig("listen_addresses", "127.0.0.1")
            .setServerConfig("synchronous_commit", "on")
            .setServerConfig("fsync", "on")
            .setServerConfig("full_page_writes", "on")
            .setServerConfig("max_connections", "200")
            // The binaries may be on the class path twice (the launcher jar's manifest lists
            // them too); any copy will do, where zonky's default resolver refuses duplicates.
            .setPgBinaryResolver(
                (system, machine) ->
                    EmbeddedDatabase.class.getResourceAsStream(
                        "/postgres-" + system.toLowerCase() + "-" + machine + ".txz"));
    TUNING.forEach(builder::setServerConfig);
    if (port > 0) {
      builder.setPort(port);
    }
    EmbeddedDatabase database = new EmbeddedDatabase(builder.start());
    database.createApplicationDatabase();
    return database;
  }

  private void createApplicationDatabase() throws IOException {
    try (Connection connection = postgres.getPostgresDatabase().getConnection();
        Statement sql = connection.createStatement()) {
      boolean roleExists =
          sql.executeQuery("select 1 from pg_roles where rolname = '" + USER + "'").next();
      if (!roleExists) {
        sql.execute("create role " + USER + " login password '" + PASSWORD + "'");
      }
      boolean databaseExists =
          sql.executeQuery("select 1 from pg_database where datname = '" + NAME + "'").next();
      if (!databaseExists) {
        sql.execute("create database " + NAME + " owner " + USER);
      }
    } catch (SQLException e) {
      throw new IOException("Could not prepare database " + NAME + ": " + e.getMessage(), e);
    }
  }

  public int port() {
    return postgres.getPort();
  }

  public String host() {
    return "127.0.0.1";
  }

  public String jdbcUrl() {
    return "jdbc:postgresql://" + host() + ":" + port() + "/" + NAME;
  }

  public String reactiveUrl() {
    return "postgresql://" + host() + ":" + port() + "/" + NAME;
  }

  @Override
  public void close() throws IOException {
    postgres.close();
  }
}
