package com.kuailv.emergency.common.idempotency;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kuailv.emergency.incident.Flow;
import com.kuailv.emergency.testing.Db;
import com.kuailv.emergency.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Every operation that takes an Idempotency-Key (read from /q/openapi) has a fixture here, and each
 * shows: the same key and request twice store one record and answer the same; two at the same
 * moment store one; the same key with another request is refused (422) and stores nothing; no key
 * behaves as before (two requests, two records).
 */
@QuarkusTest
class IdempotencyTest {
  static final String ADMIN = Tokens.forUser("admin", "admin", "reporter");
  static final String TECH = Flow.TECH;
  static final String COMMANDER = Flow.COMMANDER;

  /** One time for every report: a repeat must send the very same body. */
  static final String OCCURRED_AT = OffsetDateTime.now().minusMinutes(5).withNano(0).toString();

  @Inject Db db;

  /** The person of each shift marker, so a repeat sends the same body. */
  final Map<String, String> people = new java.util.concurrent.ConcurrentHashMap<>();

  /** A creating operation: who calls it where, its body for a marker, and its records' count. */
  record Creation(
      String token, Supplier<String> path, Function<String, Object> body, String countWhere) {}

  /** Lifecycle actions that take a key: a repeat at the same version answers the first result. */
  static final Set<String> ACTIONS =
      Set.of(
          "acknowledgeIncident",
          "assessIncident",
          "gradeIncident",
          "activateResponse",
          "regradeIncident",
          "mitigateIncident",
          "resolveIncident",
          "reviewIncident",
          "cancelIncident");

  Map<String, Creation> creations() {
    Map<String, Creation> all = new HashMap<>();
    all.put(
        "reportIncident",
        new Creation(
            Flow.REPORTER,
            () -> "/api/v1/incidents",
            marker -> reportBody(marker),
            "incident where title = '%s'"));
    all.put(
        "createRisk",
        new Creation(TECH, () -> "/api/v1/risks", this::risk, "risk where title = '%s'"));
    all.put(
        "addNote",
        new Creation(
            TECH,
            () -> "/api/v1/incidents/" + Flow.report("幂等备注") + "/notes",
            marker -> Map.of("text", marker),
            "incident_timeline where message = '%s'"));
    all.put(
        "postStatusUpdate",
        new Creation(
            TECH,
            () -> "/api/v1/incidents/" + Flow.responding("幂等进展") + "/status-updates",
            marker -> Map.of("currentState", marker, "impact", "订单延迟", "nextSteps", "回滚"),
            "incident_status_update where current_state = '%s'"));
    all.put(
        "createTask",
        new Creation(
            TECH,
            () -> "/api/v1/incidents/" + Flow.responding("幂等任务") + "/tasks",
            marker ->
                Map.of(
                    "title", marker,
                    "kind", "TECHNICAL",
                    "action", "OTHER",
                    "ownerGroup", "TECHNICAL",
                    "dueAt", "2030-01-01T00:00:00Z"),
            "incident_task where title = '%s'"));
    all.put(
        "fileImprovementAction",
        new Creation(
            TECH,
            () -> "/api/v1/incidents/" + resolved() + "/actions",
            marker -> Map.of("title", marker, "ownerName", "王工", "dueDate", "2030-01-01"),
            "improvement_action where title = '%s'"));
    all.put(
        "createArticle",
        new Creation(
            TECH,
            () -> "/api/v1/knowledge/articles",
            marker ->
                Map.of(
                    "kind",
                    "RUNBOOK",
                    "title",
                    marker,
                    "summary",
                    "幂等",
                    "riskSubTypes",
                    List.of(),
                    "incidentCategories",
                    List.of(),
                    "steps",
                    List.of(Map.of("title", "一步", "detail", "幂等"))),
            "article where title = '%s'"));
    all.put(
        "draftPlanVersion",
        new Creation(
            COMMANDER,
            () -> "/api/v1/plan/versions",
            marker ->
                Map.of(
                    "title",
                    marker,
                    "reviewIntervalDays",
                    180,
                    "sections",
                    List.of(Map.of("heading", "总则", "body", "幂等。"))),
            "plan_version where title = '%s'"));
    all.put(
        "createSafeguard",
        new Creation(
            TECH,
            () -> "/api/v1/safeguards",
            marker ->
                Map.of(
                    "name", marker,
                    "backupEveryHours", 24,
                    "retentionDays", 14,
                    "offsiteCopy", true,
                    "restoreCheckDays", 30),
            "protected_system where name = '%s'"));
    all.put(
        "recordRestoreCheck",
        new Creation(
            TECH,
            () -> "/api/v1/safeguards/" + safeguard() + "/restore-checks",
            marker ->
                Map.of(
                    "checkedOn",
                    LocalDate.now().minusDays(1).toString(),
                    "passed",
                    true,
                    "note",
                    marker),
            "restore_check where note = '%s'"));
    all.put(
        "addShift",
        new Creation(
            COMMANDER,
            () -> "/api/v1/org/roster/WAREHOUSE/shifts",
            marker -> {
              // Each marker its own person: one person is never on two shifts at once.
              Map<String, Object> body = new HashMap<>();
              body.put("subject", people.computeIfAbsent(marker, m -> person()));
              body.put("startsAt", "2046-06-01T00:00:00Z");
              body.put("endsAt", "2046-06-01T08:00:00Z");
              body.put("note", marker);
              return body;
            },
            "roster_shift where note = '%s'"));
    all.put(
        "createChannel",
        new Creation(
            ADMIN,
            () -> "/api/v1/notification-channels",
            marker ->
                Map.of(
                    "name",
                    marker,
                    "kind",
                    "WECOM",
                    "url",
                    "http://127.0.0.1:9/cgi-bin/webhook/send?key=idempotency",
                    "enabled",
                    false),
            "notification_channel where name = '%s'"));
    all.put(
        "createEscalationPolicy",
        new Creation(
            ADMIN,
            () -> "/api/v1/escalation-policies",
            marker ->
                Map.of(
                    "name",
                    marker,
                    "repeatTimes",
                    0,
                    "steps",
                    List.of(Map.of("target", "COMMANDER", "waitMinutes", 5))),
            "escalation_policy where name = '%s'"));
    all.put(
        "createSilence",
        new Creation(
            TECH,
            () -> "/api/v1/silences",
            marker ->
                Map.of(
                    "matcher",
                    Map.of("field", "SOURCE", "pattern", "^idempotency$"),
                    "startsAt",
                    "2046-01-01T00:00:00Z",
                    "endsAt",
                    "2046-01-01T01:00:00Z",
                    "reason",
                    marker),
            "silence where reason = '%s'"));
    return all;
  }

