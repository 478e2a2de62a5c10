package com.kuailv.emergency.deploy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.kuailv.emergency.local.EmbeddedDatabase;
import com.kuailv.emergency.local.KeycloakDistribution;
import com.kuailv.emergency.local.ManagedProcess;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * PostgreSQL, Keycloak and two instances of the packaged backend on loopback, as the gateway test
 * needs them. Everything it starts, {@link #close()} stops.
 */
final class Cluster implements AutoCloseable {
  final Path root = Path.of("../..").toAbsolutePath().normalize();
  final Path home;
  final EmbeddedDatabase database;
  final int keycloakPort = Ports.free();
  final ManagedProcess keycloak;
  final List<Replica> replicas = new ArrayList<>();

  record Replica(String name, int port, ManagedProcess process) {
    String url(String path) {
      return "http://127.0.0.1:" + port + path;
    }

    String address() {
      return "127.0.0.1:" + port;
    }
  }

  Cluster() throws Exception {
    home = Files.createTempDirectory("kuailv-cluster");
    database = EmbeddedDatabase.start(home.resolve("pgdata"), Ports.free());
    Path dist = KeycloakDistribution.prepare(root, home.resolve("keycloak"));
    KeycloakDistribution.resetRealm(dist, root.resolve("deploy/keycloak/kuailv-realm.json"));
    keycloak =
        ManagedProcess.start(
            "Keycloak",
            List.of(
                dist.resolve("bin/kc.sh").toString(),
                "start-dev",
                "--http-host=127.0.0.1",
                "--http-port=" + keycloakPort,
                "--import-realm"),
            dist,
            Map.of("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m"),
            home.resolve("keycloak.log"));
    Http.awaitStatus(issuer() + "/.well-known/openid-configuration", 200, keycloak);
    // One after the other, so that the first runs the migrations.
    for (String name : List.of("A", "B")) {
      Replica replica = startReplica(name);
      replicas.add(replica);
      Http.awaitStatus(replica.url("/q/health/ready"), 200, replica.process());
    }
  }

  String issuer() {
    return "http://localhost:" + keycloakPort + "/realms/kuailv";
  }

  private Replica startReplica(String name) throws IOException {
    int port = Ports.free();
    Path jar = root.resolve("backend/target/quarkus-app/quarkus-run.jar");
    if (!Files.isRegularFile(jar)) {
      throw new IOException(jar + " is missing: the backend module packages it before this test");
    }
    ManagedProcess process =
        ManagedProcess.start(
            "backend " + name,
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-jar",
                jar.toString()),
            root,
            Map.of(
                "KUAILV_HTTP_HOST", "127.0.0.1",
                "KUAILV_HTTP_PORT", String.valueOf(port),
                "KUAILV_DB_HOST", database.host(),
                "KUAILV_DB_PORT", String.valueOf(database.port()),
                "KUAILV_OIDC_URL", issuer(),
                "KUAILV_HEARTBEATS_CHECK_EVERY", "1s",
                "KUAILV_SECRETS_KEY", SECRETS_KEY),
            home.resolve("backend-" + name + ".log"));
    return new Replica(name, port, process);
  }

  /** One sealing key for every replica of the cluster, as a deployment shares one. */
  static final String SECRETS_KEY =
      java.util.Base64.getEncoder()
          .encodeToString(new java.security.SecureRandom().generateSeed(32));

  /** An access token of the demo supply-chain system (client credentials, role integration). */
  String integrationToken() throws Exception {
    HttpResponse<String> response =
        Http.PLAIN.send(
            HttpRequest.newBuilder(URI.create(issuer() + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "grant_type=client_credentials&client_id=supply-chain-demo"
                            + "&client_secret=supply-chain-demo-secret"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IOException("no token: " + response.body());
    }
    return new ObjectMapper().readTree(response.body()).get("access_token").asText();
  }

  Connection sql() throws SQLException {
    return DriverManager.getConnection(
        database.jdbcUrl(), EmbeddedDatabase.USER, EmbeddedDatabase.PASSWORD);
  }

  @Override
  public void close() throws IOException {
    for (Replica replica : replicas) {
      replica.process().stop();
    }
    keycloak.stop();
    database.close();
    try (var files = Files.walk(home)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    }
  }
}
