package com.kuailv.emergency.escalation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kuailv.emergency.incident.Flow;
import com.kuailv.emergency.notification.LoopbackChat;
import com.kuailv.emergency.testing.Await;
import com.kuailv.emergency.testing.Db;
import com.kuailv.emergency.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A reported incident pages the technical on-duty person in their group's DingTalk chat
 * (an @-mention by phone); nobody acknowledges, so after the step's wait the commander is paged;
 * the commander acknowledges from the link, which acknowledges the incident; paging stops. Time
 * moves by calling the engine with a later instant, not by sleeping.
 */
@QuarkusTest
class EscalationTest {
  static final String ADMIN = Tokens.forUser("esc-admin", "admin", "reporter");
  static final String TECH = Tokens.forUser("esc-tech", "tech", "reporter");
  static final String COMMANDER = Tokens.forUser("esc-commander", "commander", "reporter");

  @Inject EscalationService escalation;
  @Inject Db db;

  final Rosters rosters = new Rosters(ADMIN);

  @org.junit.jupiter.api.AfterEach
  void removeShifts() {
    rosters.close();
  }

  void onDuty(String token, String group, String phone) {
    rosters.onDuty(token, group, phone);
  }

  /**
   * The acknowledge link's token for this incident's page: in a merged message (a robot over its
   * rate) each notice is a line of its own.
   */
  static String token(String markdown, long incident) {
    String text =
        markdown
            .lines()
            .filter(
                line -> line.startsWith("- 故障 #" + incident + " ") && line.contains("/m/pages/"))
            .findFirst()
            .orElse(markdown);
    Matcher m = Pattern.compile("/m/pages/([A-Za-z0-9_-]+)\\)").matcher(text);
    assertTrue(m.find(), "an acknowledge link in " + markdown);
    return m.group(1);
  }

