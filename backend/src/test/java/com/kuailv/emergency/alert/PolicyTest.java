package com.kuailv.emergency.alert;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kuailv.emergency.testing.Db;
import com.kuailv.emergency.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PolicyTest {
  static final String TECH = Tokens.forUser("tech", "tech");
  @Inject Db db;

  long integrationId(String key) {
    return db.first(
            "select id from integration where key_hash = '" + IntegrationKeys.hash(key) + "'")
        .getLong(0);
  }

  String alertColumn(String column, String dedup) {
    return String.valueOf(
        db.first(
                "select "
                    + column
                    + " from alert left join alert_route on alert_route.alert_id = alert.id where dedup_key = '"
                    + dedup
                    + "' order by id desc limit 1")
            .getValue(0));
  }

  void routed(String dedup) throws InterruptedException {
    IntakeTest.waitUntil(
        () ->
            db.first(
                        "select count(*) from alert_routing_queue q join alert a on a.id = q.alert_id where a.dedup_key = '"
                            + dedup
                            + "'")
                    .getLong(0)
                == 0);
  }

  Map<String, Object> event(String key, String dedup, String severity, String group) {
    return Map.of(
        "routing_key",
        key,
        "event_action",
        "trigger",
        "dedup_key",
        dedup,
        "payload",
        Map.of("summary", "TMS 路线接口超时", "source", "tms-api", "severity", severity, "group", group));
  }

  @Test
  void rulesDecideInOrderWhatAnAlertDoes() throws Exception {
    String key = Intake.newKey("EVENTS");
    long id = integrationId(key);
    List<Map<String, Object>> rules =
        List.of(
            Map.of(
                "name", "info only",
                "matcher", Map.of("field", "SEVERITY", "pattern", "^info$"),
                "action", "RECORD"),
            Map.of(
                "name", "route outage",
                "matcher", Map.of("field", "SOURCE", "pattern", "tms"),
                "action", "OPEN_INCIDENT",
                "category", "DELIVERY_DELAY",
                "titleTemplate", "配送系统：{summary}（{severity}）"));
    given()
        .auth()
        .oauth2(Intake.ADMIN)
        .contentType(ContentType.JSON)
        .body(rules)
        .put("/api/v1/integrations/{id}/rules", id)
        .then()
        .statusCode(200)
        .body("name", equalTo(List.of("info only", "route outage")));

    Intake.event(event(key, "rule-info", "info", "g-info")).statusCode(202);
    Intake.event(event(key, "rule-crit", "critical", "g-crit")).statusCode(202);
    routed("rule-info");
    routed("rule-crit");
    assertEquals("info only", alertColumn("routed_by", "rule-info"));
    assertEquals("null", alertColumn("incident_id", "rule-info"));
    String incident = alertColumn("incident_id", "rule-crit");
    var opened = db.first("select title, category from incident where id = " + incident);
    assertEquals(
        "配送系统：TMS 路线接口超时（critical）",
        opened.getString(0),
        "routed_by="
            + alertColumn("routed_by", "rule-crit")
            + " source="
            + alertColumn("source", "rule-crit")
            + " sev="
            + alertColumn("severity", "rule-crit"));
    assertEquals("DELIVERY_DELAY", opened.getString(1));

    given()
        .auth()
        .oauth2(Intake.ADMIN)
        .contentType(ContentType.JSON)
        .body(
            List.of(
                Map.of(
                    "name",
                    "bad",
                    "matcher",
                    Map.of("field", "LABEL", "pattern", "(["),
                    "action",
                    "RECORD")))
        .put("/api/v1/integrations/{id}/rules", id)
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("[0].matcher.label"));
    given()
        .auth()
        .oauth2(TECH)
        .contentType(ContentType.JSON)
        .body(List.of())
        .put("/api/v1/integrations/{id}/rules", id)
        .then()
        .statusCode(403);
    given().auth().oauth2(TECH).get("/api/v1/integrations/{id}/rules", id).then().statusCode(200);
  }

  @Test
  void silencedAlertsAreKeptButOpenNothing() throws Exception {
    String key = Intake.newKey("EVENTS");
    long id = integrationId(key);
    long silence =
        given()
            .auth()
            .oauth2(TECH)
            .contentType(ContentType.JSON)
            .body(
                Map.of(
                    "integrationId", id,
                    "matcher", Map.of("field", "SUMMARY", "pattern", "路线接口"),
                    "startsAt", OffsetDateTime.now().minusMinutes(1).toString(),
                    "endsAt", OffsetDateTime.now().plusHours(1).toString(),
                    "reason", "TMS 计划维护 02:00-03:00"))
            .post("/api/v1/silences")
            .then()
            .statusCode(201)
            .body("id", notNullValue())
            .extract()
            .jsonPath()
            .getLong("id");
    Intake.event(event(key, "silenced-1", "critical", "g-s")).statusCode(202);
    routed("silenced-1");
    assertEquals(String.valueOf(silence), alertColumn("suppressed_by", "silenced-1"));
    assertEquals("null", alertColumn("incident_id", "silenced-1"));

    given()
        .auth()
        .oauth2(TECH)
        .post("/api/v1/silences/{id}/expire", silence)
        .then()
        .statusCode(200);
    Intake.event(event(key, "silenced-2", "critical", "g-s2")).statusCode(202);
    routed("silenced-2");
    assertTrue(
        !alertColumn("incident_id", "silenced-2").equals("null"),
        "after expiry alerts open incidents");

    given()
        .auth()
        .oauth2(TECH)
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "matcher", Map.of("field", "SOURCE", "pattern", "x"),
                "startsAt", OffsetDateTime.now().toString(),
                "endsAt", OffsetDateTime.now().minusHours(1).toString(),
                "reason", "倒着的时间"))
        .post("/api/v1/silences")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("endsAt"));
    given()
        .auth()
        .oauth2(Tokens.forUser("sales", "business", "sales"))
        .get("/api/v1/silences")
        .then()
        .statusCode(403);
  }

  @Test
  void aMissedHeartbeatRaisesAnAlertAndThePingResolvesIt() throws Exception {
    String key =
        given()
            .auth()
            .oauth2(Intake.ADMIN)
            .contentType(ContentType.JSON)
            .body(
                Map.of(
                    "name",
                    "WMS 心跳",
                    "type",
                    "HEARTBEAT",
                    "heartbeatIntervalSeconds",
                    1,
                    "heartbeatGraceSeconds",
                    0))
            .post("/api/v1/integrations")
            .then()
            .statusCode(201)
            .body("url", org.hamcrest.Matchers.startsWith("/api/v1/heartbeats/"))
            .extract()
            .jsonPath()
            .getString("key");
    long id = integrationId(key);
    IntakeTest.waitUntil(
        () ->
            db.first(
                        "select count(*) from alert where integration_id = "
                            + id
                            + " and dedup_key = 'heartbeat' and status = 'OPEN'")
                    .getLong(0)
                == 1);
    given().post("/api/v1/heartbeats/{key}", key).then().statusCode(202);
    assertEquals(
        0,
        db.first("select count(*) from alert where integration_id = " + id + " and status = 'OPEN'")
            .getLong(0));
    db.execute("update integration set heartbeat_interval_seconds = 86400 where id = " + id);
    given().post("/api/v1/heartbeats/{key}", "wrong").then().statusCode(404);
    given()
        .auth()
        .oauth2(Intake.ADMIN)
        .contentType(ContentType.JSON)
        .body(Map.of("name", "无间隔", "type", "HEARTBEAT"))
        .post("/api/v1/integrations")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("heartbeatIntervalSeconds"));
  }

  @Test
  void aFloodFromOneKeyIsToldToRetryLater() {
    String key = Intake.newKey("EVENTS");
    // 32 senders at once; a slow machine gets more rounds to exceed 200 a second.
    ExecutorService senders = Executors.newFixedThreadPool(32);
    List<io.restassured.response.Response> answers = new ArrayList<>();
    try {
      for (int round = 0;
          round < 5 && answers.stream().noneMatch(r -> r.statusCode() == 429);
          round++) {
        List<CompletableFuture<io.restassured.response.Response>> sent =
            java.util.stream.IntStream.range(0, 400)
                .mapToObj(
                    i ->
                        CompletableFuture.supplyAsync(
                            () ->
                                given()
                                    .contentType(ContentType.JSON)
                                    .body(Intake.trigger(key, "flood", "info"))
                                    .post("/api/v1/events"),
                            senders))
                .toList();
        sent.stream().map(CompletableFuture::join).forEach(answers::add);
      }
    } finally {
      senders.shutdown();
    }
    var limited = answers.stream().filter(r -> r.statusCode() == 429).findFirst();
    assertTrue(limited.isPresent(), "no 429 among " + answers.size() + " requests");
    assertEquals("1", limited.get().header("Retry-After"));
    assertTrue(answers.stream().allMatch(r -> r.statusCode() == 202 || r.statusCode() == 429));
    long accepted = answers.stream().filter(r -> r.statusCode() == 202).count();
    assertEquals(
        accepted, db.first("select sum(count) from alert where dedup_key = 'flood'").getLong(0));
  }
}
