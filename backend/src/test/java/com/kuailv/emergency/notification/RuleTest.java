package com.kuailv.emergency.notification;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.kuailv.emergency.incident.Flow;
import com.kuailv.emergency.testing.Db;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Notification rules: seeded from the plan and the response matrix, read by the commander, changed
 * by an admin one event at a time; a changed rule is what the next event follows.
 */
@QuarkusTest
class RuleTest {
  @Inject Db db;

  static io.restassured.response.ValidatableResponse put(
      String token, String event, long version, Object groups) {
    return given()
        .auth()
        .oauth2(token)
        .header("If-Match", "\"" + version + "\"")
        .contentType(ContentType.JSON)
        .body(Map.of("groups", groups))
        .put("/api/v1/notification-rules/{e}", event)
        .then();
  }

  @Test
  void theDefaultsFollowThePlanAndTheResponseMatrix() {
    List<String> major =
        Arrays.asList(
            (String[])
                db.first("select mobilized_groups from response_matrix where grade = 'MAJOR'")
                    .getArrayOfStrings(0));
    given()
        .auth()
        .oauth2(Flow.COMMANDER)
        .get("/api/v1/notification-rules")
        .then()
        .statusCode(200)
        .body(
            "event",
            equalTo(
                List.of(
                    "reported",
                    "acknowledged",
                    "graded",
                    "activated",
                    "regraded",
                    "status-update",
                    "resolved",
                    "reviewed",
                    "task-overdue")))
        .body(
            "find { it.event == 'reported' }.groups.UNGRADED",
            equalTo(List.of("COMMAND", "TECHNICAL")))
        .body("find { it.event == 'activated' }.groups.MAJOR", equalTo(major));
    given().auth().oauth2(Flow.TECH).get("/api/v1/notification-rules").then().statusCode(403);
  }

  @Test
  void anAdminsChangeIsWhatTheNextEventFollows() {
    long version =
        db.first("select version from notification_rule where event = 'acknowledged'").getLong(0);
    Map<String, List<String>> before =
        Map.of(
            "UNGRADED",
            List.of("COMMAND"),
            "GENERAL",
            List.of("COMMAND"),
            "SERIOUS",
            List.of("COMMAND"),
            "MAJOR",
            List.of("COMMAND"));
    put(DeliveryTest.ADMIN, "acknowledged", version, Map.of("UNGRADED", List.of("COMMAND", "NOPE")))
        .statusCode(400)
        .body("errors.field", hasItem("groups.UNGRADED[1]"));
    put(Flow.COMMANDER, "acknowledged", version, before).statusCode(403);
    put(DeliveryTest.ADMIN, "no-such-event", 0, before).statusCode(404);
    long changed =
        put(
                DeliveryTest.ADMIN,
                "acknowledged",
                version,
                Map.of("UNGRADED", List.of("COMMAND", "LOGISTICS", "LOGISTICS")))
            .statusCode(200)
            .body("groups.UNGRADED", equalTo(List.of("COMMAND", "LOGISTICS")))
            .body("groups.MAJOR", equalTo(List.of()))
            .extract()
            .jsonPath()
            .getLong("version");
    put(DeliveryTest.ADMIN, "acknowledged", version, before).statusCode(412);
    try {
      long incident = Flow.report("规则测试 #rules");
      Flow.act(Flow.TECH, incident, "acknowledge", null).then().statusCode(200);
      String[] told =
          db.first(
                  "select array_agg(target_group order by target_group) from notification_outbox"
                      + " where incident_id = "
                      + incident
                      + " and kind = 'incident.acknowledged'")
              .getArrayOfStrings(0);
      assertEquals(List.of("COMMAND", "LOGISTICS"), Arrays.asList(told));
    } finally {
      put(DeliveryTest.ADMIN, "acknowledged", changed, before).statusCode(200);
    }
  }

  @Test
  void anEventsOwnHeadlineIsCheckedThenCarriedToItsMessages() {
    long version =
        db.first("select version from notification_rule where event = 'acknowledged'").getLong(0);
    Map<String, List<String>> groups = Map.of("UNGRADED", List.of("COMMAND"));
    for (String wrong : List.of("#{{id}} {{phone}}", "#{{id}} {{title}")) {
      headline("zh-CN", version, Map.of("groups", groups, "headline", wrong))
          .statusCode(400)
          .contentType("application/problem+json")
          .body("errors[0].field", equalTo("headline"));
    }
    headline("en", version, Map.of("groups", groups, "headline", "{{phone}}"))
        .statusCode(400)
        .body(
            "errors[0].message", org.hamcrest.Matchers.containsString("has no variable {{phone}}"));
    for (Map.Entry<String, String> wrong :
        Map.of(
                "#{{id}} {{title}",
                "有不成对的花括号：变量写作 {{variable}}",
                "[确认接警](http://x) #{{id}}",
                "不能含有 [ ] < > ` 或换行（它们会在群消息里变成链接或标签）")
            .entrySet()) {
      headline("zh-CN", version, Map.of("groups", groups, "headline", wrong.getKey()))
          .statusCode(400)
          .body("errors[0].field", equalTo("headline"))
          .body("errors[0].message", equalTo(wrong.getValue()));
    }
    assertEquals(
        version,
        db.first("select version from notification_rule where event = 'acknowledged'").getLong(0),
        "a refused headline changes nothing");

    long changed =
        headline(
                "zh-CN",
                version,
                Map.of("groups", groups, "headline", " {{event}}：#{{id}} {{title}} "))
            .statusCode(200)
            .body("headline", equalTo("{{event}}：#{{id}} {{title}}"))
            .extract()
            .jsonPath()
            .getLong("version");
    try {
      long incident = Flow.report("自定义标题 #headline");
      Flow.act(Flow.TECH, incident, "acknowledge", null).then().statusCode(200);
      String payload =
          db.first(
                  "select payload::text from notification_outbox where incident_id = "
                      + incident
                      + " and kind = 'incident.acknowledged'")
              .getString(0);
      assertEquals(
          "{{event}}：#{{id}} {{title}}",
          new io.vertx.core.json.JsonObject(payload).getString("headline"));
    } finally {
      Map<String, List<String>> defaults =
          Map.of(
              "UNGRADED", List.of("COMMAND"),
              "GENERAL", List.of("COMMAND"),
              "SERIOUS", List.of("COMMAND"),
              "MAJOR", List.of("COMMAND"));
      headline("zh-CN", changed, Map.of("groups", defaults))
          .statusCode(200)
          .body("headline", org.hamcrest.Matchers.nullValue());
    }
  }

  /** The admin's PUT of the acknowledged event's rule with this body, in this language. */
  private static io.restassured.response.ValidatableResponse headline(
      String language, long version, Map<String, ?> body) {
    return given()
        .auth()
        .oauth2(DeliveryTest.ADMIN)
        .header("Accept-Language", language)
        .header("If-Match", "\"" + version + "\"")
        .contentType(ContentType.JSON)
        .body(body)
        .put("/api/v1/notification-rules/{e}", "acknowledged")
        .then();
  }
}
