package com.kuailv.emergency.incident;

import static com.kuailv.emergency.incident.Flow.COMMANDER;
import static com.kuailv.emergency.incident.Flow.DRIVER;
import static com.kuailv.emergency.incident.Flow.SALES;
import static com.kuailv.emergency.incident.Flow.TECH;
import static com.kuailv.emergency.incident.Flow.WAREHOUSE;
import static com.kuailv.emergency.incident.Flow.act;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kuailv.emergency.testing.Db;
import com.kuailv.emergency.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LifecycleTest {
  @Inject Db db;

  @Test
  void anIncidentRunsFromReportToReview() {
    long id = Flow.report("全链路演练：订单系统宕机");
    act(TECH, id, "acknowledge", null)
        .then()
        .statusCode(200)
        .header("ETag", equalTo("\"1\""))
        .body("status", equalTo("ASSESSING"))
        .body("acknowledgedAt", notNullValue());

    act(TECH, id, "assess", Flow.assessment(List.of("ORDERS", "INVENTORY", "LOGISTICS"), 50, "0"))
        .then()
        .statusCode(200)
        .body("proposedGrade", equalTo("MAJOR"))
        .body("category", equalTo("SYSTEM_CRASH"));
    given()
        .auth()
        .oauth2(SALES)
        .get("/api/v1/incidents/{id}/assessment", id)
        .then()
        .statusCode(200)
        .body("proposedGrade", equalTo("MAJOR"))
        .body("reasons.measure", hasItem("CORE_FLOWS_DOWN"))
        .body("reasons.find { it.measure == 'CORE_FLOWS_DOWN' }.threshold", equalTo(3.0f));

    act(COMMANDER, id, "grade", Map.of("grade", "MAJOR"))
        .then()
        .statusCode(200)
        .body("grade", equalTo("MAJOR"));
    long outboxBefore = db.count("notification_outbox");
    act(COMMANDER, id, "activate", Map.of())
        .then()
        .statusCode(200)
        .body("status", equalTo("RESPONDING"))
        .body("activatedAt", notNullValue());
    assertEquals(
        outboxBefore + 4, db.count("notification_outbox"), "MAJOR mobilizes all four groups");
    given()
        .auth()
        .oauth2(TECH)
        .get("/api/v1/incidents/{id}/roles", id)
        .then()
        .body("role", hasItem("COMMANDER"))
        .body("find { it.role == 'COMMANDER' }.person.name", equalTo("Test commander"));

    var tasks =
        given().auth().oauth2(TECH).get("/api/v1/incidents/{id}/tasks", id).then().statusCode(200);
    tasks.body("title", hasItem(containsString("回滚")));
    List<Map<String, Object>> taskList = tasks.extract().jsonPath().getList("");
    for (Map<String, Object> task : taskList) {
      String token =
          switch ((String) task.get("ownerGroup")) {
            case "TECHNICAL" -> TECH;
            case "SALES" -> SALES;
            default -> COMMANDER;
          };
      given()
          .auth()
          .oauth2(token)
          .post("/api/v1/incidents/{id}/tasks/{task}/complete", id, task.get("id"))
          .then()
          .statusCode(200)
          .body("status", equalTo("DONE"));
    }

    act(COMMANDER, id, "regrade", Map.of("grade", "SERIOUS", "reason", "仓库已恢复，只剩订单受影响"))
        .then()
        .statusCode(200)
        .body("grade", equalTo("SERIOUS"));

    act(
            TECH,
            id,
            "mitigate",
            Map.of("customChecks", List.of(Map.of("label", "冷链温控记录完整", "ownerGroup", "WAREHOUSE"))))
        .then()
        .statusCode(200)
        .body("status", equalTo("VERIFYING"));
    act(COMMANDER, id, "resolve", null)
        .then()
        .statusCode(409)
        .body("detail", containsString("项验证未通过"))
        .body("detail", containsString("冷链温控记录完整"));

    List<Map<String, Object>> checks =
        given()
            .auth()
            .oauth2(TECH)
            .get("/api/v1/incidents/{id}/verification", id)
            .jsonPath()
            .getList("");
    assertEquals(6, checks.size());
    for (Map<String, Object> check : checks) {
      String token =
          switch ((String) check.get("ownerGroup")) {
            case "SALES" -> SALES;
            case "WAREHOUSE" -> WAREHOUSE;
            case "LOGISTICS" -> DRIVER;
            default -> TECH;
          };
      given()
          .auth()
          .oauth2(token)
          .contentType(ContentType.JSON)
          .body(Map.of("result", "PASSED"))
          .post("/api/v1/incidents/{id}/verification/{item}/sign-off", id, check.get("id"))
          .then()
          .statusCode(200)
          .body("status", equalTo("PASSED"));
    }
    act(COMMANDER, id, "resolve", null).then().statusCode(200).body("status", equalTo("RESOLVED"));

    act(COMMANDER, id, "review", null)
        .then()
        .statusCode(409)
        .body("detail", equalTo("先撰写复盘：完成复盘需要复盘报告"));
    given()
        .auth()
        .oauth2(TECH)
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "causeCategory", "RELEASE",
                "causeDescription", "发布脚本漏掉数据库迁移",
                "wentWell", "手工接单 10 分钟内启用",
                "wentBadly", "告警晚了 20 分钟",
                "lessons", "发布前检查迁移"))
        .put("/api/v1/incidents/{id}/postmortem", id)
        .then()
        .statusCode(200)
        .header("ETag", equalTo("\"0\""))
        .body("timeline.kind", hasItem("RESOLVED"));
    Map<String, String> rewrite =
        Map.of(
            "causeCategory", "RELEASE",
            "causeDescription", "补充：迁移脚本未纳入评审",
            "wentWell", "手工接单 10 分钟内启用",
            "wentBadly", "告警晚了 20 分钟",
            "lessons", "发布前检查迁移");
    given()
        .auth()
        .oauth2(TECH)
        .contentType(ContentType.JSON)
        .body(rewrite)
        .put("/api/v1/incidents/{id}/postmortem", id)
        .then()
        .statusCode(428);
    given()
        .auth()
        .oauth2(TECH)
        .header("If-Match", "\"5\"")
        .contentType(ContentType.JSON)
        .body(rewrite)
        .put("/api/v1/incidents/{id}/postmortem", id)
        .then()
        .statusCode(412);
    given()
        .auth()
        .oauth2(TECH)
        .header("If-Match", "\"0\"")
        .contentType(ContentType.JSON)
        .body(rewrite)
        .put("/api/v1/incidents/{id}/postmortem", id)
        .then()
        .statusCode(200)
        .body("causeDescription", containsString("补充"));
    given()
        .auth()
        .oauth2(TECH)
        .contentType(ContentType.JSON)
        .body(Map.of("title", "发布流水线加入迁移检查", "ownerName", "李", "dueDate", "2026-12-31"))
        .post("/api/v1/incidents/{id}/actions", id)
        .then()
        .statusCode(201);
    act(COMMANDER, id, "review", null)
        .then()
        .statusCode(200)
        .body("status", equalTo("REVIEWED"))
        .body("reviewedAt", notNullValue());

    List<String> kinds =
        given()
            .auth()
            .oauth2(TECH)
            .get("/api/v1/incidents/{id}/timeline", id)
            .jsonPath()
            .getList("kind");
    for (String kind :
        List.of(
            "REPORTED",
            "ACKNOWLEDGED",
            "ASSESSED",
            "GRADED",
            "ACTIVATED",
            "TASK_COMPLETED",
            "REGRADED",
            "MITIGATED",
            "VERIFICATION_SIGNED",
            "RESOLVED",
            "POSTMORTEM_WRITTEN",
            "ACTION_FILED",
            "REVIEWED")) {
      assertTrue(kinds.contains(kind), "timeline lacks " + kind + ": " + kinds);
    }
  }

  @Test
  void illegalTransitionsAreConflictsThatNameThePrecondition() {
    long id = Flow.report("非法流转");
    act(COMMANDER, id, "activate", Map.of())
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("detail", equalTo("故障处于「已上报」，现在不能这样做"));
    given()
        .auth()
        .oauth2(COMMANDER)
        .header("Accept-Language", "en-US,en;q=0.9,zh;q=0.5")
        .header("If-Match", "\"" + Flow.version(id) + "\"")
        .contentType("application/json")
        .body(Map.of())
        .post("/api/v1/incidents/{id}/activate", id)
        .then()
        .statusCode(409)
        .body("detail", equalTo("Not while the incident is reported"));
    act(TECH, id, "acknowledge", null).then().statusCode(200);
    act(COMMANDER, id, "grade", Map.of("grade", "GENERAL"))
        .then()
        .statusCode(409)
        .body("detail", equalTo("先提交评估：定级助手根据评估给出建议等级"));
    act(TECH, id, "assess", Flow.assessment(List.of(), 0, "0"))
        .then()
        .statusCode(200)
        .body("proposedGrade", equalTo("SERIOUS"));
    act(COMMANDER, id, "activate", Map.of())
        .then()
        .statusCode(409)
        .body("detail", equalTo("先确认等级：启动响应按等级进行"));
    act(COMMANDER, id, "grade", Map.of("grade", "MAJOR"))
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("reason"));
    act(COMMANDER, id, "resolve", null).then().statusCode(409);
    assertEquals(
        "ASSESSING",
        given()
            .auth()
            .oauth2(TECH)
            .get("/api/v1/incidents/{id}", id)
            .jsonPath()
            .getString("status"));
  }

  @Test
  void resolvingNeedsEveryCriticalTaskDone() {
    long id = Flow.responding("关键任务未完成");
    act(TECH, id, "mitigate", null).then().statusCode(200);
    List<Map<String, Object>> checks =
        given()
            .auth()
            .oauth2(TECH)
            .get("/api/v1/incidents/{id}/verification", id)
            .jsonPath()
            .getList("");
    for (Map<String, Object> check : checks) {
      db.execute("update verification_item set status = 'PASSED' where id = " + check.get("id"));
    }
    act(COMMANDER, id, "resolve", null)
        .then()
        .statusCode(409)
        .body("detail", matchesPattern("还有 [1-9][0-9]* 个关键任务未完成"));
  }

  @Test
  void cancelNeedsAReasonAndEndsTheIncident() {
    long id = Flow.report("误报");
    act(COMMANDER, id, "cancel", Map.of("reason", " "))
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("reason"));
    act(COMMANDER, id, "cancel", Map.of("reason", "监控误报，系统正常"))
        .then()
        .statusCode(200)
        .body("status", equalTo("CANCELLED"))
        .body("cancelReason", equalTo("监控误报，系统正常"));
    act(COMMANDER, id, "cancel", Map.of("reason", "再取消一次")).then().statusCode(409);
  }

  @Test
  void writesNeedTheCurrentVersion() {
    long id = Flow.report("版本校验");
    given()
        .auth()
        .oauth2(TECH)
        .post("/api/v1/incidents/{id}/acknowledge", id)
        .then()
        .statusCode(428);
    given()
        .auth()
        .oauth2(TECH)
        .header("If-Match", "\"7\"")
        .post("/api/v1/incidents/{id}/acknowledge", id)
        .then()
        .statusCode(412)
        .contentType("application/problem+json")
        .body("detail", containsString("你提交的是第 7 版"))
        .body("detail", containsString("请刷新后再试"));
    given()
        .auth()
        .oauth2(TECH)
        .header("If-Match", "\"7\"")
        .header("Accept-Language", "en")
        .post("/api/v1/incidents/{id}/acknowledge", id)
        .then()
        .statusCode(412)
        .body("detail", containsString("you sent version 7"))
        .body("detail", containsString("reload"));
    given()
        .auth()
        .oauth2(TECH)
        .header("If-Match", "abc")
        .post("/api/v1/incidents/{id}/acknowledge", id)
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("If-Match"));
    assertEquals(
        "REPORTED",
        given()
            .auth()
            .oauth2(TECH)
            .get("/api/v1/incidents/{id}", id)
            .jsonPath()
            .getString("status"));
  }

  @Test
  void signOffByAnotherGroupIsRefused() {
    long id = Flow.responding("验证分组");
    act(TECH, id, "mitigate", null).then().statusCode(200);
    Object ordersCheck =
        given()
            .auth()
            .oauth2(TECH)
            .get("/api/v1/incidents/{id}/verification", id)
            .jsonPath()
            .getList("findAll { it.area == 'ORDERS' }.id")
            .get(0);
    given()
        .auth()
        .oauth2(WAREHOUSE)
        .contentType(ContentType.JSON)
        .body(Map.of("result", "PASSED"))
        .post("/api/v1/incidents/{id}/verification/{item}/sign-off", id, ordersCheck)
        .then()
        .statusCode(403)
        .body("detail", equalTo("这项验证由销售与客服组签核"));
    given()
        .auth()
        .oauth2(WAREHOUSE)
        .header("Accept-Language", "en")
        .contentType(ContentType.JSON)
        .body(Map.of("result", "PASSED"))
        .post("/api/v1/incidents/{id}/verification/{item}/sign-off", id, ordersCheck)
        .then()
        .statusCode(403)
        .body("detail", equalTo("Only Sales and customer service signs this check off."));
    given()
        .auth()
        .oauth2(SALES)
        .contentType(ContentType.JSON)
        .body(Map.of("result", "MAYBE"))
        .post("/api/v1/incidents/{id}/verification/{item}/sign-off", id, ordersCheck)
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("result"));
    given()
        .auth()
        .oauth2(TECH)
        .get("/api/v1/incidents/{id}/verification", id)
        .then()
        .body("find { it.area == 'ORDERS' }.status", equalTo("PENDING"));
  }

  @Test
  void aTaskCanOnlyBeAssignedToAMemberOfItsGroup() {
    long id = Flow.responding("任务指派");
    Map<String, Object> person = Map.of("subject", Tokens.subjectOf("tech"), "name", "李");
    Map<String, Object> task =
        Map.of(
            "title", "回滚订单服务",
            "kind", "TECHNICAL",
            "action", "ROLLBACK",
            "ownerGroup", "TECHNICAL",
            "owner", Map.of("subject", "sub-nobody", "name", "无名"),
            "dueAt", "2030-01-01T00:00:00Z");
    long before = db.count("incident_task");
    given()
        .auth()
        .oauth2(TECH)
        .contentType(ContentType.JSON)
        .body(task)
        .post("/api/v1/incidents/{id}/tasks", id)
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("owner"));
    assertEquals(before, db.count("incident_task"));

    given().auth().oauth2(TECH).get("/api/v1/me").then().statusCode(200);
    var assigned = new java.util.HashMap<>(task);
    assigned.put("owner", person);
    given()
        .auth()
        .oauth2(TECH)
        .contentType(ContentType.JSON)
        .body(assigned)
        .post("/api/v1/incidents/{id}/tasks", id)
        .then()
        .statusCode(201)
        .body("owner.subject", equalTo(Tokens.subjectOf("tech")));
    assigned.put("ownerGroup", "SALES");
    given()
        .auth()
        .oauth2(TECH)
        .contentType(ContentType.JSON)
        .body(assigned)
        .post("/api/v1/incidents/{id}/tasks", id)
        .then()
        .statusCode(400)
        // The group in words, not its code.
        .body("errors[0].message", equalTo("不是销售与客服组的成员"));
  }

  @Test
  void activationAssignsIncidentRolesOnlyToMembersWhoHoldTheRole() {
    long id = Flow.report("角色指派");
    act(TECH, id, "acknowledge", null).then().statusCode(200);
    act(TECH, id, "assess", Flow.assessment(List.of("ORDERS"), 10, "0")).then().statusCode(200);
    act(COMMANDER, id, "grade", Map.of("grade", "SERIOUS")).then().statusCode(200);
    given().auth().oauth2(TECH).get("/api/v1/me").then().statusCode(200);
    given().auth().oauth2(SALES).get("/api/v1/me").then().statusCode(200);
    act(
            COMMANDER,
            id,
            "activate",
            Map.of(
                "roles",
                Map.of("TECH_LEAD", Map.of("subject", Tokens.subjectOf("sales"), "name", "周"))))
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("roles.TECH_LEAD"));
    assertEquals(
        "ASSESSING",
        given()
            .auth()
            .oauth2(TECH)
            .get("/api/v1/incidents/{id}", id)
            .jsonPath()
            .getString("status"));
    act(
            COMMANDER,
            id,
            "activate",
            Map.of(
                "roles",
                Map.of(
                    "TECH_LEAD", Map.of("subject", Tokens.subjectOf("tech"), "name", "whatever"),
                    "BUSINESS_LEAD",
                        Map.of("subject", Tokens.subjectOf("sales"), "name", "whatever"))))
        .then()
        .statusCode(200);
    given()
        .auth()
        .oauth2(TECH)
        .get("/api/v1/incidents/{id}/roles", id)
        .then()
        .body("find { it.role == 'TECH_LEAD' }.person.name", equalTo("Test tech"))
        .body("find { it.role == 'BUSINESS_LEAD' }.person.name", equalTo("Test sales"))
        .body(
            "find { it.role == 'COMMANDER' }.person.subject",
            equalTo(Tokens.subjectOf("commander")));
    given()
        .auth()
        .oauth2(COMMANDER)
        .queryParam("role", "tech")
        .get("/api/v1/org/members")
        .then()
        .statusCode(200)
        .body("subject", hasItem(Tokens.subjectOf("tech")));
  }

  @Test
  void tasksAreMovedOnlyByTheirGroupAndOnlyWhileActive() {
    long id = Flow.responding("任务权限");
    Object techTask =
        given()
            .auth()
            .oauth2(TECH)
            .get("/api/v1/incidents/{id}/tasks", id)
            .jsonPath()
            .getList("findAll { it.ownerGroup == 'TECHNICAL' }.id")
            .get(0);
    given()
        .auth()
        .oauth2(WAREHOUSE)
        .post("/api/v1/incidents/{id}/tasks/{task}/start", id, techTask)
        .then()
        .statusCode(403)
        .body("detail", containsString("这个任务属于技术应急小组"));
    given()
        .auth()
        .oauth2(WAREHOUSE)
        .header("Accept-Language", "en")
        .post("/api/v1/incidents/{id}/tasks/{task}/start", id, techTask)
        .then()
        .statusCode(403)
        .body("detail", equalTo("This task is Technical team's; ask them or the commander."));
    act(COMMANDER, id, "cancel", Map.of("reason", "演练结束")).then().statusCode(200);
    given()
        .auth()
        .oauth2(TECH)
        .post("/api/v1/incidents/{id}/tasks/{task}/complete", id, techTask)
        .then()
        .statusCode(409)
        .body("detail", equalTo("故障已「已取消」，不能再更改任务"));
  }

  @Test
  void notesAreLimitedAndTasksShowWhenOverdue() {
    long id = Flow.responding("备注与任务");
    given()
        .auth()
        .oauth2(DRIVER)
        .contentType(ContentType.JSON)
        .body(Map.of("text", "x".repeat(10_001)))
        .post("/api/v1/incidents/{id}/notes", id)
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("text"));
    given()
        .auth()
        .oauth2(DRIVER)
        .contentType(ContentType.JSON)
        .body(Map.of("text", "3 号线路司机已改用电话确认"))
        .post("/api/v1/incidents/{id}/notes", id)
        .then()
        .statusCode(201)
        .body("kind", equalTo("NOTE"));
    given()
        .auth()
        .oauth2(TECH)
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "title", "核对昨晚批次",
                "kind", "TECHNICAL",
                "action", "DATA_RESTORE",
                "ownerGroup", "TECHNICAL",
                "critical", false,
                "dueAt", "2020-01-01T00:00:00+08:00"))
        .post("/api/v1/incidents/{id}/tasks", id)
        .then()
        .statusCode(201)
        .body("overdue", is(true));
    given()
        .auth()
        .oauth2(TECH)
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "title",
                "x",
                "kind",
                "MAGIC",
                "action",
                "OTHER",
                "ownerGroup",
                "TECHNICAL",
                "dueAt",
                "2030-01-01T00:00:00Z"))
        .post("/api/v1/incidents/{id}/tasks", id)
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("kind"));
    given()
        .auth()
        .oauth2(TECH)
        .get("/api/v1/incidents/{id}/tasks", id)
        .then()
        .body("findAll { it.overdue }", hasSize(1));
  }
}
