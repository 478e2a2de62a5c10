package com.kuailv.emergency.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kuailv.emergency.testing.Db;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Against a real peer: Debian's Prometheus Alertmanager on loopback, routed to this platform's
 * webhook. Alerts posted to Alertmanager arrive, are deduplicated, open one incident per group and
 * are resolved when Alertmanager says so.
 */
@QuarkusTest
class AlertmanagerPeerTest {
  static final String BINARY = "/usr/bin/prometheus-alertmanager";

  /** 1,030 characters of Chinese with an emoji lying across the column's 1,024th character. */
  static final String LONG_SUMMARY = "冷".repeat(1023) + "🥶" + "库".repeat(6);

  @TestHTTPResource("/")
  URI platform;

  @Inject Db db;
  Process alertmanager;
  final HttpClient http = HttpClient.newHttpClient();

  @AfterEach
  void stopAlertmanager() throws InterruptedException {
    if (alertmanager != null) {
      alertmanager.destroy();
      alertmanager.waitFor();
    }
  }

  @Test
  void alertsThroughAlertmanagerOpenOneIncidentPerGroupAndResolve() throws Exception {
    assertTrue(Files.isExecutable(Path.of(BINARY)), "install Debian's prometheus-alertmanager");
    String key = Intake.newKey("ALERTMANAGER");
    int port = freePort();
    Path dir = Files.createTempDirectory("kuailv-alertmanager");
    Files.writeString(
        dir.resolve("alertmanager.yml"),
        """
        route:
          receiver: kuailv
          group_by: ['alertname', 'service']
          group_wait: 1s
          group_interval: 1s
          repeat_interval: 1h
        receivers:
          - name: kuailv
            webhook_configs:
              - url: %sapi/v1/intake/alertmanager/%s
                send_resolved: true
        """
            .formatted(platform.toString().replace("localhost", "127.0.0.1"), key));
    alertmanager =
        new ProcessBuilder(
                BINARY,
                "--config.file=" + dir.resolve("alertmanager.yml"),
                "--storage.path=" + dir.resolve("data"),
                "--web.listen-address=127.0.0.1:" + port,
                "--cluster.listen-address=")
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("alertmanager.log").toFile())
            .start();
    String api = "http://127.0.0.1:" + port;
    waitFor(() -> get(api + "/-/ready") == 200, "Alertmanager did not become ready");

    String startsAt = Instant.now().minusSeconds(30).toString();
    String firing =
        """
        [
          {"labels": {"alertname": "OrderApiDown", "service": "oms", "instance": "oms-1", "severity": "critical"},
           "annotations": {"summary": "订单接口 5xx 比例超过 20%%"}, "startsAt": "%1$s"},
          {"labels": {"alertname": "OrderApiDown", "service": "oms", "instance": "oms-2", "severity": "critical"},
           "annotations": {"summary": "订单接口 5xx 比例超过 20%%"}, "startsAt": "%1$s"},
          {"labels": {"alertname": "StockSyncLag", "service": "wms", "instance": "wms-1", "severity": "warning"},
           "annotations": {"summary": "库存同步延迟超过 10 分钟"}, "startsAt": "%1$s"},
          {"labels": {"alertname": "ColdRoomPort", "service": "iot", "instance": "port-1"},
           "annotations": {"summary": "冷库端口读取失败", "description": "read \\u0000\\u0000 from port"}, "startsAt": "%1$s"},
          {"labels": {"alertname": "ColdRoomPort", "service": "iot", "instance": "port-2"},
           "annotations": {"summary": "%2$s"}, "startsAt": "%1$s"},
          {"labels": {"alertname": "ColdRoomPort", "service": "iot", "instance": "port-3"},
           "annotations": {"summary": "冷库端口读取失败"}, "startsAt": "%1$s"}
        ]
        """
            .formatted(startsAt, LONG_SUMMARY);
    assertEquals(200, post(api + "/api/v2/alerts", firing));
    assertEquals(200, post(api + "/api/v2/alerts", firing));

    waitFor(
        () -> count("source like 'port-%' and incident_id is not null") == 3,
        "a group with a NUL annotation and a long Chinese summary was not stored whole");
    assertEquals(
        "read  from port",
        db.first(
                "select details -> 'annotations' ->> 'description' from alert where source = 'port-1'")
            .getString(0));
    assertEquals(
        LONG_SUMMARY.substring(0, LONG_SUMMARY.offsetByCodePoints(0, 1024)),
        db.first("select summary from alert where source = 'port-2'").getString(0),
        "cut at 1,024 characters with the emoji across the cut whole");
    waitFor(
        () ->
            count("summary like '订单接口%' and status = 'OPEN' and incident_id is not null") == 2
                && count("summary like '库存同步%' and status = 'OPEN' and incident_id is not null")
                    == 1,
        "alerts did not arrive and get routed");
    long integrationId =
        db.first("select id from integration where key_hash = '" + IntegrationKeys.hash(key) + "'")
            .getLong(0);
    assertEquals(
        3,
        db.first(
                "select count(*) from incident where reporter_subject = 'integration:"
                    + integrationId
                    + "'")
            .getLong(0),
        "one incident per Alertmanager group");
    assertEquals(
        1,
        db.first(
                "select count(distinct incident_id) from alert left join alert_route on alert_route.alert_id = alert.id where summary like '订单接口%'")
            .getLong(0));

    Instant endsAt =
        Instant.now().minusSeconds(1).truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    String ended =
        firing.replace(
            "\"startsAt\": \"" + startsAt + "\"",
            "\"startsAt\": \"" + startsAt + "\", \"endsAt\": \"" + endsAt + "\"");
    assertEquals(200, post(api + "/api/v2/alerts", ended));
    waitFor(
        () -> count("(summary like '订单接口%' or summary like '库存同步%') and status = 'OPEN'") == 0,
        "Alertmanager's resolved notification did not close the alerts");
    assertEquals(
        3, count("(summary like '订单接口%' or summary like '库存同步%') and status = 'RESOLVED'"));
    assertEquals(
        endsAt,
        db.first("select resolved_at from alert where source = 'oms-1' order by id desc limit 1")
            .getOffsetDateTime(0)
            .toInstant(),
        "resolved when Alertmanager says it ended, not when the notification arrived");
  }

  long count(String where) {
    return db.first(
            "select count(*) from alert left join alert_route on alert_route.alert_id = alert.id where "
                + where)
        .getLong(0);
  }

  int get(String url) {
    try {
      return http.send(
              HttpRequest.newBuilder(URI.create(url)).build(),
              HttpResponse.BodyHandlers.discarding())
          .statusCode();
    } catch (IOException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  int post(String url, String json) throws Exception {
    return http.send(
            HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build(),
            HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  static void waitFor(java.util.function.BooleanSupplier condition, String failure)
      throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (System.nanoTime() < deadline) {
      if (condition.getAsBoolean()) {
        return;
      }
      Thread.sleep(200);
    }
    throw new AssertionError(failure);
  }
}