  @Test
  void nobodyAcknowledgesSoTheCommanderIsPagedAndTheirAcknowledgementStopsPaging()
      throws Throwable {
    try (LoopbackChat chat = new LoopbackChat(ADMIN)) {
      chat.dingTalk("技术群", "TECHNICAL");
      chat.dingTalk("指挥中心群", "COMMAND");
      onDuty(TECH, "TECHNICAL", "13800000001");
      onDuty(COMMANDER, "COMMAND", "13900000002");

      // The default policy previews who it would page now.
      given()
          .auth()
          .oauth2(COMMANDER)
          .get("/api/v1/escalation-policies")
          .then()
          .statusCode(200)
          .body("find { it.isDefault }.steps[0].pagedNow", equalTo("Test esc-tech"))
          .body("find { it.isDefault }.steps[1].pagedNow", equalTo("Test esc-commander"));

      long incident = Flow.report("仓储系统出库卡住 #escalation");
      String mark = "故障 #" + incident + " 呼叫接警";

      List<JsonObject> tech = chat.awaitDingTalk("TECHNICAL", mark, 1);
      JsonObject first = tech.get(0);
      assertEquals(
          List.of("13800000001"), first.getJsonObject("at").getJsonArray("atMobiles").getList());
      String text = first.getJsonObject("markdown").getString("text");
      assertTrue(
          text.contains("@13800000001"),
          "DingTalk rings only a phone that is in the text: " + text);
      String techToken = token(text, incident);

      // Nobody acknowledges within the step's 5 minutes: the commander is paged next.
      VertxContextSupport.subscribeAndAwait(
          () -> escalation.fireDue(Instant.now().plus(Duration.ofMinutes(6))));
      JsonObject page = chat.awaitDingTalk("COMMAND", mark, 1).get(0);
      String commanderText = page.getJsonObject("markdown").getString("text");
      assertTrue(commanderText.contains("@13900000002"), commanderText);
      String commanderToken = token(commanderText, incident);

      // The link alone does nothing: without signing in it is refused.
      given().post("/api/v1/pages/{t}/acknowledge", commanderToken).then().statusCode(401);
      // Someone else's page is not theirs to acknowledge.
      given()
          .auth()
          .oauth2(TECH)
          .post("/api/v1/pages/{t}/acknowledge", commanderToken)
          .then()
          .statusCode(403);
      given()
          .auth()
          .oauth2(COMMANDER)
          .get("/api/v1/pages/{t}", commanderToken)
          .then()
          .statusCode(200)
          .body("incidentId", equalTo((int) incident))
          .body("forCaller", equalTo(true))
          .body("status", equalTo("REPORTED"));
      given()
          .auth()
          .oauth2(COMMANDER)
          .post("/api/v1/pages/{t}/acknowledge", commanderToken)
          .then()
          .statusCode(200)
          .body("incidentAcknowledged", equalTo(true))
          .body("status", equalTo("ASSESSING"));
      given()
          .auth()
          .oauth2(COMMANDER)
          .post("/api/v1/pages/{t}/acknowledge", commanderToken)
          .then()
          .statusCode(409);

      // Paging has stopped: even much later, no one else is paged for this incident.
      VertxContextSupport.subscribeAndAwait(
          () -> escalation.fireDue(Instant.now().plus(Duration.ofMinutes(30))));
      VertxContextSupport.subscribeAndAwait(
          () -> escalation.fireDue(Instant.now().plus(Duration.ofMinutes(60))));
      Thread.sleep(1000);
      assertEquals(1, chat.messages("TECHNICAL", mark).size());
      assertEquals(1, chat.messages("COMMAND", mark).size());
      // The tech's link still shows the page, but the incident is already acknowledged.
      given()
          .auth()
          .oauth2(TECH)
          .get("/api/v1/pages/{t}", techToken)
          .then()
          .statusCode(200)
          .body("status", equalTo("ASSESSING"));

      given()
          .auth()
          .oauth2(Flow.COMMANDER)
          .get("/api/v1/incidents/{id}/timeline", incident)
          .then()
          .statusCode(200)
          .body("findAll { it.kind == 'PAGED' }", hasSize(2))
          .body("kind", hasItem("PAGE_ACKNOWLEDGED"))
          .body("kind", hasItem("ACKNOWLEDGED"))
          .body("find { it.kind == 'PAGED' }.message", startsWith("第 1 步：呼叫 "))
          .body("find { it.kind == 'PAGED' }.actor.name", equalTo("升级策略"));
      // The same entries in the reader's language.
      given()
          .auth()
          .oauth2(Flow.COMMANDER)
          .header("Accept-Language", "en")
          .get("/api/v1/incidents/{id}/timeline", incident)
          .then()
          .statusCode(200)
          .body("find { it.kind == 'PAGED' }.message", startsWith("Step 1: paged "))
          .body("find { it.kind == 'PAGED' }.actor.name", equalTo("Escalation policy"))
          .body("find { it.kind == 'PAGE_ACKNOWLEDGED' }.message", endsWith("escalation stopped"));
      assertEquals(
          "ACKNOWLEDGED",
          db.first("select status from escalation where incident_id = " + incident).getString(0));
    }
  }

  @Test
  void pageMessagesStillWaitingWhenTheIncidentIsAcknowledgedAreCancelledNotSent()
      throws InterruptedException {
    // A robot that does not answer (a closed port): its page waits for a retry.
    long channel =
        given()
            .auth()
            .oauth2(ADMIN)
            .contentType(ContentType.JSON)
            .body(
                Map.of(
                    "name", "不通的技术群 #escalation",
                    "kind", "WECOM",
                    "groupCode", "TECHNICAL",
                    "url", "http://127.0.0.1:9/cgi-bin/webhook/send?key=closed"))
            .post("/api/v1/notification-channels")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id");
    try {
      long incident = Flow.report("页面未送达即确认 #escalation");
      String pages =
          "notification_delivery d join notification_outbox o on o.id = d.notification_id"
              + " where o.incident_id = "
              + incident
              + " and o.kind = 'incident.paged' and d.channel_id = "
              + channel;
      assertEquals(1, db.count(pages), "the tech's page waits for the robot");
      Flow.act(Flow.TECH, incident, "acknowledge", null).then().statusCode(200);
      assertEquals(
          1, db.count(pages + " and d.status = 'CANCELLED'"), "acknowledged: it is not sent");
      // A try already under way when it was cancelled does not bring it back: once no worker
      // holds it any more, it is still cancelled.
      Await.until(
          "no worker holding the page",
          () -> db.count(pages + " and d.claimed_until is not null") == 0);
      assertEquals(1, db.count(pages + " and d.status = 'CANCELLED'"), "still cancelled");
    } finally {
      db.execute("update notification_channel set enabled = false where id = " + channel);
    }
  }

