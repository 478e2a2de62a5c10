package com.kuailv.emergency.plan;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kuailv.emergency.testing.Db;
import com.kuailv.emergency.testing.OnVertx;
import com.kuailv.emergency.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PlanTest {
  static final String AUTHOR = Tokens.forUser("plan-author", "commander", "reporter");
  static final String REVIEWER = Tokens.forUser("plan-reviewer", "commander", "reporter");
  static final String ADMIN = Tokens.forUser("plan-admin", "admin", "reporter");

  @Inject Db db;
  @Inject PlanService plans;

  static Map<String, Object> draft(String title, String body) {
    return Map.of(
        "title",
        title,
        "changeSummary",
        "年度修订",
        "reviewIntervalDays",
        180,
        "sections",
        List.of(
            Map.of("heading", "总则", "body", "适用于快驴供应链各系统。"),
            Map.of("heading", "应急响应", "body", body)));
  }

  static String etag(Response response) {
    return response.getHeader("ETag");
  }

  static Response act(String token, long id, String action, String etag) {
    return given()
        .auth()
        .oauth2(token)
        .header("If-Match", etag)
        .post("/api/v1/plan/versions/{id}/{action}", id, action);
  }

  long create(String body) {
    return given()
        .auth()
        .oauth2(AUTHOR)
        .contentType(ContentType.JSON)
        .body(draft("快驴应急预案", body))
        .post("/api/v1/plan/versions")
        .then()
        .statusCode(201)
        .body("summary.status", equalTo("DRAFT"))
        .extract()
        .jsonPath()
        .getLong("summary.id");
  }

  String etagOf(long id) {
    return given().auth().oauth2(AUTHOR).get("/api/v1/plan/versions/{id}", id).getHeader("ETag");
  }

  @Test
  void aDraftIsReviewedApprovedByAnotherCommanderAndPublishedOneAtATime() {
    long first = create("一般故障由技术组处理。");
    long audited = db.count("audit_entry");
    // Publishing a draft that was not approved changes nothing.
    act(AUTHOR, first, "publish", etagOf(first))
        .then()
        .statusCode(409)
        .body("detail", endsWith("版现在是「草稿」，不能发布；需要是「已批准」"));
    given()
        .auth()
        .oauth2(AUTHOR)
        .header("If-Match", etagOf(first))
        .header("Accept-Language", "en")
        .post("/api/v1/plan/versions/{id}/publish", first)
        .then()
        .statusCode(409)
        .body("detail", endsWith(" is a draft: it cannot be published; it must be approved."));
    act(AUTHOR, first, "submit", etagOf(first)).then().statusCode(200);
    // The author cannot approve their own draft.
    act(AUTHOR, first, "approve", etagOf(first))
        .then()
        .statusCode(403)
        .body("detail", containsString("需要另一位指挥长批准"));
    assertEquals(audited + 1, db.count("audit_entry"), "refused actions leave no trace");
    given()
        .auth()
        .oauth2(ADMIN)
        .header("If-Match", etagOf(first))
        .post("/api/v1/plan/versions/{id}/approve", first)
        .then()
        .statusCode(403);
    act(REVIEWER, first, "approve", etagOf(first))
        .then()
        .statusCode(200)
        .body("summary.status", equalTo("APPROVED"))
        .body("summary.approvedByName", containsString("plan-reviewer"));
    act(AUTHOR, first, "publish", "\"0\"").then().statusCode(412);
    act(AUTHOR, first, "publish", etagOf(first)).then().statusCode(200);

    long second = create("严重故障启动二级响应。");
    act(AUTHOR, second, "submit", etagOf(second)).then().statusCode(200);
    act(REVIEWER, second, "approve", etagOf(second)).then().statusCode(200);
    act(ADMIN, second, "publish", etagOf(second)).then().statusCode(200);

    given()
        .auth()
        .oauth2(Tokens.forUser("plan-driver", "reporter"))
        .get("/api/v1/plan/published")
        .then()
        .statusCode(200)
        .body("summary.id", equalTo((int) second))
        .body("sections.heading", hasItem("应急响应"));
    assertEquals(
        1, db.first("select count(*) from plan_version where status = 'PUBLISHED'").getLong(0));
    given()
        .auth()
        .oauth2(AUTHOR)
        .get("/api/v1/plan/versions/{id}", first)
        .then()
        .body("summary.status", equalTo("SUPERSEDED"));
    assertEquals(
        1,
        db.count("audit_entry where action = 'plan.superseded' and entity_id = '" + first + "'"),
        "the version it replaced is audited too");

    List<Map<String, String>> diff =
        given()
            .auth()
            .oauth2(Tokens.forUser("plan-tech", "tech", "reporter"))
            .queryParam("from", first)
            .get("/api/v1/plan/versions/{id}/diff", second)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("");
    assertTrue(diff.contains(Map.of("change", "REMOVED", "text", "一般故障由技术组处理。")));
    assertTrue(diff.contains(Map.of("change", "ADDED", "text", "严重故障启动二级响应。")));
    assertTrue(diff.contains(Map.of("change", "SAME", "text", "## 总则")));
  }

  @Test
  void onlyDraftsAreEditedAndASentBackVersionIsADraftAgain() {
    long id = create("草稿");
    given()
        .auth()
        .oauth2(AUTHOR)
        .header("If-Match", etagOf(id))
        .contentType(ContentType.JSON)
        .body(draft("快驴应急预案（修订）", "修改后的内容"))
        .put("/api/v1/plan/versions/{id}", id)
        .then()
        .statusCode(200)
        .body("summary.title", equalTo("快驴应急预案（修订）"));
    act(AUTHOR, id, "submit", etagOf(id)).then().statusCode(200);
    given()
        .auth()
        .oauth2(AUTHOR)
        .header("If-Match", etagOf(id))
        .contentType(ContentType.JSON)
        .body(draft("x", "y"))
        .put("/api/v1/plan/versions/{id}", id)
        .then()
        .statusCode(409);
    given()
        .auth()
        .oauth2(REVIEWER)
        .header("If-Match", etagOf(id))
        .contentType(ContentType.JSON)
        .body(Map.of("reason", "请补充联系人"))
        .post("/api/v1/plan/versions/{id}/reject", id)
        .then()
        .statusCode(200)
        .body("summary.status", equalTo("DRAFT"))
        .body("summary.changeSummary", containsString("请补充联系人"));
  }

  @Test
  void badDraftsAreRefusedNamingTheField() {
    long before = db.count("plan_version");
    Map<String, Object> tooFrequent = new java.util.HashMap<>(draft("t", "b"));
    tooFrequent.put("reviewIntervalDays", 7);
    Map<String, Object> noSections = new java.util.HashMap<>(draft("t", "b"));
    noSections.put("sections", List.of());
    for (var entry : Map.of("reviewIntervalDays", tooFrequent, "sections", noSections).entrySet()) {
      given()
          .auth()
          .oauth2(AUTHOR)
          .contentType(ContentType.JSON)
          .body(entry.getValue())
          .post("/api/v1/plan/versions")
          .then()
          .statusCode(400)
          .body("errors.field", hasItem(entry.getKey()));
    }
    given()
        .auth()
        .oauth2(Tokens.forUser("plan-tech", "tech", "reporter"))
        .contentType(ContentType.JSON)
        .body(draft("t", "b"))
        .post("/api/v1/plan/versions")
        .then()
        .statusCode(403);
    given()
        .auth()
        .oauth2(Tokens.forUser("plan-reporter", "reporter"))
        .get("/api/v1/plan/versions")
        .then()
        .statusCode(403);
    assertEquals(before, db.count("plan_version"));
  }

  @Test
  void thePublishedPlanIsDueForReviewOnceItsIntervalHasPassed() {
    long id = create("复审测试");
    act(AUTHOR, id, "submit", etagOf(id)).then().statusCode(200);
    act(REVIEWER, id, "approve", etagOf(id)).then().statusCode(200);
    act(AUTHOR, id, "publish", etagOf(id)).then().statusCode(200);
    String published = etagOf(id);
    assertFalse(OnVertx.await(() -> plans.flagReviewDue(Instant.now().plus(Duration.ofDays(179)))));
    assertTrue(OnVertx.await(() -> plans.flagReviewDue(Instant.now().plus(Duration.ofDays(181)))));
    assertEquals(published, etagOf(id), "a flag set by the system leaves the version alone");
    given()
        .auth()
        .oauth2(AUTHOR)
        .get("/api/v1/plan/published")
        .then()
        .body("summary.reviewDue", equalTo(true));
    assertEquals(
        1,
        db.first(
                "select count(*) from audit_entry where action = 'plan.review-due'"
                    + " and entity_id = '"
                    + id
                    + "'")
            .getLong(0));
  }
}
