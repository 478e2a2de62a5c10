package com.kuailv.emergency.incident;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kuailv.emergency.testing.Db;
import com.kuailv.emergency.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * For every status and role, {@code allowedActions} says exactly what the call then does: an
 * allowed action succeeds (on a fresh incident in that status), a refused one answers 403 for the
 * role or 409 for the status or a precondition, and the precondition's reason names what is
 * missing.
 */
@QuarkusTest
class AllowedActionsTest {
  static final String ADMIN = Tokens.forUser("admin", "admin", "reporter");
  static final Map<String, String> CALLERS =
      Map.of(
          "commander", Flow.COMMANDER,
          "tech", Flow.TECH,
          "driver", Flow.DRIVER,
          "reporter", Flow.REPORTER,
          "admin", ADMIN);
  static final List<String> STATES =
      List.of(
          "REPORTED", "ASSESSING", "RESPONDING", "VERIFYING", "RESOLVED", "REVIEWED", "CANCELLED");

  @Inject Db db;

  /** A fresh incident in the status, through the API (checks and tasks passed directly). */
  long incidentIn(String status) {
    if (status.equals("CANCELLED")) {
      long id = Flow.report("动作表 取消");
      Flow.act(Flow.COMMANDER, id, "cancel", Map.of("reason", "误报")).then().statusCode(200);
      return id;
    }
    if (status.equals("REPORTED")) {
      return Flow.report("动作表");
    }
    if (status.equals("ASSESSING")) {
      long id = Flow.report("动作表");
      Flow.act(Flow.TECH, id, "acknowledge", null).then().statusCode(200);
      return id;
    }
    long id = Flow.responding("动作表");
    if (status.equals("RESPONDING")) {
      return id;
    }
    Flow.act(Flow.TECH, id, "mitigate", Map.of()).then().statusCode(200);
    if (status.equals("VERIFYING")) {
      return id;
    }
    db.execute("update verification_item set status = 'PASSED' where incident_id = " + id);
    db.execute("update incident_task set status = 'DONE' where incident_id = " + id);
    Flow.act(Flow.COMMANDER, id, "resolve", null).then().statusCode(200);
    if (status.equals("RESOLVED")) {
      return id;
    }
    postmortem(Flow.TECH, id).then().statusCode(200);
    Flow.act(Flow.COMMANDER, id, "review", null).then().statusCode(200);
    return id;
  }

  static Response postmortem(String token, long id) {
    return given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "causeCategory", "RELEASE",
                "causeDescription", "漏掉迁移",
                "wentWell", "手工接单",
                "wentBadly", "告警晚了",
                "lessons", "发布前检查"))
        .put("/api/v1/incidents/{id}/postmortem", id);
  }

  static Response perform(String token, long id, String action) {
    return switch (action) {
      case "postmortem" -> postmortem(token, id);
      case "assess" ->
          Flow.act(token, id, action, Flow.assessment(List.of("ORDERS"), 300, "20000.00"));
      case "grade" -> Flow.act(token, id, action, Map.of("grade", "SERIOUS"));
      case "regrade" -> Flow.act(token, id, action, Map.of("grade", "MAJOR", "reason", "扩大"));
      case "cancel" -> Flow.act(token, id, action, Map.of("reason", "误报"));
      case "activate", "mitigate" -> Flow.act(token, id, action, Map.of());
      default -> Flow.act(token, id, action, null);
    };
  }

  static List<Map<String, Object>> allowedActions(String token, long id, String language) {
    return given()
        .auth()
        .oauth2(token)
        .header("Accept-Language", language)
        .get("/api/v1/incidents/{id}", id)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("allowedActions");
  }

  @Test
  void allowedActionsSayExactlyWhatEachCallerMayDoInEveryStatus() {
    List<String> mismatches = new ArrayList<>();
    for (String status : STATES) {
      long incident = incidentIn(status);
      for (Map.Entry<String, String> caller : CALLERS.entrySet()) {
        for (Map<String, Object> action : allowedActions(caller.getValue(), incident, "zh-CN")) {
          String name = (String) action.get("action");
          String what = status + " / " + caller.getKey() + " / " + name;
          if ((Boolean) action.get("allowed")) {
            int answer = perform(caller.getValue(), incidentIn(status), name).statusCode();
            if (answer >= 300) {
              mismatches.add(what + ": allowed, but the call answered " + answer);
            }
          } else {
            int expected = "ROLE".equals(action.get("refusal")) ? 403 : 409;
            Response refused = perform(caller.getValue(), incident, name);
            if (refused.statusCode() != expected) {
              mismatches.add(
                  what
                      + ": refused as "
                      + action.get("refusal")
                      + ", but answered "
                      + refused.statusCode());
            } else if (expected == 409
                && !action.get("reason").equals(refused.jsonPath().getString("detail"))) {
              mismatches.add(
                  what
                      + ": the view says \""
                      + action.get("reason")
                      + "\", the call says \""
                      + refused.jsonPath().getString("detail")
                      + "\"");
            }
          }
        }
      }
    }
    assertEquals(List.of(), mismatches);
  }

  @Test
  void aCommanderAndADriverSeeDifferentActionsAndARefusedResolveSaysWhichChecks() {
    long incident = incidentIn("VERIFYING");
    Map<String, Map<String, Object>> commander =
        byName(allowedActions(Flow.COMMANDER, incident, "zh-CN"));
    Map<String, Map<String, Object>> driver =
        byName(allowedActions(Flow.DRIVER, incident, "zh-CN"));
    assertEquals(true, commander.get("regrade").get("allowed"));
    assertEquals("ROLE", driver.get("regrade").get("refusal"));
    String who = (String) driver.get("regrade").get("reason");
    assertTrue(who.matches("只有指挥长(、[^、]+)*可以这样做"), who);
    String whoInEnglish =
        (String) byName(allowedActions(Flow.DRIVER, incident, "en")).get("regrade").get("reason");
    assertTrue(
        whoInEnglish.matches("Only the commander( or (the )?[a-z ]+)* may do this"),
        "roles in words, not codes: " + whoInEnglish);
    assertEquals(true, driver.get("assess").get("allowed"), "the business team assesses");
    Map<String, Object> resolve = commander.get("resolve");
    assertEquals(false, resolve.get("allowed"));
    assertEquals("PRECONDITION", resolve.get("refusal"));
    String reason = (String) resolve.get("reason");
    assertTrue(reason.startsWith("还有 ") && reason.contains("项验证未通过"), reason);
    String english =
        (String)
            byName(allowedActions(Flow.COMMANDER, incident, "en")).get("resolve").get("reason");
    assertTrue(english.startsWith("Checks not passed yet ("), english);
    Flow.act(Flow.COMMANDER, incident, "resolve", null)
        .then()
        .statusCode(409)
        .body("detail", org.hamcrest.Matchers.equalTo(reason));
  }

  private static Map<String, Map<String, Object>> byName(List<Map<String, Object>> actions) {
    Map<String, Map<String, Object>> byName = new LinkedHashMap<>();
    actions.forEach(action -> byName.put((String) action.get("action"), action));
    return byName;
  }
}
