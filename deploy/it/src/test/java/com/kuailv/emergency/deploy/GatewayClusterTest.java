package com.kuailv.emergency.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two instances of the packaged backend behind Debian's nginx running the repository's gateway
 * config, with a real PostgreSQL and Keycloak: what a two-replica deployment promises.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(OrderAnnotation.class)
class GatewayClusterTest {
  private Cluster cluster;
  private Gateway gateway;
  private HttpClient https;
  private String integrationKey;

  @BeforeAll
  void start() throws Exception {
    cluster = new Cluster();
    List<String> backends = cluster.replicas.stream().map(Cluster.Replica::address).toList();
    gateway =
        Gateway.start(
            cluster.root,
            cluster.home.resolve("gateway"),
            backends,
            "127.0.0.1:" + cluster.keycloakPort,
            backends.get(0));
    https = Http.trusting(gateway.certificate);
    integrationKey = "it-events-" + System.nanoTime();
    try (Connection sql = cluster.sql();
        PreparedStatement insert =
            sql.prepareStatement(
                "insert into integration (name, type, key_hash, key_hint, created_at,"
                    + " key_rotated_at) values ('gateway test', 'EVENTS', ?, 'it…', now(), now())")) {
      insert.setString(1, sha256(integrationKey));
      insert.executeUpdate();
    }
  }

  @AfterAll
  void stop() throws Exception {
    if (gateway != null) {
      gateway.close();
    }
    if (cluster != null) {
      cluster.close();
    }
  }

  @Test
  @Order(1)
  void requestsSpreadAcrossBothReplicas() throws Exception {
    for (int i = 0; i < 20; i++) {
      assertEquals(200, Http.get(https, gateway.https("/q/health/ready")).statusCode());
    }
    Set<String> upstreams = new HashSet<>();
    for (JsonNode entry : gateway.accessLog()) {
      if (entry.path("uri").asText().equals("/q/health/ready")) {
        upstreams.add(entry.path("upstream_addr").asText());
      }
    }
    for (Cluster.Replica replica : cluster.replicas) {
      assertTrue(
          upstreams.contains(replica.address()),
          "the JSON access log shows requests answered by replica " + replica.name());
    }
  }

  @Test
  @Order(2)
  void plainHttpRedirectsToHttps() throws Exception {
    HttpResponse<String> response = Http.get(Http.PLAIN, gateway.http("/api/v1/alerts"));
    assertTrue(
        response.statusCode() == 301 || response.statusCode() == 308,
        "status " + response.statusCode());
    assertTrue(response.headers().firstValue("Location").orElse("").startsWith("https://"));
  }