  @Test
  void aDriversAcknowledgementStopsPagingButNeverMovesTheIncident() throws Throwable {
    String driver = Tokens.forUser("esc-driver", "business", "logistics", "reporter");
    try (LoopbackChat chat = new LoopbackChat(ADMIN)) {
      chat.dingTalk("物流群", "LOGISTICS");
      onDuty(driver, "LOGISTICS", "13700000003");
      Map<String, Object> policy =
          Map.of(
              "name",
              "物流值班 #escalation",
              "repeatTimes",
              0,
              "steps",
              List.of(Map.of("target", "ON_DUTY", "groupCode", "LOGISTICS", "waitMinutes", 10)));
      given()
          .auth()
          .oauth2(ADMIN)
          .contentType(ContentType.JSON)
          .body(policy)
          .post("/api/v1/escalation-policies")
          .then()
          .statusCode(201)
          .body("steps[0].firesAfterMinutes", equalTo(0));
      long incident = Flow.report("司机无法签收 #escalation");
      // Started by hand with the logistics policy (the default pages tech and the commander).
      long policyId =
          db.first("select max(id) from escalation_policy where name = '物流值班 #escalation'")
              .getLong(0);
      VertxContextSupport.subscribeAndAwait(() -> escalation.start(incident, policyId));
      JsonObject page = chat.awaitDingTalk("LOGISTICS", "故障 #" + incident + " 呼叫接警", 1).get(0);
      String token = token(page.getJsonObject("markdown").getString("text"), incident);
      given()
          .auth()
          .oauth2(driver)
          .post("/api/v1/pages/{t}/acknowledge", token)
          .then()
          .statusCode(200)
          .body("incidentAcknowledged", equalTo(false))
          .body("status", equalTo("REPORTED"));
    }
  }

  @Test
  void thePolicyForAGradeRunsWhenTheResponseIsActivatedAtIt() throws Throwable {
    String driver = Tokens.forUser("esc-activation-driver", "business", "logistics", "reporter");
    try (LoopbackChat chat = new LoopbackChat(ADMIN)) {
      chat.dingTalk("物流群 #activation", "LOGISTICS");
      onDuty(driver, "LOGISTICS", "13700000071");
      Map<String, Object> policy =
          new java.util.HashMap<>(
              Map.of(
                  "name",
                  "重大启动后：物流值班 #activation",
                  "repeatTimes",
                  0,
                  "afterActivation",
                  List.of("MAJOR"),
                  "steps",
                  List.of(
                      Map.of("target", "ON_DUTY", "groupCode", "LOGISTICS", "waitMinutes", 10))));
      var created =
          given()
              .auth()
              .oauth2(ADMIN)
              .contentType(ContentType.JSON)
              .body(policy)
              .post("/api/v1/escalation-policies")
              .then()
              .statusCode(201)
              .body("afterActivation", equalTo(List.of("MAJOR")))
              .extract()
              .jsonPath();
      long id = created.getLong("id");
      try {
        // One policy per grade: a second for MAJOR is refused, naming the grade in words.
        Map<String, Object> second = new java.util.HashMap<>(policy);
        second.put("name", "另一个重大策略 #activation");
        given()
            .auth()
            .oauth2(ADMIN)
            .contentType(ContentType.JSON)
            .body(second)
            .post("/api/v1/escalation-policies")
            .then()
            .statusCode(400)
            .body("errors.field", hasItem("afterActivation"))
            .body("errors[0].message", startsWith("重大级已由策略"));
        // Nor may an older policy (a lower id) take the grade over.
        var fallback =
            given()
                .auth()
                .oauth2(ADMIN)
                .get("/api/v1/escalation-policies")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        long defaultId = fallback.getLong("find { it.isDefault }.id");
        Map<String, Object> claim =
            Map.of(
                "name",
                fallback.getString("find { it.isDefault }.name"),
                "repeatTimes",
                fallback.getInt("find { it.isDefault }.repeatTimes"),
                "afterActivation",
                List.of("MAJOR"),
                "steps",
                List.of(Map.of("target", "COMMANDER", "waitMinutes", 5)));
        given()
            .auth()
            .oauth2(ADMIN)
            .header("If-Match", "\"" + fallback.getLong("find { it.isDefault }.version") + "\"")
            .contentType(ContentType.JSON)
            .body(claim)
            .put("/api/v1/escalation-policies/{id}", defaultId)
            .then()
            .statusCode(400)
            .body("errors.field", hasItem("afterActivation"));

        long incident = Flow.report("全国订单无法提交 #activation");
        Flow.act(Flow.TECH, incident, "acknowledge", null).then().statusCode(200);
        Flow.act(
                Flow.TECH,
                incident,
                "assess",
                Flow.assessment(List.of("ORDERS"), 5000, "2000000.00"))
            .then()
            .statusCode(200);
        Flow.act(Flow.COMMANDER, incident, "grade", Map.of("grade", "MAJOR"))
            .then()
            .statusCode(200);
        Flow.act(Flow.COMMANDER, incident, "activate", Map.of()).then().statusCode(200);
        JsonObject page = chat.awaitDingTalk("LOGISTICS", "故障 #" + incident + " 呼叫接警", 1).get(0);
        assertTrue(
            page.getJsonObject("markdown").getString("text").contains("@13700000071"),
            page.encode());
      } finally {
        policy.put("afterActivation", List.of());
        given()
            .auth()
            .oauth2(ADMIN)
            .header("If-Match", "\"" + created.getLong("version") + "\"")
            .contentType(ContentType.JSON)
            .body(policy)
            .put("/api/v1/escalation-policies/{id}", id)
            .then()
            .statusCode(200);
      }
    }
  }

