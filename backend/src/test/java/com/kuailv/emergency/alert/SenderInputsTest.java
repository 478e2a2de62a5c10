package com.kuailv.emergency.alert;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kuailv.emergency.testing.Db;
import com.kuailv.emergency.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Inputs in the shapes real Alertmanager, Grafana and PagerDuty senders produce: each kind of input
 * that used to lose an alert or mislead responders, with the value that must be stored.
 */
@QuarkusTest
class SenderInputsTest {
  static final String COMMANDER = Tokens.forUser("commander", "commander", "reporter");

  @Inject Db db;

  String column(String column, String dedup) {
    return String.valueOf(
        db.first(
                "select "
                    + column
                    + " from alert left join alert_route on alert_route.alert_id = alert.id"
                    + " where dedup_key = '"
                    + dedup
                    + "' order by alert.id desc limit 1")
            .getValue(0));
  }

  long incidentOf(String dedup) throws InterruptedException {
    IntakeTest.waitUntil(() -> !column("incident_id", dedup).equals("null"));
    return Long.parseLong(column("incident_id", dedup));
  }

  static ValidatableResponse raw(String path, String json) {
    return given().contentType(ContentType.JSON).body(json).post(path).then();
  }

  static Map<String, Object> firing(
      String fingerprint, Map<String, String> labels, Map<String, String> annotations) {
    Map<String, Object> alert = new HashMap<>();
    alert.put("status", "firing");
    alert.put("labels", labels);
    alert.put("annotations", annotations);
    alert.put("startsAt", Instant.now().minusSeconds(60).toString());
    alert.put("endsAt", "0001-01-01T00:00:00Z");
    alert.put("generatorURL", "http://prometheus/graph?g0.expr=up");
    alert.put("fingerprint", fingerprint);
    return alert;
  }

  static Map<String, Object> group(String groupKey, List<Map<String, Object>> alerts) {
    return Map.of("version", "4", "groupKey", groupKey, "status", "firing", "alerts", alerts);
  }

  static ValidatableResponse alertmanager(String key, Object body) {
    return given()
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/v1/intake/alertmanager/{key}", key)
        .then();
  }

  @Test
  void aNulCharacterNeverLosesAGroupAndOtherEndpointsNameTheField() {
    String key = Intake.newKey("ALERTMANAGER");
    List<Map<String, Object>> alerts = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      alerts.add(
          firing(
              "nul-" + i,
              Map.of("alertname", "PortRead", "instance", "oms-" + i),
              Map.of("summary", i == 1 ? "read \u0000\u0000 from port" : "端口读取失败")));
    }
    alertmanager(key, group("{}:{alertname=\"PortRead\"}", alerts)).statusCode(202);
    assertEquals(3, db.count("alert where dedup_key like 'nul-%'"), "the whole group is stored");
    assertEquals("read  from port", column("summary", "nul-1"));
    assertEquals("read  from port", column("details -> 'annotations' ->> 'summary'", "nul-1"));

    String events = Intake.newKey("EVENTS");
    raw(
            "/api/v1/events",
            "{\"routing_key\":\""
                + events
                + "\",\"event_action\":\"trigger\",\"dedup_key\":\"nul-event\",\"payload\":"
                + "{\"summary\":\"库存\\u0000同步\\ud83d失败\",\"source\":\"wms\\u0000\","
                + "\"severity\":\"error\",\"custom_details\":{\"k\\u0000\":[\"\\udc00\"]}}}")
        .statusCode(202);
    assertEquals("库存同步\uFFFD失败", column("summary", "nul-event"));
    assertEquals("wms", column("source", "nul-event"));
    assertEquals("\uFFFD", column("details -> 'custom_details' -> 'k' ->> 0", "nul-event"));

