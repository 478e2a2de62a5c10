package com.kuailv.emergency.risk;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kuailv.emergency.testing.Db;
import com.kuailv.emergency.testing.OnVertx;
import com.kuailv.emergency.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@QuarkusTest
class RiskTest {
  static final String TECH = Tokens.forUser("risk-tech", "tech", "reporter");
  static final String ADMIN = Tokens.forUser("risk-admin", "admin", "reporter");
  static final String COMMANDER = Tokens.forUser("risk-commander", "commander", "reporter");

  @Inject Db db;
  @Inject RiskService service;

  static Map<String, Object> risk(String title, int likelihood, int impact) {
    Map<String, Object> body = new HashMap<>();
    body.put("title", title);
    body.put("description", "订单系统在高峰期崩溃");
    body.put("category", "TECHNICAL");
    body.put("subType", "SYSTEM_CRASH");
    body.put("likelihood", likelihood);
    body.put("impact", impact);
    body.put("ownerName", "王工");
    body.put("mitigations", List.of("双机热备", "限流"));
    body.put("status", "OPEN");
    body.put("nextReviewOn", LocalDate.now().plusDays(30).toString());
    return body;
  }

  static ValidatableResponse create(String token, Map<String, Object> body) {
    return given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/v1/risks")
        .then();
  }

  long audits(String action, long id) {
    return db.first(
            "select count(*) from audit_entry where action = '"
                + action
                + "' and entity_type = 'risk' and entity_id = '"
                + id
                + "'")
        .getLong(0);
  }

  @Test
  void aRiskIsScoredBandedAuditedAndItsScoreHistoryKept() {
    long id =
        create(TECH, risk("订单系统崩溃", 4, 5))
            .statusCode(201)
            .header("ETag", "\"0\"")
            .body("score", equalTo(20))
            .body("band", equalTo("CRITICAL"))
            .body("mitigations", hasItem("限流"))
            .extract()
            .jsonPath()
            .getLong("id");
    assertEquals(1, audits("risk.created", id));

    Map<String, Object> lower = risk("订单系统崩溃", 2, 3);
    given()
        .auth()
        .oauth2(TECH)
        .contentType(ContentType.JSON)
        .body(lower)
        .put("/api/v1/risks/" + id)
        .then()
        .statusCode(428);
    given()
        .auth()
        .oauth2(TECH)
        .header("If-Match", "\"7\"")
        .contentType(ContentType.JSON)
        .body(lower)
        .put("/api/v1/risks/" + id)
        .then()
        .statusCode(412);
    given()
        .auth()
        .oauth2(TECH)
        .header("If-Match", "\"0\"")
        .contentType(ContentType.JSON)
        .body(lower)
        .put("/api/v1/risks/" + id)
        .then()
        .statusCode(200)
        .header("ETag", "\"1\"")
        .body("score", equalTo(6))
        .body("band", equalTo("MEDIUM"));

    given()
        .auth()
        .oauth2(Tokens.forUser("risk-driver", "business", "logistics", "reporter"))
        .get("/api/v1/risks/" + id)
        .then()
        .statusCode(200)
        .body("history.score", equalTo(List.of(20, 6)))
        .body("risk.version", equalTo(1));
    assertEquals(1, audits("risk.updated", id));
    assertEquals(
        "20",
        db.first(
                "select before ->> 'score' from audit_entry where action = 'risk.updated'"
                    + " and entity_id = '"
                    + id
                    + "'")
            .getString(0),
        "the audit entry keeps the record before the change");
  }

  static Stream<Arguments> badInputs() {
    Map<String, Object> zero = risk("x", 0, 3);
    Map<String, Object> six = risk("x", 3, 6);
    Map<String, Object> wrongSubType = risk("x", 3, 3);
    wrongSubType.put("subType", "DELIVERY_DELAY");
    Map<String, Object> customWithoutName = risk("x", 3, 3);
    customWithoutName.put("subType", "CUSTOM");
    Map<String, Object> noTitle = risk("", 3, 3);
    Map<String, Object> noReviewDate = risk("x", 3, 3);
    noReviewDate.remove("nextReviewOn");
    return Stream.of(
        Arguments.of(zero, "likelihood"),
        Arguments.of(six, "impact"),
        Arguments.of(wrongSubType, "subType"),
        Arguments.of(customWithoutName, "customSubType"),
        Arguments.of(noTitle, "title"),
        Arguments.of(noReviewDate, "nextReviewOn"));
  }