  @Test
  void badPoliciesAreRefusedNamingTheStepsField() {
    Map<String, Object> noSteps = Map.of("name", "空", "repeatTimes", 0, "steps", List.of());
    Map<String, Object> zeroWait =
        Map.of(
            "name",
            "零等待",
            "repeatTimes",
            0,
            "steps",
            List.of(Map.of("target", "COMMANDER", "waitMinutes", 0)));
    Map<String, Object> dayAndMore =
        Map.of(
            "name",
            "太久",
            "repeatTimes",
            0,
            "steps",
            List.of(Map.of("target", "COMMANDER", "waitMinutes", 1441)));
    Map<String, Object> noGroup =
        Map.of(
            "name",
            "无组",
            "repeatTimes",
            0,
            "steps",
            List.of(Map.of("target", "ON_DUTY", "waitMinutes", 5)));
    Map<String, Object> nobody =
        Map.of(
            "name",
            "查无此人",
            "repeatTimes",
            0,
            "steps",
            List.of(Map.of("target", "PERSON", "personSubject", "nobody", "waitMinutes", 5)));
    for (Map<String, Object> body : List.of(noSteps, zeroWait, dayAndMore, noGroup, nobody)) {
      given()
          .auth()
          .oauth2(ADMIN)
          .contentType(ContentType.JSON)
          .body(body)
          .post("/api/v1/escalation-policies")
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("errors[0].field", org.hamcrest.Matchers.startsWith("steps"));
    }
    given()
        .auth()
        .oauth2(TECH)
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "name",
                "x",
                "repeatTimes",
                0,
                "steps",
                List.of(Map.of("target", "COMMANDER", "waitMinutes", 5))))
        .post("/api/v1/escalation-policies")
        .then()
        .statusCode(403);
    // A step that pages after a grade's acknowledgement target is flagged when saved.
    given()
        .auth()
        .oauth2(ADMIN)
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "name",
                "太慢 #escalation",
                "repeatTimes",
                0,
                "steps",
                List.of(
                    Map.of("target", "ON_DUTY", "groupCode", "TECHNICAL", "waitMinutes", 20),
                    Map.of("target", "COMMANDER", "waitMinutes", 5))))
        .post("/api/v1/escalation-policies")
        .then()
        .statusCode(201)
        .body("steps[1].firesAfterMinutes", equalTo(20))
        .body("warnings[0].step", equalTo(2))
        .body("warnings[0].firesAfterMinutes", equalTo(20))
        .body("warnings[0].ackMinutes", org.hamcrest.Matchers.lessThan(20))
        .body("warnings[0].grade", org.hamcrest.Matchers.notNullValue());
  }
}
