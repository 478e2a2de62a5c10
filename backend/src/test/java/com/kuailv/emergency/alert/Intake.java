package com.kuailv.emergency.alert;

import static io.restassured.RestAssured.given;

import com.kuailv.emergency.testing.Tokens;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Helpers to create integrations and send alerts the way real senders do. */
final class Intake {
  static final String ADMIN = Tokens.forUser("admin", "admin", "reporter");

  private Intake() {}

  /** Creates an integration and answers its one-time key. */
  static String newKey(String type) {
    return given()
        .auth()
        .oauth2(ADMIN)
        .contentType(ContentType.JSON)
        .body(Map.of("name", "测试 " + type, "type", type))
        .post("/api/v1/integrations")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getString("key");
  }

  static ValidatableResponse event(Map<String, Object> body) {
    return given().contentType(ContentType.JSON).body(body).post("/api/v1/events").then();
  }

  static Map<String, Object> trigger(String key, String dedup, String severity) {
    return Map.of(
        "routing_key",
        key,
        "event_action",
        "trigger",
        "dedup_key",
        dedup,
        "payload",
        Map.of(
            "summary", "WMS 库存同步延迟超过 10 分钟",
            "source", "wms-sync",
            "severity", severity,
            "group", "wms-sync-lag"));
  }

  static Map<String, Object> alertmanager(
      String groupKey, String status, int count, String prefix) {
    List<Map<String, Object>> alerts = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      alerts.add(
          Map.of(
              "status",
              status,
              "labels",
              Map.of("alertname", "OrderApiDown", "instance", "oms-" + i, "severity", "critical"),
              "annotations",
              Map.of("summary", "订单接口不可用"),
              "startsAt",
              Instant.now().minusSeconds(60).toString(),
              "endsAt",
              "0001-01-01T00:00:00Z",
              "generatorURL",
              "http://prometheus/graph",
              "fingerprint",
              prefix + i));
    }
    return Map.of(
        "version",
        "4",
        "groupKey",
        groupKey,
        "status",
        status,
        "receiver",
        "kuailv",
        "groupLabels",
        Map.of("alertname", "OrderApiDown"),
        "commonLabels",
        Map.of("alertname", "OrderApiDown"),
        "commonAnnotations",
        Map.of(),
        "externalURL",
        "http://alertmanager",
        "alerts",
        alerts);
  }
}