  @Test
  void everyOperationThatTakesAKeyHasAFixture() {
    JsonPath openapi =
        given().accept("application/json").get("/q/openapi").then().extract().jsonPath();
    Map<String, Map<String, Map<String, Object>>> paths = openapi.getMap("paths");
    Set<String> keyed = new TreeSet<>();
    paths.values().stream()
        .flatMap(item -> item.values().stream())
        .forEach(
            operation -> {
              Object parameters = operation.get("parameters");
              if (parameters instanceof List<?> list
                  && list.stream()
                      .anyMatch(
                          p ->
                              p instanceof Map<?, ?> parameter
                                  && IdempotencyKeys.HEADER.equals(parameter.get("name"))
                                  && "header".equals(parameter.get("in")))) {
                keyed.add(String.valueOf(operation.get("operationId")));
              }
            });
    Set<String> covered = new TreeSet<>(creations().keySet());
    covered.addAll(ACTIONS);
    assertEquals(covered, keyed);
  }

  @Test
  void aRepeatedCreationAnswersTheFirstResultAndStoresOneRecord() {
    creations().forEach(this::checkRepeat);
  }

  @Test
  void twoRequestsWithOneKeyAtTheSameMomentStoreOneRecord() {
    creations().forEach(this::checkParallel);
  }

  @Test
  void aKeyReusedForAnotherRequestIsRefusedAndStoresNothing() {
    creations().forEach(this::checkReuse);
  }

  @Test
  void withoutAKeyEveryRequestCreates() {
    Creation risk = creations().get("createRisk");
    String marker = marker();
    String path = risk.path().get();
    send(risk, path, marker, null).then().statusCode(201);
    send(risk, path, marker, null).then().statusCode(201);
    assertEquals(2, db.count(String.format(risk.countWhere(), marker)));
  }

  @Test
  void aSecondTapOnAcknowledgeAnswersDoneNotSomeoneElsesChange() {
    long id = Flow.report("幂等确认");
    String key = UUID.randomUUID().toString();
    String etag = "\"" + Flow.version(id) + "\"";
    Response first = acknowledge(id, etag, key);
    first.then().statusCode(200).body("status", org.hamcrest.Matchers.equalTo("ASSESSING"));
    Response second = acknowledge(id, etag, key);
    second.then().statusCode(200);
    assertEquals(first.asString(), second.asString());
    assertEquals(
        1,
        db.count(
            "audit_entry where action = 'incident.acknowledged' and entity_id = '" + id + "'"));
    // Without the key the repeat is what it is: a stale version.
    acknowledge(id, etag, null).then().statusCode(412);
  }

