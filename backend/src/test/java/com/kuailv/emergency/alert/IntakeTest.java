package com.kuailv.emergency.alert;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kuailv.emergency.testing.Db;
import com.kuailv.emergency.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class IntakeTest {
  @Inject Db db;

  long count(String where) {
    return db.first(
            "select count(*) from alert left join alert_route on alert_route.alert_id = alert.id where "
                + where)
        .getLong(0);
  }

  @Test
  void eventsAreAcceptedDeduplicatedResolvedAndReopened() {
    String key = Intake.newKey("EVENTS");
    Intake.event(Intake.trigger(key, "wms-lag-1", "error"))
        .statusCode(202)
        .body("status", equalTo("success"))
        .body("dedup_key", equalTo("wms-lag-1"));
    Intake.event(Intake.trigger(key, "wms-lag-1", "error")).statusCode(202);
    assertEquals(1, count("dedup_key = 'wms-lag-1' and status = 'OPEN'"));
    assertEquals(
        "object",
        db.first("select jsonb_typeof(details) from alert where dedup_key = 'wms-lag-1'")
            .getString(0),
        "details are stored as a JSON object, not a JSON string");
    assertEquals(
        2, db.first("select count from alert where dedup_key = 'wms-lag-1'").getInteger(0));

    Intake.event(Map.of("routing_key", key, "event_action", "resolve", "dedup_key", "wms-lag-1"))
        .statusCode(202);
    assertEquals(0, count("dedup_key = 'wms-lag-1' and status = 'OPEN'"));
    Intake.event(Intake.trigger(key, "wms-lag-1", "critical")).statusCode(202);
    assertEquals(
        2, count("dedup_key = 'wms-lag-1'"), "a trigger after a resolve opens a new alert");

    String generated =
        Intake.event(
                Map.of(
                    "routing_key",
                    key,
                    "event_action",
                    "trigger",
                    "payload",
                    Map.of("summary", "s", "source", "tms", "severity", "info")))
            .statusCode(202)
            .extract()
            .jsonPath()
            .getString("dedup_key");
    assertTrue(generated.length() > 10);
  }

  @Test
  void badEventsAreFinal400sNamingTheField() {
    String key = Intake.newKey("EVENTS");
    long before = db.count("alert");
    Map<String, Object> badSeverity = new HashMap<>(Intake.trigger(key, "x", "fatal"));
    Intake.event(badSeverity)
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem("payload.severity"));
    Map<String, Object> longSummary = new HashMap<>(Intake.trigger(key, "x", "info"));
    longSummary.put(
        "payload", Map.of("summary", "长".repeat(1025), "source", "s", "severity", "info"));
    Intake.event(longSummary).statusCode(202);
    assertEquals(
        1024,
        db.first("select char_length(summary) from alert where dedup_key = 'x'").getInteger(0),
        "a summary over 1,024 characters is cut, never the alert lost");
    db.execute("update alert set status = 'RESOLVED' where dedup_key = 'x'");
    Intake.event(Map.of("routing_key", key, "event_action", "trigger"))
        .statusCode(400)
        .body("errors.field", hasItem("payload"));
    Intake.event(Map.of("routing_key", key, "event_action", "explode", "dedup_key", "x"))
        .statusCode(400)
        .body("errors.field", hasItem("event_action"));
    Intake.event(Map.of("routing_key", key, "event_action", "resolve"))
        .statusCode(400)
        .body("errors.field", hasItem("dedup_key"));
    given()
        .contentType(ContentType.JSON)
        .body("{\"routing_key\": \"" + key + "\", \"event_action\": \"trig")
        .post("/api/v1/events")
        .then()
        .statusCode(400)
        .body("type", equalTo("/problems/malformed-body"));
    given()
        .contentType(ContentType.JSON)
        .body("{\"routing_key\": \"" + key + "\", \"pad\": \"" + "x".repeat(600 * 1024) + "\"}")
        .post("/api/v1/events")
        .then()
        .statusCode(413)
        .contentType("application/problem+json");
    assertEquals(before + 1, db.count("alert"), "only the long summary, cut");
  }

  @Test
  void unknownOrWrongKeysAllLookTheSame() {
    String alertmanagerKey = Intake.newKey("ALERTMANAGER");
    String a =
        Intake.event(Intake.trigger("no-such-key", "k", "info"))
            .statusCode(404)
            .extract()
            .asString();
    String b =
        Intake.event(Intake.trigger(alertmanagerKey, "k", "info"))
            .statusCode(404)
            .extract()
            .asString();
    assertEquals(a, b);
    given()
        .contentType(ContentType.JSON)
        .body(Intake.alertmanager("g", "firing", 1, "fp"))
        .post("/api/v1/intake/alertmanager/{key}", "nope")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
  }

  @Test
  void aStormOfOneGroupOpensOneIncidentAndResolvesItsAlerts() throws Exception {
    String key = Intake.newKey("ALERTMANAGER");
    long integrationId =
        db.first("select id from integration where key_hash = '" + IntegrationKeys.hash(key) + "'")
            .getLong(0);
    given()
        .contentType(ContentType.JSON)
        .body(Intake.alertmanager("{}:{alertname=\"OrderApiDown\"}", "firing", 1000, "storm-"))
        .post("/api/v1/intake/alertmanager/{key}", key)
        .then()
        .statusCode(202);
    given()
        .contentType(ContentType.JSON)
        .body(Intake.alertmanager("{}:{alertname=\"OrderApiDown\"}", "firing", 1000, "storm-"))
        .post("/api/v1/intake/alertmanager/{key}", key)
        .then()
        .statusCode(202);
    assertEquals(1000, count("dedup_key like 'storm-%' and status = 'OPEN'"));
    waitUntil(
        () ->
            db.count("alert_routing_queue") == 0
                && count("dedup_key like 'storm-%' and incident_id is null") == 0);
    assertEquals(
        1,
        db.first(
                "select count(*) from incident where reporter_subject = 'integration:"
                    + integrationId
                    + "'")
            .getLong(0),
        "one incident for the whole storm");
    assertEquals(
        1,
        db.first(
                "select count(distinct incident_id) from alert left join alert_route on alert_route.alert_id = alert.id where dedup_key like 'storm-%'")
            .getLong(0));

    given()
        .contentType(ContentType.JSON)
        .body(Intake.alertmanager("{}:{alertname=\"OrderApiDown\"}", "resolved", 1000, "storm-"))
        .post("/api/v1/intake/alertmanager/{key}", key)
        .then()
        .statusCode(202);
    assertEquals(0, count("dedup_key like 'storm-%' and status = 'OPEN'"));
  }

  @Test
  void grafanaAlertsAreTakenToo() {
    String key = Intake.newKey("GRAFANA");
    Map<String, Object> body =
        new HashMap<>(Intake.alertmanager("grafana-group", "firing", 2, "gf-"));
    body.put("title", "[FIRING:2] 配送延迟");
    body.put("state", "alerting");
    body.put("message", "配送延迟超过阈值");
    body.put("orgId", 1);
    given()
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/v1/intake/grafana/{key}", key)
        .then()
        .statusCode(202);
    assertEquals(2, count("dedup_key like 'gf-%'"));
  }

  @Test
  void alertsAreListedForResponders() {
    String key = Intake.newKey("EVENTS");
    Intake.event(Intake.trigger(key, "listed-1", "warning")).statusCode(202);
    given()
        .auth()
        .oauth2(Tokens.forUser("tech", "tech"))
        .queryParam("status", "OPEN")
        .get("/api/v1/alerts")
        .then()
        .statusCode(200)
        .body("items.dedupKey", hasItem("listed-1"));
    given()
        .auth()
        .oauth2(Tokens.forUser("driver", "logistics"))
        .get("/api/v1/alerts")
        .then()
        .statusCode(403);
  }

  @Test
  void integrationKeysAreShownOnceStoredHashedAndRotatable() {
    var created =
        given()
            .auth()
            .oauth2(Intake.ADMIN)
            .contentType(ContentType.JSON)
            .body(Map.of("name", "OMS 订单系统", "type", "EVENTS"))
            .post("/api/v1/integrations")
            .then()
            .statusCode(201)
            .body("key", notNullValue())
            .body("url", equalTo("/api/v1/events"))
            .extract()
            .jsonPath();
    String key = created.getString("key");
    long id = created.getLong("id");
    assertEquals(
        0, db.first("select count(*) from integration where key_hash = '" + key + "'").getLong(0));
    given()
        .auth()
        .oauth2(Intake.ADMIN)
        .get("/api/v1/integrations")
        .then()
        .statusCode(200)
        .body("find { it.id == " + id + " }.key", nullValue())
        .body("find { it.id == " + id + " }.keyHint", equalTo(key.substring(0, 6) + "…"));

    Intake.event(Intake.trigger(key, "rot-1", "info")).statusCode(202);
    String rotated =
        given()
            .auth()
            .oauth2(Intake.ADMIN)
            .post("/api/v1/integrations/{id}/rotate-key", id)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getString("key");
    Intake.event(Intake.trigger(key, "rot-2", "info")).statusCode(404);
    Intake.event(Intake.trigger(rotated, "rot-2", "info")).statusCode(202);

    given()
        .auth()
        .oauth2(Tokens.forUser("commander", "commander"))
        .contentType(ContentType.JSON)
        .body(Map.of("name", "x", "type", "EVENTS"))
        .post("/api/v1/integrations")
        .then()
        .statusCode(403);
    given()
        .auth()
        .oauth2(Intake.ADMIN)
        .contentType(ContentType.JSON)
        .body(Map.of("name", "x", "type", "PIGEON"))
        .post("/api/v1/integrations")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("type"));
  }

  static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
    while (System.nanoTime() < deadline) {
      if (condition.getAsBoolean()) {
        return;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("condition not met within 15 s");
  }
}