  @ParameterizedTest(name = "bad {1}")
  @MethodSource("badInputs")
  void badInputIsRefusedNamingTheFieldAndNothingIsStored(Map<String, Object> body, String field) {
    long before = db.count("risk");
    long audited = db.count("audit_entry");
    create(TECH, body)
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem(field));
    assertEquals(before, db.count("risk"));
    assertEquals(audited, db.count("audit_entry"));
  }

  @Test
  void customSubTypesFitAnyCategory() {
    Map<String, Object> body = risk("冷链断电", 3, 4);
    body.put("category", "EXTERNAL");
    body.put("subType", "CUSTOM");
    body.put("customSubType", "冷链断电");
    create(ADMIN, body).statusCode(201).body("customSubType", equalTo("冷链断电"));
  }

  @Test
  void whoMayReadAndWhoMayKeepTheRegister() {
    String reporter = Tokens.forUser("risk-reporter", "reporter");
    String integration = Tokens.forUser("risk-system", "integration");
    String warehouse = Tokens.forUser("risk-warehouse", "business", "warehouse", "reporter");
    given().auth().oauth2(reporter).get("/api/v1/risks").then().statusCode(403);
    given().auth().oauth2(integration).get("/api/v1/risks").then().statusCode(403);
    given().auth().oauth2(warehouse).get("/api/v1/risks").then().statusCode(200);
    given().get("/api/v1/risks").then().statusCode(401);
    create(Tokens.forUser("risk-comms", "comms", "reporter"), risk("x", 1, 1)).statusCode(403);
    create(Tokens.forUser("risk-sales", "sales", "reporter"), risk("x", 1, 1)).statusCode(403);
    create(COMMANDER, risk("网络中断", 3, 3)).statusCode(201);
    create(Tokens.forUser("risk-biz", "business", "reporter"), risk("y", 2, 2)).statusCode(201);
  }

  @Test
  void theHeatMapCountsRisksThatAreNotClosed() {
    Map<String, Object> closed = risk("已关闭", 1, 5);
    closed.put("status", "CLOSED");
    int before = cell(1, 5);
    create(TECH, risk("热力图 1x5", 1, 5)).statusCode(201);
    create(TECH, closed).statusCode(201);
    assertEquals(before + 1, cell(1, 5));
    List<Map<String, Object>> cells =
        given()
            .auth()
            .oauth2(TECH)
            .get("/api/v1/risks/heat-map")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("");
    assertEquals(25, cells.size());
    assertEquals(5, cells.get(0).get("likelihood"), "likelihood 5 first, as drawn");
  }

  int cell(int likelihood, int impact) {
    return given()
        .auth()
        .oauth2(TECH)
        .get("/api/v1/risks/heat-map")
        .then()
        .extract()
        .jsonPath()
        .getInt(
            "find { it.likelihood == " + likelihood + " && it.impact == " + impact + " }.count");
  }

  @Test
  void linksAreAddedAndRemovedWithAnAuditEntryEach() {
    long id = create(TECH, risk("库存错乱", 3, 4)).extract().jsonPath().getLong("id");
    long runbook =
        given()
            .auth()
            .oauth2(TECH)
            .contentType(ContentType.JSON)
            .body(
                Map.of(
                    "kind",
                    "RUNBOOK",
                    "title",
                    "盘点预案 " + System.nanoTime(),
                    "steps",
                    List.of(Map.of("title", "纸质盘点", "detail", "按库位逐一清点"))))
            .post("/api/v1/knowledge/articles")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id");
    // A link to something that does not exist is refused on its field, of every kind checked.
    for (String kind : List.of("RUNBOOK", "INCIDENT", "SAFEGUARD")) {
      given()
          .auth()
          .oauth2(TECH)
          .contentType(ContentType.JSON)
          .body(Map.of("kind", kind, "targetId", 999_999_999))
          .post("/api/v1/risks/" + id + "/links")
          .then()
          .statusCode(400)
          .body("errors.field", hasItem("targetId"));
    }
    given()
        .auth()
        .oauth2(TECH)
        .contentType(ContentType.JSON)
        .body(Map.of("kind", "INCIDENT", "targetId", -5))
        .post("/api/v1/risks/" + id + "/links")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("targetId"));
    assertEquals(0, audits("risk.linked", id), "nothing refused was linked");
    given()
        .auth()
        .oauth2(TECH)
        .contentType(ContentType.JSON)
        .body(Map.of("kind", "RUNBOOK", "targetId", runbook, "note", "盘点预案"))
        .post("/api/v1/risks/" + id + "/links")
        .then()
        .statusCode(200);
    given()
        .auth()
        .oauth2(TECH)
        .contentType(ContentType.JSON)
        .body(Map.of("kind", "RUNBOOK", "targetId", 0))
        .post("/api/v1/risks/" + id + "/links")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("targetId"));
    given()
        .auth()
        .oauth2(TECH)
        .get("/api/v1/risks/" + id)
        .then()
        .body("links.note", equalTo(List.of("盘点预案")));
    given()
        .auth()
        .oauth2(TECH)
        .delete("/api/v1/risks/" + id + "/links/RUNBOOK/" + runbook)
        .then()
        .statusCode(204);
    given()
        .auth()
        .oauth2(TECH)
        .delete("/api/v1/risks/" + id + "/links/RUNBOOK/" + runbook)
        .then()
        .statusCode(404);
    assertEquals(1, audits("risk.linked", id));
    assertEquals(1, audits("risk.unlinked", id));
    given().auth().oauth2(TECH).get("/api/v1/risks/999999").then().statusCode(404);
  }

  private int flag(LocalDate today) {
    return OnVertx.await(() -> service.flagOverdueReviews(today));
  }

  @Test
  void overdueReviewsAreFlaggedByTheJobAtTheDateItIsGiven() {
    long id = create(TECH, risk("法规变化", 2, 2)).extract().jsonPath().getLong("id");
    LocalDate review = LocalDate.now().plusDays(30);
    flag(review);
    given()
        .auth()
        .oauth2(TECH)
        .get("/api/v1/risks/" + id)
        .then()
        .body("risk.reviewOverdue", equalTo(false));
    int changed = flag(review.plusDays(1));
    assertTrue(changed >= 1);
    given()
        .auth()
        .oauth2(TECH)
        .queryParam("overdue", true)
        .get("/api/v1/risks")
        .then()
        .statusCode(200)
        .body("id", hasItem((int) id));
    assertEquals(1, audits("risk.review-overdue", id));
    assertEquals(
        "system",
        db.first(
                "select actor_subject from audit_entry where action = 'risk.review-overdue'"
                    + " and entity_id = '"
                    + id
                    + "'")
            .getString(0));
    flag(LocalDate.now()); // back to today
  }

  @Test
  void onlyAdminsReplaceTheBandsAndTheyMustCoverEveryScore() {
    List<Map<String, Object>> bands =
        List.of(
            Map.of("code", "LOW", "minScore", 1, "maxScore", 4),
            Map.of("code", "MEDIUM", "minScore", 5, "maxScore", 9),
            Map.of("code", "HIGH", "minScore", 10, "maxScore", 16),
            Map.of("code", "CRITICAL", "minScore", 17, "maxScore", 25));
    List<Map<String, Object>> gap =
        List.of(
            Map.of("code", "LOW", "minScore", 1, "maxScore", 4),
            Map.of("code", "HIGH", "minScore", 6, "maxScore", 25));
    given()
        .auth()
        .oauth2(COMMANDER)
        .contentType(ContentType.JSON)
        .body(Map.of("bands", bands))
        .put("/api/v1/risks/bands")
        .then()
        .statusCode(403);
    given()
        .auth()
        .oauth2(ADMIN)
        .contentType(ContentType.JSON)
        .body(Map.of("bands", gap))
        .put("/api/v1/risks/bands")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("bands"));
    given()
        .auth()
        .oauth2(ADMIN)
        .contentType(ContentType.JSON)
        .body(Map.of("bands", bands))
        .put("/api/v1/risks/bands")
        .then()
        .statusCode(200)
        .body("code", equalTo(List.of("LOW", "MEDIUM", "HIGH", "CRITICAL")));
    assertEquals(4, db.count("risk_band"));
  }

  @Test
  void theAuditLogIsForAdminsAndCommandersAndAppendOnly() {
    long id = create(TECH, risk("审计", 2, 2)).extract().jsonPath().getLong("id");
    for (String token : List.of(ADMIN, COMMANDER)) {
      given()
          .auth()
          .oauth2(token)
          .queryParam("entityType", "risk")
          .queryParam("entityId", id)
          .get("/api/v1/audit")
          .then()
          .statusCode(200)
          .body("action", equalTo(List.of("risk.created")))
          .body("[0].actorSubject", equalTo("sub-risk-tech"))
          .body("[0].after.title", equalTo("审计"));
    }
    given().auth().oauth2(TECH).get("/api/v1/audit").then().statusCode(403);
    given().auth().oauth2(ADMIN).queryParam("limit", 0).get("/api/v1/audit").then().statusCode(400);
    assertThrows(Exception.class, () -> db.execute("update audit_entry set action = 'x'"));
    assertThrows(Exception.class, () -> db.execute("delete from audit_entry"));
  }
}
