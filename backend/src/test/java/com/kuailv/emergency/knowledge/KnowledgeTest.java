package com.kuailv.emergency.knowledge;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kuailv.emergency.testing.Db;
import com.kuailv.emergency.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class KnowledgeTest {
  static final String TECH = Tokens.forUser("kb-tech", "tech", "reporter");
  static final String WAREHOUSE = Tokens.forUser("kb-wh", "business", "warehouse", "reporter");

  @Inject Db db;

  static Map<String, Object> article(
      String title, String summary, List<Map<String, String>> steps) {
    Map<String, Object> body = new HashMap<>();
    body.put("kind", "FALLBACK");
    body.put("title", title);
    body.put("summary", summary);
    body.put("riskSubTypes", List.of("INVENTORY_DISORDER"));
    body.put("incidentCategories", List.of("INVENTORY_DISORDER"));
    body.put("steps", steps);
    return body;
  }

  static Map<String, String> step(String title, String detail) {
    return Map.of("title", title, "detail", detail);
  }

  static ValidatableResponse create(String token, Map<String, Object> body) {
    return given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/v1/knowledge/articles")
        .then();
  }

  List<String> titlesFor(String q) {
    return given()
        .auth()
        .oauth2(Tokens.forUser("kb-reader", "reporter"))
        .queryParam("q", q)
        .get("/api/v1/knowledge/articles")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("title");
  }

  @Test
  void chineseSearchFindsSubstringsAndEveryWordOfTheQuery() {
    create(
            WAREHOUSE,
            article(
                "库存系统停摆时的纸质盘点预案",
                "仓储系统不可用时，仓库改用纸质单据记录出入库。",
                List.of(step("打印盘点表", "按库位打印空白盘点表"), step("人工录入", "恢复后由专人补录"))))
        .statusCode(201);
    create(TECH, article("订单系统宕机手工下单流程", "客服通过电话和表格接收订单。", List.of(step("启用手工订单表", "使用共享表格登记订单"))))
        .statusCode(201);

    assertTrue(titlesFor("盘点").contains("库存系统停摆时的纸质盘点预案"), "a substring");
    assertTrue(titlesFor("纸质 补录").contains("库存系统停摆时的纸质盘点预案"), "two words");
    assertTrue(titlesFor("订单 表格").contains("订单系统宕机手工下单流程"));
    assertTrue(!titlesFor("订单 盘点").contains("订单系统宕机手工下单流程"), "every word");
    assertEquals(List.of(), titlesFor("不存在的词语"));
    assertTrue(titlesFor("100%").isEmpty(), "LIKE wildcards are taken literally");
  }

  @Test
  void everyEditIsANewVersionWithADiffAndAnAuditEntry() {
    long id =
        create(
                TECH,
                article("网络中断排查", "先确认影响范围。", List.of(step("检查专线", "查看专线监控"), step("切换备用线路", ""))))
            .statusCode(201)
            .header("ETag", "\"1\"")
            .extract()
            .jsonPath()
            .getLong("id");
    Map<String, Object> edited =
        article("网络中断排查", "先确认影响范围。", List.of(step("检查专线", "查看专线监控"), step("联系运营商", "报障并记录工单号")));
    given()
        .auth()
        .oauth2(TECH)
        .contentType(ContentType.JSON)
        .body(edited)
        .put("/api/v1/knowledge/articles/" + id)
        .then()
        .statusCode(428);
    given()
        .auth()
        .oauth2(TECH)
        .header("If-Match", "\"1\"")
        .contentType(ContentType.JSON)
        .body(edited)
        .put("/api/v1/knowledge/articles/" + id)
        .then()
        .statusCode(200)
        .header("ETag", "\"2\"");
    given()
        .auth()
        .oauth2(TECH)
        .header("If-Match", "\"1\"")
        .contentType(ContentType.JSON)
        .body(edited)
        .put("/api/v1/knowledge/articles/" + id)
        .then()
        .statusCode(412);

    given()
        .auth()
        .oauth2(WAREHOUSE)
        .get("/api/v1/knowledge/articles/" + id + "/versions")
        .then()
        .statusCode(200)
        .body("version", equalTo(List.of(2, 1)));
    given()
        .auth()
        .oauth2(WAREHOUSE)
        .get("/api/v1/knowledge/articles/" + id + "/versions/1")
        .then()
        .body("steps.title", hasItem("切换备用线路"));
    ValidatableResponse diff =
        given()
            .auth()
            .oauth2(WAREHOUSE)
            .queryParam("from", 1)
            .queryParam("to", 2)
            .get("/api/v1/knowledge/articles/" + id + "/diff")
            .then()
            .statusCode(200);
    List<Map<String, String>> lines = diff.extract().jsonPath().getList("");
    assertTrue(lines.contains(Map.of("change", "REMOVED", "text", "2. 切换备用线路")));
    assertTrue(lines.contains(Map.of("change", "ADDED", "text", "2. 联系运营商")));
    assertTrue(lines.contains(Map.of("change", "SAME", "text", "1. 检查专线")));
    given()
        .auth()
        .oauth2(WAREHOUSE)
        .queryParam("to", 2)
        .get("/api/v1/knowledge/articles/" + id + "/diff")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("from"));

    assertEquals(
        2,
        db.first(
                "select count(*) from audit_entry where entity_type = 'article' and entity_id = '"
                    + id
                    + "'")
            .getLong(0));
  }

  @Test
  void badArticlesAreRefusedNamingTheFieldAndNothingIsStored() {
    long before = db.count("article");
    Map<String, Object> noSteps = article("标题", "", List.of());
    Map<String, Object> badCategory = article("标题", "", List.of(step("a", "")));
    badCategory.put("incidentCategories", List.of("NOT_A_CATEGORY"));
    Map<String, Object> badSubType = article("标题", "", List.of(step("a", "")));
    badSubType.put("riskSubTypes", List.of("FLOOD"));
    Map<String, Object> blankStep = article("标题", "", List.of(step("", "x")));
    create(TECH, noSteps).statusCode(400).body("errors.field", hasItem("steps"));
    create(TECH, badCategory)
        .statusCode(400)
        .body("errors.field", hasItem("incidentCategories[0]"));
    create(TECH, badSubType).statusCode(400).body("errors.field", hasItem("riskSubTypes[0]"));
    create(TECH, blankStep).statusCode(400).body("errors.field", hasItem("steps[0].title"));
    assertEquals(before, db.count("article"));
  }

  @Test
  void staffReadTheTeamsWriteOthersAreRefused() {
    Map<String, Object> body = article("权限", "", List.of(step("a", "")));
    create(Tokens.forUser("kb-reporter", "reporter"), body).statusCode(403);
    create(Tokens.forUser("kb-comms", "comms", "reporter"), body).statusCode(403);
    create(Tokens.forUser("kb-sys", "integration"), body).statusCode(403);
    create(Tokens.forUser("kb-biz", "business", "reporter"), body).statusCode(201);
    given()
        .auth()
        .oauth2(Tokens.forUser("kb-sys", "integration"))
        .get("/api/v1/knowledge/articles")
        .then()
        .statusCode(403);
    given().get("/api/v1/knowledge/articles").then().statusCode(401);
    given().auth().oauth2(TECH).get("/api/v1/knowledge/articles/987654").then().statusCode(404);
  }

  @Test
  void articlesAreFoundByIncidentCategory() {
    Map<String, Object> body = article("配送延误应对", "", List.of(step("通知客户", ""), step("调整路线", "")));
    body.put("kind", "RUNBOOK");
    body.put("incidentCategories", List.of("NETWORK_FAILURE"));
    create(TECH, body).statusCode(201);
    given()
        .auth()
        .oauth2(TECH)
        .queryParam("category", "NETWORK_FAILURE")
        .get("/api/v1/knowledge/articles")
        .then()
        .body("title", hasItem("配送延误应对"))
        .body("title", not(hasItem("权限")));
  }
}
