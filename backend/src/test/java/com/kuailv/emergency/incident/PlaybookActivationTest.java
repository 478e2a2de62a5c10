package com.kuailv.emergency.incident;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PlaybookActivationTest {
  @Test
  void activationTurnsTheStepsOfTheCategorysArticlesIntoTasks() {
    given()
        .auth()
        .oauth2(Flow.TECH)
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "kind",
                "RUNBOOK",
                "title",
                "数据丢失恢复",
                "incidentCategories",
                List.of("DATA_LOSS"),
                "steps",
                List.of(
                    Map.of("title", "停止写入", "detail", "冻结相关服务的写入"),
                    Map.of("title", "从备份恢复", "detail", "用最近一次校验过的备份"))))
        .post("/api/v1/knowledge/articles")
        .then()
        .statusCode(201);

    long id = Flow.report("数据丢失演练");
    Flow.act(Flow.TECH, id, "acknowledge", null).then().statusCode(200);
    Map<String, Object> assessment =
        new HashMap<>(Flow.assessment(List.of("ORDERS"), 300, "20000.00"));
    assessment.put("category", "DATA_LOSS");
    Flow.act(Flow.TECH, id, "assess", assessment).then().statusCode(200);
    Flow.act(Flow.COMMANDER, id, "grade", Map.of("grade", "SERIOUS")).then().statusCode(200);
    Flow.act(Flow.COMMANDER, id, "activate", Map.of()).then().statusCode(200);

    given()
        .auth()
        .oauth2(Flow.TECH)
        .get("/api/v1/incidents/{id}/tasks", id)
        .then()
        .statusCode(200)
        .body("title", hasItems("数据丢失恢复：停止写入", "数据丢失恢复：从备份恢复"))
        .body("ownerGroup", hasItem("TECHNICAL"))
        .body("ownerGroup", not(hasItem("BUSINESS")));
  }
}
