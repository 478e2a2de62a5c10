package com.kuailv.emergency.audit;

import static io.restassured.RestAssured.given;

import com.kuailv.emergency.audit.AuditedWrite.Change;
import com.kuailv.emergency.incident.Flow;
import com.kuailv.emergency.testing.Db;
import com.kuailv.emergency.testing.Tokens;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Writes of the incident lifecycle, the response matrix and detection, for AuditCoverageTest. */
final class IncidentAndAlertWrites {
  static final String REPORTER = Flow.REPORTER;
  static final String TECH = Flow.TECH;
  static final String COMMANDER = Flow.COMMANDER;
  static final String ADMIN = Tokens.forUser("admin", "admin", "reporter");

  private final Db db;

  IncidentAndAlertWrites(Db db) {
    this.db = db;
  }

  /** A freshly reported incident, as the reporter. */
  static long reported() {
    return Flow.report("审计 " + System.nanoTime());
  }

  static void act(String token, long id, String action, Object body) {
    Flow.act(token, id, action, body).then().statusCode(200);
  }

  static final Map<String, Object> ASSESSMENT = Flow.assessment(List.of("ORDERS"), 300, "20000.00");

  /** An incident taken as far as the step before the named one, through the API. */
  long until(String step) {
    List<String> steps =
        List.of("acknowledge", "assess", "grade", "activate", "mitigate", "resolve", "review");
    long id = reported();
    for (String done : steps.subList(0, steps.indexOf(step))) {
      switch (done) {
        case "acknowledge" -> act(TECH, id, "acknowledge", null);
        case "assess" -> act(TECH, id, "assess", ASSESSMENT);
        case "grade" -> act(COMMANDER, id, "grade", Map.of("grade", "SERIOUS"));
        case "activate" -> act(COMMANDER, id, "activate", Map.of());
        case "mitigate" -> act(TECH, id, "mitigate", Map.of());
        case "resolve" -> {
          // Checks and tasks are signed off directly: their own writes have fixtures of their own.
          db.execute("update verification_item set status = 'PASSED' where incident_id = " + id);
          db.execute("update incident_task set status = 'DONE' where incident_id = " + id);
          act(COMMANDER, id, "resolve", null);
        }
        default -> throw new IllegalArgumentException(done);
      }
    }
    return id;
  }