  @Test
  void aMalformedKeyIsNamed() {
    Creation risk = creations().get("createRisk");
    send(risk, risk.path().get(), marker(), "zwei wörter")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem(IdempotencyKeys.HEADER));
  }

  private void checkRepeat(String operation, Creation creation) {
    String marker = marker();
    String key = UUID.randomUUID().toString();
    String path = creation.path().get();
    Response first = send(creation, path, marker, key);
    assertTrue(first.statusCode() / 100 == 2, operation + ": " + first.asString());
    Response second = send(creation, path, marker, key);
    assertEquals(first.statusCode(), second.statusCode(), operation);
    assertEquals(first.asString(), second.asString(), operation + " answers the first result");
    assertEquals(
        1, db.count(String.format(creation.countWhere(), marker)), operation + " stores one");
  }

  private void checkParallel(String operation, Creation creation) {
    String marker = marker();
    String key = UUID.randomUUID().toString();
    String path = creation.path().get();
    Object body = creation.body().apply(marker);
    CompletableFuture<Response> one =
        CompletableFuture.supplyAsync(() -> send(creation.token(), path, body, key));
    CompletableFuture<Response> two =
        CompletableFuture.supplyAsync(() -> send(creation.token(), path, body, key));
    Response a = one.join();
    Response b = two.join();
    assertTrue(a.statusCode() / 100 == 2, operation + ": " + a.asString());
    assertEquals(a.statusCode(), b.statusCode(), operation + ": " + b.asString());
    assertEquals(a.asString(), b.asString(), operation);
    assertEquals(
        1, db.count(String.format(creation.countWhere(), marker)), operation + " stores one");
  }

  private void checkReuse(String operation, Creation creation) {
    String key = UUID.randomUUID().toString();
    String path = creation.path().get();
    send(creation, path, marker(), key).then().statusCode(org.hamcrest.Matchers.lessThan(300));
    String other = marker();
    send(creation, path, other, key)
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("errors.field", hasItem(IdempotencyKeys.HEADER));
    assertEquals(0, db.count(String.format(creation.countWhere(), other)), operation);
  }

  private Response send(Creation creation, String path, String marker, String key) {
    return send(creation.token(), path, creation.body().apply(marker), key);
  }

  private static Response send(String token, String path, Object body, String key) {
    var request = given().auth().oauth2(token).contentType(ContentType.JSON).body(body);
    if (key != null) {
      request.header(IdempotencyKeys.HEADER, key);
    }
    return request.post(path);
  }

  private static Response acknowledge(long id, String etag, String key) {
    var request = given().auth().oauth2(TECH).header("If-Match", etag);
    if (key != null) {
      request.header(IdempotencyKeys.HEADER, key);
    }
    return request.post("/api/v1/incidents/{id}/acknowledge", id);
  }

  private static String marker() {
    return "幂等 " + UUID.randomUUID();
  }

  private static Map<String, Object> reportBody(String title) {
    return Map.of(
        "title",
        title,
        "phenomenon",
        "订单系统提交订单时报错 500",
        "occurredAt",
        OCCURRED_AT,
        "scope",
        Map.of("affectedSystems", List.of("订单系统 OMS")),
        "contact",
        "王 138-0000-0000");
  }

  private Map<String, Object> risk(String title) {
    Map<String, Object> body = new HashMap<>();
    body.put("title", title);
    body.put("category", "TECHNICAL");
    body.put("subType", "SYSTEM_CRASH");
    body.put("likelihood", 2);
    body.put("impact", 2);
    body.put("status", "OPEN");
    body.put("nextReviewOn", LocalDate.now().plusDays(30).toString());
    return body;
  }

  private long resolved() {
    long id = Flow.responding("幂等改进");
    Flow.act(TECH, id, "mitigate", Map.of()).then().statusCode(200);
    db.execute("update verification_item set status = 'PASSED' where incident_id = " + id);
    db.execute("update incident_task set status = 'DONE' where incident_id = " + id);
    Flow.act(COMMANDER, id, "resolve", null).then().statusCode(200);
    return id;
  }

  private static long safeguard() {
    return send(
            TECH,
            "/api/v1/safeguards",
            Map.of(
                "name", marker(),
                "backupEveryHours", 24,
                "retentionDays", 14,
                "offsiteCopy", true,
                "restoreCheckDays", 30),
            null)
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getLong("id");
  }

  private static String person() {
    String username = "idempotency-" + UUID.randomUUID();
    given()
        .auth()
        .oauth2(Tokens.forUser(username, "reporter"))
        .get("/api/v1/me")
        .then()
        .statusCode(200);
    return Tokens.subjectOf(username);
  }
}