  @Test
  @Order(3)
  void securityHeadersAreServed() throws Exception {
    HttpResponse<String> response = Http.get(https, gateway.https("/api/v1/alerts"));
    assertEquals(401, response.statusCode(), "the backend's own answer passes through");
    var headers = response.headers();
    assertTrue(
        headers.firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors"));
    assertTrue(headers.firstValue("Strict-Transport-Security").orElse("").contains("max-age="));
    assertEquals("nosniff", headers.firstValue("X-Content-Type-Options").orElse(""));
    for (String admin :
        List.of(
            "/auth/admin/master/console/",
            "/auth/admin/realms/kuailv/users",
            "/auth/realms/master/protocol/openid-connect/auth")) {
      HttpResponse<String> refused = Http.get(https, gateway.https(admin));
      assertEquals(403, refused.statusCode(), admin + " is closed outside the allow-list");
      assertTrue(refused.body().contains("admin-allow.conf"), refused.body());
    }
    // Keycloak drops ";x" from path segments: these would be the same console under other names.
    for (String disguised :
        List.of(
            "/auth/admin;x/master/console/",
            "/auth/realms/master;x/.well-known/openid-configuration",
            "/auth/realms;x/master/.well-known/openid-configuration",
            "/auth/realms/master%3Bx/.well-known/openid-configuration")) {
      int status = Http.get(https, gateway.https(disguised)).statusCode();
      assertTrue(status == 403 || status == 404, disguised + " reached Keycloak: " + status);
    }
    List<JsonNode> disguised = List.of();
    for (int attempt = 0; attempt < 50 && disguised.size() < 4; attempt++) {
      disguised =
          gateway.accessLog().stream()
              .filter(entry -> entry.path("uri").asText().matches(".*(;|%3B).*"))
              .toList();
    }
    assertEquals(4, disguised.size(), "nginx logged every disguised request");
    for (JsonNode entry : disguised) {
      assertEquals("", entry.path("upstream_addr").asText(), "Keycloak saw " + entry);
    }
    // Staff sign-in passes to Keycloak (which here serves the realm at its root, so it answers
    // 404).
    assertTrue(
        Http.get(https, gateway.https("/auth/realms/kuailv/.well-known/openid-configuration"))
                .statusCode()
            != 403,
        "staff sign-in stays open");
    assertTrue(headers.firstValue("Referrer-Policy").isPresent());
  }

  @Test
  @Order(4)
  void bodiesOverTheLimitAreRefusedAtTheGateway() throws Exception {
    String large = "{\"title\":\"" + "x".repeat(1_200_000) + "\"}";
    HttpResponse<String> response = Http.postJson(https, gateway.https("/api/v1/incidents"), large);
    assertEquals(413, response.statusCode());
    assertTrue(
        response.headers().firstValue("Content-Type").orElse("").contains("problem+json"),
        "413 is problem+json, not an nginx page");
    String intake = "{\"routing_key\":\"" + "k".repeat(600_000) + "\"}";
    assertEquals(413, Http.postJson(https, gateway.https("/api/v1/events"), intake).statusCode());
    HttpResponse<String> pagerDuty = Http.postJson(https, gateway.https("/v2/enqueue"), intake);
    assertEquals(413, pagerDuty.statusCode());
    assertEquals(
        "invalid event",
        new com.fasterxml.jackson.databind.ObjectMapper()
            .readTree(pagerDuty.body())
            .path("status")
            .asText(),
        "PagerDuty's clients read the gateway's answer in PagerDuty's shape: " + pagerDuty.body());
    Thread.sleep(200);
    List<JsonNode> refused =
        gateway.accessLog().stream().filter(entry -> entry.path("status").asInt() == 413).toList();
    assertEquals(3, refused.size());
    refused.forEach(
        entry ->
            assertEquals(
                "", entry.path("upstream_addr").asText(), "no replica saw the body: " + entry));
  }

  @Test
  @Order(5)
  void anEventWrittenThroughOneReplicaReachesStreamsOfTheOther() throws Exception {
    String token = cluster.integrationToken();
    Cluster.Replica a = cluster.replicas.get(0);
    Cluster.Replica b = cluster.replicas.get(1);
    CountDownLatch direct = new CountDownLatch(1);
    CountDownLatch throughGateway = new CountDownLatch(1);
    List<CompletableFuture<?>> streams = new ArrayList<>();
    streams.add(stream(Http.PLAIN, a.url("/api/v1/incidents/stream"), token, direct));
    streams.add(stream(https, gateway.https("/api/v1/incidents/stream"), token, throughGateway));
    try {
      Thread.sleep(1_000); // both subscriptions are listening
      HttpResponse<String> written =
          Http.postJson(Http.PLAIN, b.url("/api/v1/events"), event("sse-" + System.nanoTime()));
      assertEquals(202, written.statusCode(), written.body());
      assertTrue(direct.await(30, TimeUnit.SECONDS), "replica A's subscriber got the event");
      assertTrue(
          throughGateway.await(10, TimeUnit.SECONDS),
          "a subscriber through the gateway got it too (SSE not buffered)");
    } finally {
      streams.forEach(stream -> stream.cancel(true));
    }
  }

  /**
   * PagerDuty's official JavaScript client, unchanged, pointed at the gateway with its {@code
   * server} option: it always posts to {@code https://{server}/v2/enqueue} and {@code
   * /v2/change/enqueue}, which the gateway passes to the backend replicas.
   */
  @Test
  @Order(6)
  void pagerDutysOwnClientSendsThroughTheGateway() throws Exception {
    Path client = Path.of("target/pdjs");
    Files.createDirectories(client);
    for (String file : List.of("package.json", "package-lock.json", ".npmrc", "send-events.js")) {
      Files.copy(
          Path.of("src/test/pdjs", file),
          client.resolve(file),
          java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
    Shell.run(
        List.of("npm", "ci", "--no-audit", "--no-fund", "--loglevel=error"), Map.of(), client);
    String dedup = "pdjs-" + System.nanoTime();
    String output =
        Shell.run(
            List.of("node", "send-events.js"),
            Map.of(
                "NODE_EXTRA_CA_CERTS",
                gateway.certificate.toAbsolutePath().toString(),
                "PDJS_SERVER",
                "127.0.0.1:" + gateway.httpsPort,
                "ROUTING_KEY",
                integrationKey,
                "DEDUP_KEY",
                dedup),
            client);
    String[] lines = output.strip().split("\n");
    JsonNode answers =
        new com.fasterxml.jackson.databind.ObjectMapper().readTree(lines[lines.length - 1]);
    for (String call : List.of("trigger", "acknowledge", "resolve", "change")) {
      assertEquals(202, answers.path(call).path("status").asInt(), call + ": " + answers);
      assertEquals("success", answers.path(call).path("data").path("status").asText(), call);
    }
    assertEquals(dedup, answers.path("trigger").path("data").path("dedup_key").asText());
    assertEquals(400, answers.path("invalid").path("status").asInt(), answers.toString());
    assertEquals("invalid event", answers.path("invalid").path("data").path("status").asText());

    try (Connection sql = cluster.sql();
        PreparedStatement alert =
            sql.prepareStatement(
                "select status, acknowledged_at is not null, details ->> 'custom_details'"
                    + " from alert where dedup_key = ?");
        PreparedStatement change =
            sql.prepareStatement(
                "select count(*) from change_event where source = 'oms-pdjs'"
                    + " and details -> 'custom_details' ->> 'build' = '520'")) {
      alert.setString(1, dedup);
      try (ResultSet rows = alert.executeQuery()) {
        assertTrue(rows.next(), "the trigger was stored");
        assertEquals("RESOLVED", rows.getString(1));
        assertTrue(rows.getBoolean(2), "the acknowledgement was stored");
        assertEquals("Triggered metrics: http_5xx_ratio=0.27", rows.getString(3));
      }
      try (ResultSet rows = change.executeQuery()) {
        rows.next();
        assertEquals(1, rows.getLong(1), "the change event was stored");
      }
    }
    Set<String> upstreams = new HashSet<>();
    for (JsonNode entry : gateway.accessLog()) {
      if (entry.path("uri").asText().startsWith("/v2/")) {
        upstreams.add(entry.path("upstream_addr").asText());
      }
    }
    assertTrue(
        upstreams.stream()
            .anyMatch(
                upstream ->
                    cluster.replicas.stream().anyMatch(r -> upstream.contains(r.address()))),
        "PagerDuty's paths reached the backend replicas: " + upstreams);
  }

  @Test
  @Order(7)
  void aScheduledJobRunsOncePerPeriodAcrossBothReplicas() throws Exception {
    Thread.sleep(6_000); // both replicas fire the heartbeat check every second
    try (Connection sql = cluster.sql();
        ResultSet rows =
            sql.createStatement()
                .executeQuery(
                    "select count(*), count(distinct period_start),"
                        + " extract(epoch from max(period_start) - min(period_start))"
                        + " from scheduled_job_run where job = 'heartbeats'"
                        + " and period_start > now() - interval '5 seconds'")) {
      rows.next();
      long runs = rows.getLong(1);
      assertEquals(runs, rows.getLong(2), "one run per period");
      assertTrue(runs >= 3 && runs <= 6, "one run a second across two replicas, got " + runs);
    }
  }

  @Test
  @Order(8)
  void killingOneReplicaLosesNoWriteThatWasAnswered() throws Exception {
    Set<String> answered = ConcurrentHashMap.newKeySet();
    AtomicInteger answeredAfterKill = new AtomicInteger();
    AtomicBoolean killed = new AtomicBoolean();
    AtomicBoolean writing = new AtomicBoolean(true);
    AtomicInteger sequence = new AtomicInteger();
    List<Thread> writers = new ArrayList<>();
    for (int w = 0; w < 4; w++) {
      Thread writer =
          new Thread(
              () -> {
                while (writing.get()) {
                  String key = "kill-" + sequence.incrementAndGet();
                  try {
                    HttpResponse<String> response =
                        Http.postJson(https, gateway.https("/api/v1/events"), event(key));
                    if (response.statusCode() / 100 == 2) {
                      answered.add(key);
                      if (killed.get()) {
                        answeredAfterKill.incrementAndGet();
                      }
                    }
                  } catch (Exception e) {
                    // refused or cut off: not answered, so not promised
                  }
                }
              });
      writer.start();
      writers.add(writer);
    }
    Thread.sleep(1_500);
    cluster.replicas.get(0).process().kill();
    killed.set(true);
    Thread.sleep(3_000);
    writing.set(false);
    for (Thread writer : writers) {
      writer.join(15_000);
    }

    Set<String> stored = new HashSet<>();
    try (Connection sql = cluster.sql();
        ResultSet rows =
            sql.createStatement()
                .executeQuery("select dedup_key from alert where dedup_key like 'kill-%'")) {
      while (rows.next()) {
        stored.add(rows.getString(1));
      }
    }
    assertTrue(answered.size() > 20, "writes were answered: " + answered.size());
    assertTrue(answeredAfterKill.get() > 10, "replica B took the writes after A died");
    Set<String> lost = new HashSet<>(answered);
    lost.removeAll(stored);
    assertEquals(Set.of(), lost, "every write answered 2xx is stored");
  }

  @Test
  @Order(9)
  void withNoReplicaLeftTheGatewayAnswersProblemJson() throws Exception {
    cluster.replicas.get(1).process().kill();
    HttpResponse<String> response = Http.get(https, gateway.https("/api/v1/alerts"));
    assertTrue(
        response.statusCode() == 502 || response.statusCode() == 503,
        "status " + response.statusCode());
    assertTrue(response.headers().firstValue("Content-Type").orElse("").contains("problem+json"));
    assertTrue(response.body().contains("\"status\""), response.body());
  }

  private String event(String dedupKey) {
    return "{\"routing_key\":\""
        + integrationKey
        + "\",\"event_action\":\"trigger\",\"dedup_key\":\""
        + dedupKey
        + "\",\"payload\":{\"summary\":\"网关测试 "
        + dedupKey
        + "\",\"source\":\"gateway-test\",\"severity\":\"warning\",\"group\":\""
        + dedupKey
        + "\"}}";
  }

  /** Subscribes to an SSE URL; counts the latch down at the first incident event. */
  private static CompletableFuture<?> stream(
      HttpClient client, String url, String token, CountDownLatch received) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(url))
            .header("Authorization", "Bearer " + token)
            .header("Accept", "text/event-stream")
            .build();
    return client
        .sendAsync(request, HttpResponse.BodyHandlers.ofLines())
        .thenAccept(
            response -> {
              try (Stream<String> lines = response.body()) {
                lines
                    .filter(line -> line.startsWith("event:") && line.contains("incident."))
                    .findFirst()
                    .ifPresent(line -> received.countDown());
              }
            });
  }

  private static String sha256(String text) throws Exception {
    return HexFormat.of()
        .formatHex(
            MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
  }
}