  static Response postmortem(long id) {
    return given()
        .auth()
        .oauth2(TECH)
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "causeCategory", "RELEASE",
                "causeDescription", "发布脚本漏掉迁移",
                "wentWell", "手工接单",
                "wentBadly", "告警晚了",
                "lessons", "发布前检查迁移"))
        .put("/api/v1/incidents/{id}/postmortem", id);
  }

  static long task(long id) {
    return given()
        .auth()
        .oauth2(TECH)
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "title", "切换备用库 " + System.nanoTime(),
                "kind", "TECHNICAL",
                "action", "OTHER",
                "ownerGroup", "TECHNICAL",
                "dueAt", "2030-01-01T00:00:00Z"))
        .post("/api/v1/incidents/{id}/tasks", id)
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getLong("id");
  }

  private AuditedWrite lifecycle(String step, String token, Object body, String action) {
    long id = until(step);
    act(token, id, step, body);
    return new AuditedWrite(user(token), action, "incident", String.valueOf(id), Change.UPDATE);
  }

  private static String user(String token) {
    return token.equals(TECH)
        ? "tech"
        : token.equals(COMMANDER) ? "commander" : token.equals(ADMIN) ? "admin" : "reporter";
  }

  static String integration(String type) {
    return given()
        .auth()
        .oauth2(ADMIN)
        .contentType(ContentType.JSON)
        .body(Map.of("name", "审计 " + type + System.nanoTime(), "type", type))
        .post("/api/v1/integrations")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getString("id");
  }

  static long silence() {
    return given()
        .auth()
        .oauth2(TECH)
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "matcher", Map.of("field", "SOURCE", "pattern", "^audit-" + System.nanoTime()),
                "startsAt", OffsetDateTime.now().toString(),
                "endsAt", OffsetDateTime.now().plusHours(1).toString(),
                "reason", "发布窗口"))
        .post("/api/v1/silences")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getLong("id");
  }

  /** Every write of these features by operationId. */
  Map<String, Supplier<AuditedWrite>> all() {
    Map<String, Supplier<AuditedWrite>> writes = new LinkedHashMap<>();
    writes.put(
        "reportIncident",
        () -> {
          long id = reported();
          return new AuditedWrite(
              "reporter", "incident.reported", "incident", String.valueOf(id), Change.CREATE);
        });
    writes.put(
        "acknowledgeIncident", () -> lifecycle("acknowledge", TECH, null, "incident.acknowledged"));
    writes.put("assessIncident", () -> lifecycle("assess", TECH, ASSESSMENT, "incident.assessed"));
    writes.put(
        "gradeIncident",
        () -> lifecycle("grade", COMMANDER, Map.of("grade", "SERIOUS"), "incident.graded"));
    writes.put(
        "activateResponse", () -> lifecycle("activate", COMMANDER, Map.of(), "incident.activated"));
    writes.put(
        "mitigateIncident", () -> lifecycle("mitigate", TECH, Map.of(), "incident.mitigated"));
    writes.put(
        "regradeIncident",
        () -> {
          long id = until("mitigate");
          act(COMMANDER, id, "regrade", Map.of("grade", "MAJOR", "reason", "影响扩大"));
          return new AuditedWrite(
              "commander", "incident.regraded", "incident", String.valueOf(id), Change.UPDATE);
        });
    writes.put(
        "resolveIncident",
        () -> {
          long id = until("resolve");
          db.execute("update verification_item set status = 'PASSED' where incident_id = " + id);
          db.execute("update incident_task set status = 'DONE' where incident_id = " + id);
          act(COMMANDER, id, "resolve", null);
          return new AuditedWrite(
              "commander", "incident.resolved", "incident", String.valueOf(id), Change.UPDATE);
        });
    writes.put(
        "reviewIncident",
        () -> {
          long id = until("review");
          postmortem(id).then().statusCode(200);
          act(COMMANDER, id, "review", null);
          return new AuditedWrite(
              "commander", "incident.reviewed", "incident", String.valueOf(id), Change.UPDATE);
        });
    writes.put(
        "cancelIncident",
        () -> {
          long id = reported();
          act(COMMANDER, id, "cancel", Map.of("reason", "误报"));
          return new AuditedWrite(
              "commander", "incident.cancelled", "incident", String.valueOf(id), Change.UPDATE);
        });
    writes.put(
        "addNote",
        () -> {
          long id = reported();
          given()
              .auth()
              .oauth2(TECH)
              .contentType(ContentType.JSON)
              .body(Map.of("text", "已联系 DBA"))
              .post("/api/v1/incidents/{id}/notes", id)
              .then()
              .statusCode(201);
          return new AuditedWrite(
              "tech", "incident.note-added", "incident", String.valueOf(id), Change.CREATE);
        });
    writes.put(
        "postStatusUpdate",
        () -> {
          long id = com.kuailv.emergency.incident.Flow.responding("审计进展");
          given()
              .auth()
              .oauth2(TECH)
              .contentType(ContentType.JSON)
              .body(Map.of("currentState", "回滚中", "impact", "订单延迟", "nextSteps", "验证"))
              .post("/api/v1/incidents/{id}/status-updates", id)
              .then()
              .statusCode(201);
          return new AuditedWrite(
              "tech", "incident.status-updated", "incident", String.valueOf(id), Change.CREATE);
        });
    writes.put(
        "createTask",
        () -> {
          long task = task(until("mitigate"));
          return new AuditedWrite(
              "tech", "task.created", "incident-task", String.valueOf(task), Change.CREATE);
        });
    writes.put("startTask", () -> moveTask("start", "task.started"));
    writes.put("completeTask", () -> moveTask("complete", "task.completed"));
    writes.put(
        "signOffVerification",
        () -> {
          long id = until("resolve");
          Map<String, Object> check =
              given()
                  .auth()
                  .oauth2(TECH)
                  .get("/api/v1/incidents/{id}/verification", id)
                  .jsonPath()
                  .<Map<String, Object>>getList("")
                  .stream()
                  .filter(item -> "TECHNICAL".equals(item.get("ownerGroup")))
                  .findFirst()
                  .orElseThrow();
          given()
              .auth()
              .oauth2(TECH)
              .contentType(ContentType.JSON)
              .body(Map.of("result", "PASSED"))
              .post("/api/v1/incidents/{id}/verification/{item}/sign-off", id, check.get("id"))
              .then()
              .statusCode(200);
          return new AuditedWrite(
              "tech",
              "verification.signed",
              "verification-item",
              String.valueOf(check.get("id")),
              Change.UPDATE);
        });
    writes.put(
        "writePostmortem",
        () -> {
          long id = until("review");
          postmortem(id).then().statusCode(200);
          return new AuditedWrite(
              "tech", "postmortem.written", "postmortem", String.valueOf(id), Change.CREATE);
        });
    writes.put(
        "fileImprovementAction",
        () -> {
          long id = until("review");
          String action =
              given()
                  .auth()
                  .oauth2(TECH)
                  .contentType(ContentType.JSON)
                  .body(Map.of("title", "发布前检查迁移", "ownerName", "王工", "dueDate", "2030-01-01"))
                  .post("/api/v1/incidents/{id}/actions", id)
                  .then()
                  .statusCode(201)
                  .extract()
                  .jsonPath()
                  .getString("id");
          return new AuditedWrite(
              "tech", "improvement-action.filed", "improvement-action", action, Change.CREATE);
        });
    writes.put(
        "updateResponseMatrixEntry",
        () -> {
          var current =
              given()
                  .auth()
                  .oauth2(ADMIN)
                  .get("/api/v1/response-matrix")
                  .jsonPath()
                  .<Map<String, Object>>getList("")
                  .stream()
                  .filter(entry -> "GENERAL".equals(entry.get("grade")))
                  .findFirst()
                  .orElseThrow();
          Map<String, Object> body = new LinkedHashMap<>(current);
          body.remove("grade");
          body.remove("version");
          given()
              .auth()
              .oauth2(ADMIN)
              .header("If-Match", "\"" + current.get("version") + "\"")
              .contentType(ContentType.JSON)
              .body(body)
              .put("/api/v1/response-matrix/GENERAL")
              .then()
              .statusCode(200);
          return new AuditedWrite(
              "admin", "response-matrix.updated", "response-matrix", "GENERAL", Change.UPDATE);
        });
    writes.put(
        "createIntegration",
        () ->
            new AuditedWrite(
                "admin",
                "integration.created",
                "integration",
                integration("EVENTS"),
                Change.CREATE));
    writes.put(
        "updateIntegration",
        () -> {
          String id = integration("EVENTS");
          given()
              .auth()
              .oauth2(ADMIN)
              .header("If-Match", "\"0\"")
              .contentType(ContentType.JSON)
              .body(Map.of("name", "改名 " + System.nanoTime()))
              .put("/api/v1/integrations/{id}", id)
              .then()
              .statusCode(200);
          return new AuditedWrite("admin", "integration.updated", "integration", id, Change.UPDATE);
        });
    writes.put(
        "rotateIntegrationKey",
        () -> {
          String id = integration("ALERTMANAGER");
          given()
              .auth()
              .oauth2(ADMIN)
              .post("/api/v1/integrations/{id}/rotate-key", id)
              .then()
              .statusCode(200);
          return new AuditedWrite(
              "admin", "integration.key-rotated", "integration", id, Change.UPDATE);
        });
    writes.put(
        "replaceAlertRules",
        () -> {
          String id = integration("EVENTS");
          given()
              .auth()
              .oauth2(ADMIN)
              .contentType(ContentType.JSON)
              .body(
                  List.of(
                      Map.of(
                          "name", "只记录提示",
                          "matcher", Map.of("field", "SEVERITY", "pattern", "^info$"),
                          "action", "RECORD")))
              .put("/api/v1/integrations/{id}/rules", id)
              .then()
              .statusCode(200);
          return new AuditedWrite(
              "admin", "alert-rules.replaced", "integration", id, Change.UPDATE);
        });
    writes.put(
        "createSilence",
        () ->
            new AuditedWrite(
                "tech", "silence.created", "silence", String.valueOf(silence()), Change.CREATE));
    writes.put(
        "expireSilence",
        () -> {
          long id = silence();
          given()
              .auth()
              .oauth2(COMMANDER)
              .post("/api/v1/silences/{id}/expire", id)
              .then()
              .statusCode(200);
          return new AuditedWrite(
              "commander", "silence.expired", "silence", String.valueOf(id), Change.UPDATE);
        });
    writes.put(
        "retryRouting",
        () -> {
          String integration = integration("EVENTS");
          db.execute(
              "with a as (insert into alert (integration_id, dedup_key, group_key, status,"
                  + " severity, summary, source, first_seen_at, last_seen_at) values ("
                  + integration
                  + ", 'audit-retry-"
                  + System.nanoTime()
                  + "', 'audit', 'OPEN', 'INFO', '审计', 'audit', now(), now()) returning id)"
                  + " insert into alert_routing_queue (alert_id, queued_at, failed_at, error)"
                  + " select id, now(), now(), 'simulated' from a");
          given()
              .auth()
              .oauth2(ADMIN)
              .post("/api/v1/alerts/routing-retries")
              .then()
              .statusCode(200);
          return new AuditedWrite(
              "admin", "alert.routing-retried", "alert-routing", null, Change.UPDATE);
        });
    return writes;
  }

  private AuditedWrite moveTask(String move, String action) {
    long id = until("mitigate");
    long task = task(id);
    if (move.equals("complete")) {
      given()
          .auth()
          .oauth2(TECH)
          .post("/api/v1/incidents/{id}/tasks/{task}/start", id, task)
          .then()
          .statusCode(200);
    }
    given()
        .auth()
        .oauth2(TECH)
        .post("/api/v1/incidents/{id}/tasks/{task}/{move}", id, task, move)
        .then()
        .statusCode(200);
    return new AuditedWrite("tech", action, "incident-task", String.valueOf(task), Change.UPDATE);
  }
}