    given()
        .auth()
        .oauth2(COMMANDER)
        .contentType(ContentType.JSON)
        .body(
            "{\"title\":\"NUL测试\\u0000\",\"phenomenon\":\"p\",\"occurredAt\":\""
                + OffsetDateTime.now().minusMinutes(1)
                + "\",\"scope\":{\"regions\":[\"华东\\ud800\"]}}")
        .post("/api/v1/incidents")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem("title"));
    given()
        .auth()
        .oauth2(COMMANDER)
        .contentType(ContentType.JSON)
        .body(
            "{\"title\":\"NUL测试\",\"phenomenon\":\"p\",\"occurredAt\":\""
                + OffsetDateTime.now().minusMinutes(1)
                + "\",\"scope\":{\"regions\":[\"华东\\ud800\"]}}")
        .post("/api/v1/incidents")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("scope.regions[0]"));
    assertEquals(0, db.count("incident where title like 'NUL测试%'"), "nothing is stored");
  }

  @Test
  void cutsFallOnCharacterBoundaries() throws InterruptedException {
    String key = Intake.newKey("ALERTMANAGER");
    String summary = "冷".repeat(1023) + "😀" + "库存";
    alertmanager(
            key,
            group(
                "cut-group",
                List.of(
                    firing("cut-1", Map.of("alertname", "ColdRoom"), Map.of("summary", summary)))))
        .statusCode(202);
    assertEquals("冷".repeat(1023) + "😀", column("summary", "cut-1"));
    long incident = incidentOf("cut-1");
    String title = db.first("select title from incident where id = " + incident).getString(0);
    assertEquals("冷".repeat(199) + "…", title);

    String events = Intake.newKey("EVENTS");
    Intake.event(
            event(
                events,
                "trigger",
                "cut-ext-b",
                Map.of("summary", "𠀀".repeat(1024), "source", "wms", "severity", "info")))
        .statusCode(202);
    assertEquals("𠀀".repeat(1024), column("summary", "cut-ext-b"), "1,024 characters fit");
    Intake.event(
            event(
                events,
                "trigger",
                "cut-ext-b-2",
                Map.of("summary", "𠀀".repeat(1025), "source", "wms", "severity", "info")))
        .statusCode(202);
    assertEquals("𠀀".repeat(1024), column("summary", "cut-ext-b-2"), "cut, never lost");
  }

  @Test
  void timesSendersGiveAndTheirResolveTimes() throws InterruptedException {
    String key = Intake.newKey("EVENTS");
    Intake.event(
            Map.of(
                "routing_key",
                key,
                "event_action",
                "trigger",
                "dedup_key",
                "time-1",
                "payload",
                Map.of(
                    "summary",
                    "库存同步延迟",
                    "source",
                    "wms",
                    "severity",
                    "warning",
                    "timestamp",
                    "2026-11-30T08:13:06.315+0000",
                    "custom_details",
                    "Triggered metrics: lag=12m")))
        .statusCode(202);
    assertEquals(
        Instant.parse("2026-11-30T08:13:06.315Z"),
        Instant.parse(column("to_json(first_seen_at) #>> '{}'", "time-1")));
    assertEquals("string", column("jsonb_typeof(details -> 'custom_details')", "time-1"));
    assertEquals("Triggered metrics: lag=12m", column("details ->> 'custom_details'", "time-1"));
    given()
        .auth()
        .oauth2(COMMANDER)
        .get("/api/v1/alerts?status=OPEN&size=200")
        .then()
        .statusCode(200)
        .body(
            "items.find { it.dedupKey == 'time-1' }.details.custom_details",
            equalTo("Triggered metrics: lag=12m"));

    String am = Intake.newKey("ALERTMANAGER");
    Map<String, Object> late = firing("late-1", Map.of("alertname", "Late"), Map.of());
    late.put("startsAt", Instant.now().minusSeconds(600).toString());
    alertmanager(am, group("resolve-time", List.of(late))).statusCode(202);
    Instant ended = Instant.now().minusSeconds(240).truncatedTo(ChronoUnit.MILLIS);
    Map<String, Object> resolved = firing("late-1", Map.of("alertname", "Late"), Map.of());
    resolved.put("startsAt", Instant.now().minusSeconds(600).toString());
    resolved.put("status", "resolved");
    resolved.put("endsAt", ended.atOffset(ZoneOffset.ofHours(8)).toString());
    alertmanager(am, group("resolve-time", List.of(resolved))).statusCode(202);
    assertEquals("RESOLVED", column("status", "late-1"));
    assertEquals(ended, Instant.parse(column("to_json(resolved_at) #>> '{}'", "late-1")));
  }

  @Test
  void aRoutingKeyInTheBodyDecidesWhateverTheHeaders() {
    String key = Intake.newKey("EVENTS");
    Map<String, Object> event = Intake.trigger(key, "auth-1", "info");
    given()
        .contentType(ContentType.JSON)
        .header("Authorization", "Token token=y_NbAkKc66ryYTWUXYEu")
        .body(event)
        .post("/api/v1/events")
        .then()
        .statusCode(202);
    given()
        .contentType(ContentType.JSON)
        .header("Authorization", "Bearer not-a-token")
        .header("Accept", "application/vnd.pagerduty+json;version=2")
        .body(Intake.trigger(key, "auth-2", "info"))
        .post("/api/v1/events")
        .then()
        .statusCode(202)
        .body("dedup_key", equalTo("auth-2"));
    for (String type : List.of("text/plain", "application/x-www-form-urlencoded")) {
      given()
          .contentType(type)
          .body(
              "{\"routing_key\":\""
                  + key
                  + "\",\"event_action\":\"trigger\",\"dedup_key\":\"auth-3\","
                  + "\"payload\":{\"summary\":\"s\",\"source\":\"s\",\"severity\":\"info\"}}")
          .post("/v2/enqueue")
          .then()
          .statusCode(202);
    }
    assertEquals(2, db.count("alert where dedup_key in ('auth-1', 'auth-2')"));
    assertEquals("2", column("count", "auth-3"), "curl -d's content type loses nothing");
  }

  @Test
  void aSendersAcknowledgementIsVisibleButLeavesTheIncidentToPeople() throws Exception {
    String key = Intake.newKey("EVENTS");
    Intake.event(Intake.trigger(key, "ack-1", "critical")).statusCode(202);
    long incident = incidentOf("ack-1");
    Intake.event(Map.of("routing_key", key, "event_action", "acknowledge", "dedup_key", "ack-1"))
        .statusCode(202);
    IntakeTest.waitUntil(
        () ->
            db.count(
                    "incident_timeline where kind = 'ALERT_ACKNOWLEDGED' and incident_id = "
                        + incident)
                == 1);
    assertFalse(column("acknowledged_at", "ack-1").equals("null"));
    var stored = db.first("select status, acknowledged_at from incident where id = " + incident);
    assertEquals("REPORTED", stored.getString(0), "a machine does not acknowledge the incident");
    assertNull(stored.getValue(1), "nor count for MTTA");
    given()
        .auth()
        .oauth2(COMMANDER)
        .get("/api/v1/alerts?incidentId=" + incident)
        .then()
        .statusCode(200)
        .body("items.status", equalTo(List.of("ACKNOWLEDGED")))
        .body("items[0].acknowledgedAt", org.hamcrest.Matchers.notNullValue());
    Intake.event(Map.of("routing_key", key, "event_action", "acknowledge", "dedup_key", "ack-1"))
        .statusCode(202);
    Intake.event(Map.of("routing_key", key, "event_action", "resolve", "dedup_key", "ack-1"))
        .statusCode(202);
    IntakeTest.waitUntil(
        () ->
            db.count(
                    "incident_timeline where kind = 'ALERT_RESOLVED' and incident_id = " + incident)
                == 1);
    assertEquals(
        1,
        db.count(
            "incident_timeline where kind = 'ALERT_ACKNOWLEDGED' and incident_id = " + incident),
        "a repeated acknowledgement is noted once");
    assertEquals(
        "REPORTED",
        db.first("select status from incident where id = " + incident).getString(0),
        "the sender's resolve leaves verifying and closing to people");
  }

  @Test
  void anAlertFiringAfterItsIncidentEndedOpensANewOnePointingBack() throws Exception {
    String key = Intake.newKey("ALERTMANAGER");
    Map<String, Object> body =
        group(
            "{}:{alertname=\"OrderApiDown\"}",
            List.of(
                firing(
                    "again-1",
                    Map.of("alertname", "OrderApiDown", "severity", "critical"),
                    Map.of("summary", "订单接口不可用"))));
    alertmanager(key, body).statusCode(202);
    long first = incidentOf("again-1");
    long version =
        given()
            .auth()
            .oauth2(COMMANDER)
            .get("/api/v1/incidents/{id}", first)
            .jsonPath()
            .getLong("version");
    given()
        .auth()
        .oauth2(COMMANDER)
        .header("If-Match", "\"" + version + "\"")
        .contentType(ContentType.JSON)
        .body(Map.of("reason", "误报"))
        .post("/api/v1/incidents/{id}/cancel", first)
        .then()
        .statusCode(200);
    assertEquals("RESOLVED", column("status", "again-1"), "the incident's alerts end with it");

    alertmanager(key, body).statusCode(202);
    alertmanager(key, body).statusCode(202);
    assertEquals(2, db.count("alert where dedup_key = 'again-1'"));
    assertEquals("2", column("count", "again-1"), "the repeats count on the new alert");
    long second = incidentOf("again-1");
    assertTrue(second != first, "a new incident is opened");
    assertEquals(
        "#" + first,
        db.first(
                "select message from incident_timeline where kind = 'ALERT_RETRIGGERED'"
                    + " and incident_id = "
                    + second)
            .getString(0));
    assertEquals(
        "CANCELLED", db.first("select status from incident where id = " + first).getString(0));
  }

  @Test
  void incidentsOpenedFromAlertsReadLikeAReport() throws InterruptedException {
    String key = Intake.newKey("ALERTMANAGER");
    Map<String, String> labels =
        Map.of(
            "alertname",
            "ColdChainTemp",
            "service",
            "wms",
            "instance",
            "cold-room-3",
            "severity",
            "critical",
            "business_line",
            "仓储",
            "category",
            "inventory_disorder");
    alertmanager(
            key,
            group(
                "readable",
                List.of(
                    firing("readable-1", labels, Map.of("summary", "3 号冷库温度超过 8°C")),
                    firing("readable-2", labels, Map.of("summary", "3 号冷库温度超过 8°C")))))
        .statusCode(202);
    long incident = incidentOf("readable-1");
    var stored =
        db.first(
            "select title, phenomenon, category, business_lines, proposed_grade, affected_systems"
                + " from incident where id = "
                + incident);
    assertEquals("3 号冷库温度超过 8°C", stored.getString(0));
    String text = stored.getString(1);
    assertTrue(text.startsWith("3 号冷库温度超过 8°C\n"), text);
    assertTrue(text.contains("服务：wms"), text);
    assertTrue(text.contains("实例：cold-room-3"), text);
    assertTrue(text.contains("本组 2 条"), text);
    assertTrue(text.contains("http://prometheus/graph"), text);
    assertFalse(text.contains("alert(s) of group"), text);
    assertEquals("INVENTORY_DISORDER", stored.getString(2));
    assertEquals("[WAREHOUSE]", List.of(stored.getArrayOfStrings(3)).toString());
    assertEquals("SERIOUS", stored.getString(4));
    assertEquals("[wms]", List.of(stored.getArrayOfStrings(5)).toString());

    long integration =
        db.first("select id from integration where key_hash = '" + IntegrationKeys.hash(key) + "'")
            .getLong(0);
    Map<String, Object> rule = new HashMap<>();
    rule.put("name", "cold chain");
    rule.put("matcher", Map.of("field", "LABEL", "label", "alertname", "pattern", "^ColdChain"));
    rule.put("action", "OPEN_INCIDENT");
    rule.put("category", "DELIVERY_DELAY");
    rule.put("businessLine", "LOGISTICS");
    rule.put("proposedGrade", "MAJOR");
    given()
        .auth()
        .oauth2(Intake.ADMIN)
        .contentType(ContentType.JSON)
        .body(List.of(rule))
        .put("/api/v1/integrations/{id}/rules", integration)
        .then()
        .statusCode(200)
        .body("[0].businessLine", equalTo("LOGISTICS"))
        .body("[0].proposedGrade", equalTo("MAJOR"));
    alertmanager(
            key,
            group(
                "readable-rule",
                List.of(firing("readable-3", labels, Map.of("summary", "冷链车温度异常")))))
        .statusCode(202);
    var ruled =
        db.first(
            "select category, business_lines, proposed_grade from incident where id = "
                + incidentOf("readable-3"));
    assertEquals("DELIVERY_DELAY", ruled.getString(0), "the rule says, not the labels");
    assertEquals("[LOGISTICS]", List.of(ruled.getArrayOfStrings(1)).toString());
    assertEquals("MAJOR", ruled.getString(2));
  }

  @Test
  void pagerDutysPathsAnswerInPagerDutysShape() throws InterruptedException {
    String key = Intake.newKey("EVENTS");
    given()
        .contentType("application/json; charset=utf-8")
        .body(Intake.trigger(key, "pd-1", "error"))
        .post("/v2/enqueue")
        .then()
        .statusCode(202)
        .body("status", equalTo("success"))
        .body("dedup_key", equalTo("pd-1"));
    given()
        .contentType("application/json; charset=utf-8")
        .body(
            Map.of(
                "routing_key",
                key,
                "event_action",
                "trigger",
                "payload",
                Map.of("summary", "  ", "source", "wms", "severity", "fatal")))
        .post("/v2/enqueue")
        .then()
        .statusCode(400)
        .contentType(ContentType.JSON)
        .body("status", equalTo("invalid event"))
        .body("message", equalTo("Event object is invalid"))
        .body("errors[0]", org.hamcrest.Matchers.startsWith("payload.summary"));
    given()
        .contentType(ContentType.JSON)
        .body(Intake.trigger("no-such-key", "pd-2", "error"))
        .post("/v2/enqueue")
        .then()
        .statusCode(400)
        .body("status", equalTo("invalid event"));

    long incident = incidentOf("pd-1");
    given()
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "routing_key",
                key,
                "payload",
                Map.of(
                    "summary",
                    "wms-sync 发布 v2.3.1",
                    "source",
                    "WMS-SYNC",
                    "timestamp",
                    Instant.now().minusSeconds(1800).toString(),
                    "custom_details",
                    Map.of("build", 231)),
                "links",
                List.of(Map.of("href", "https://ci.example/231", "text", "CI"))))
        .post("/v2/change/enqueue")
        .then()
        .statusCode(202)
        .body("status", equalTo("success"));
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("routing_key", key, "payload", Map.of("source", "wms-sync")))
        .post("/v2/change/enqueue")
        .then()
        .statusCode(400)
        .body("errors[0]", org.hamcrest.Matchers.startsWith("payload.summary"));
    given()
        .auth()
        .oauth2(COMMANDER)
        .get("/api/v1/incidents/{id}/changes", incident)
        .then()
        .statusCode(200)
        .body("summary", equalTo(List.of("wms-sync 发布 v2.3.1")))
        .body("[0].customDetails.build", equalTo(231))
        .body("[0].links[0].text", equalTo("CI"));
    given()
        .auth()
        .oauth2(Tokens.forUser("driver", "business", "logistics", "reporter"))
        .get("/api/v1/incidents/{id}/changes", incident)
        .then()
        .statusCode(403);
  }

  @Test
  void badEventsAreRefusedNamingTheFieldInEitherShape() {
    String key = Intake.newKey("EVENTS");
    List<Map.Entry<Map<String, Object>, String>> cases =
        List.of(
            Map.entry(
                event(
                    key,
                    "trigger",
                    "ok",
                    Map.of("summary", " \t", "source", "s", "severity", "info")),
                "payload.summary"),
            Map.entry(
                event(
                    key,
                    "trigger",
                    "k".repeat(256),
                    Map.of("summary", "s", "source", "s", "severity", "info")),
                "dedup_key"),
            Map.entry(
                event(
                    key,
                    "escalate",
                    "ok",
                    Map.of("summary", "s", "source", "s", "severity", "info")),
                "event_action"),
            Map.entry(
                event(
                    key,
                    "trigger",
                    "ok",
                    Map.of("summary", "s", "source", "s", "severity", "fatal")),
                "payload.severity"));
    for (Map.Entry<Map<String, Object>, String> bad : cases) {
      given()
          .contentType(ContentType.JSON)
          .body(bad.getKey())
          .post("/api/v1/events")
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("errors.field", hasItems(bad.getValue()));
      given()
          .contentType(ContentType.JSON)
          .body(bad.getKey())
          .post("/v2/enqueue")
          .then()
          .statusCode(400)
          .body("status", equalTo("invalid event"))
          .body("errors[0]", org.hamcrest.Matchers.startsWith(bad.getValue() + " "));
    }
    assertEquals(0, db.count("alert where dedup_key = 'ok'"));
  }

  @Test
  void anAlertIsNeverLostOverItsTimeAndRepeatsKeepWhatTheyDoNotResend() {
    String key = Intake.newKey("EVENTS");
    Instant before = Instant.now().minusSeconds(1);
    Map<String, String> times =
        Map.of(
            "t-words", "yesterday",
            "t-bc", "-0044-03-15T00:00:00Z",
            "t-old", "1900-01-01T00:00:00Z",
            "t-naive", "2026-11-30T08:13:06");
    times.forEach(
        (dedup, time) ->
            Intake.event(
                    Map.of(
                        "routing_key",
                        key,
                        "event_action",
                        "trigger",
                        "dedup_key",
                        dedup,
                        "payload",
                        Map.of(
                            "summary",
                            "时间 " + time,
                            "source",
                            "wms",
                            "severity",
                            "info",
                            "timestamp",
                            time)))
                .statusCode(202));
    for (String arrival : List.of("t-words", "t-bc", "t-old")) {
      Instant first = Instant.parse(column("to_json(first_seen_at) #>> '{}'", arrival));
      assertTrue(first.isAfter(before), arrival + ": the arrival time counts, not " + first);
    }
    assertEquals(
        Instant.parse("2026-11-30T08:13:06Z"),
        Instant.parse(column("to_json(first_seen_at) #>> '{}'", "t-naive")),
        "a time without an offset is UTC");

    Map<String, Object> payload = new HashMap<>();
    payload.put("summary", "库存同步失败");
    payload.put("source", "wms");
    payload.put("severity", "error");
    payload.put(
        "custom_details", Map.of("orders", new java.math.BigDecimal("12345678901234567.89")));
    Map<String, Object> first = new HashMap<>(Intake.trigger(key, "keep-1", "error"));
    first.put("payload", payload);
    first.put("client_url", "https://grafana.example/d/wms");
    Intake.event(first).statusCode(202);
    Intake.event(Intake.trigger(key, "keep-1", "error")).statusCode(202);
    assertEquals(
        "12345678901234567.89", column("details -> 'custom_details' ->> 'orders'", "keep-1"));
    assertEquals(
        "https://grafana.example/d/wms",
        column("details ->> 'client_url'", "keep-1"),
        "a repeat keeps what it does not send again");
  }

  @Test
  void aDateNoOneMeantIsRefusedNamingTheField() {
    given()
        .auth()
        .oauth2(COMMANDER)
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "title", "公元前的故障",
                "phenomenon", "p",
                "occurredAt", "-0044-03-15T00:00:00Z",
                "scope", Map.of("regions", List.of("华东"))))
        .post("/api/v1/incidents")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("occurredAt"));
    assertEquals(0, db.count("incident where title = '公元前的故障'"));
  }

  @Test
  void alertmanagersRepeatsMoveTheLastSeenTime() {
    String key = Intake.newKey("ALERTMANAGER");
    Map<String, Object> body =
        group("last-seen", List.of(firing("seen-1", Map.of("alertname", "Seen"), Map.of())));
    alertmanager(key, body).statusCode(202);
    alertmanager(key, body).statusCode(202);
    Instant first = Instant.parse(column("to_json(first_seen_at) #>> '{}'", "seen-1"));
    Instant last = Instant.parse(column("to_json(last_seen_at) #>> '{}'", "seen-1"));
    assertTrue(
        last.isAfter(first.plusSeconds(50)),
        "last seen is when the repeat arrived, not startsAt: " + first + " / " + last);
  }

  static Map<String, Object> event(
      String key, String action, String dedup, Map<String, Object> payload) {
    return Map.of(
        "routing_key", key, "event_action", action, "dedup_key", dedup, "payload", payload);
  }
}
