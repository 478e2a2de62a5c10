package com.kuailv.emergency.incident;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kuailv.emergency.notification.LoopbackChat;
import com.kuailv.emergency.testing.Await;
import com.kuailv.emergency.testing.Db;
import com.kuailv.emergency.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Structured status updates from the war room: kept, on the timeline, sent to the groups with their
 * parts and the next update time in Beijing time; bad ones refused naming the field; only the
 * commander, tech and communications post them, and only while the incident is active.
 */
@QuarkusTest
class StatusUpdateTest {
  static final String ADMIN = Tokens.forUser("status-admin", "admin", "reporter");
  static final String COMMS = Tokens.forUser("status-comms", "comms", "reporter");

  @Inject Db db;

  static Map<String, Object> update(String state) {
    Map<String, Object> body = new HashMap<>();
    body.put("currentState", state);
    body.put("impact", "华东仓约 300 单延迟出库");
    body.put("nextSteps", "回滚订单服务到 2.3.1，仓库改用纸质拣货单");
    return body;
  }

  static io.restassured.response.ValidatableResponse post(
      String token, long incident, Map<String, Object> body) {
    return given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/v1/incidents/{id}/status-updates", incident)
        .then();
  }

  @Test
  void anUpdateIsKeptOnTheTimelineAndReachesTheCommunicationsChat() throws Exception {
    try (LoopbackChat chat = new LoopbackChat(ADMIN)) {
      chat.dingTalk("沟通协调群 #status", "COMMUNICATIONS");
      chat.dingTalk("全部小组 #status", null);
      long incident = Flow.responding("订单服务超时 #status");
      Instant before = Instant.now();
      post(COMMS, incident, update("已定位到订单服务连接池耗尽"))
          .statusCode(201)
          .body("author.name", equalTo("Test status-comms"));
      // Without a time named, the next update is due one SERIOUS cadence from now.
      int cadence =
          db.first("select update_minutes from response_matrix where grade = 'SERIOUS'")
              .getInteger(0);
      Instant due =
          Instant.parse(
              given()
                  .auth()
                  .oauth2(Flow.COMMANDER)
                  .get("/api/v1/incidents/{id}/status-updates", incident)
                  .then()
                  .statusCode(200)
                  .body("[0].currentState", equalTo("已定位到订单服务连接池耗尽"))
                  .extract()
                  .path("[0].nextUpdateAt"));
      assertTrue(
          !due.isBefore(before.plus(Duration.ofMinutes(cadence)))
              && due.isBefore(Instant.now().plus(Duration.ofMinutes(cadence))),
          "due " + due);
      given()
          .auth()
          .oauth2(Flow.COMMANDER)
          .get("/api/v1/incidents/{id}/timeline", incident)
          .then()
          .body("find { it.kind == 'STATUS_UPDATE' }.message", equalTo("已定位到订单服务连接池耗尽"));

      JsonObject message =
          chat.awaitDingTalk("COMMUNICATIONS", "故障 #" + incident + " 进展通报", 1).get(0);
      String text = message.getJsonObject("markdown").getString("text");
      assertTrue(text.contains("**当前进展**：已定位到订单服务连接池耗尽"), text);
      assertTrue(text.contains("**影响**：华东仓约 300 单延迟出库"), text);
      assertTrue(text.contains("**下次更新**：") && text.contains("（北京时间）"), text);

      // A second update is news for a robot of every group too: once per update, not per group.
      Map<String, Object> second = update("订单服务已回滚，正在验证");
      second.put("nextUpdateInMinutes", 15);
      Instant posted = Instant.now();
      String next =
          post(Flow.COMMANDER, incident, second).statusCode(201).extract().path("nextUpdateAt");
      assertTrue(
          Duration.between(posted, Instant.parse(next)).toMinutes() == 15
              || Duration.between(posted, Instant.parse(next)).toMinutes() == 14,
          "15 minutes from when it was stored: " + next);
      String any = "故障 #" + incident + " 进展通报";
      chat.awaitDingTalk("null", any, 2);
      // Nothing more can arrive once no delivery of the updates is still waiting to be sent.
      Await.until(
          "every delivery of the updates settled",
          () ->
              db.first(
                          "select count(*) from notification_delivery d join notification_outbox o"
                              + " on o.id = d.notification_id where o.incident_id = "
                              + incident
                              + " and o.kind = 'incident.status-update' and d.status = 'PENDING'")
                      .getLong(0)
                  == 0);
      assertEquals(
          2, chat.messages("null", any).size(), "each update once at the all-groups robot");
    }
  }

  @Test
  void badUpdatesAreRefusedNamingTheFieldAndOnlyResponderRolesPostWhileActive() {
    long incident = Flow.responding("仓储系统卡顿 #status-bad");
    long before = db.count("incident_status_update");
    Map<String, Object> past = update("已恢复一半");
    past.put("nextUpdateAt", Instant.now().minusSeconds(60).toString());
    post(Flow.TECH, incident, past).statusCode(400).body("errors.field", hasItem("nextUpdateAt"));
    Map<String, Object> tooLate = update("已恢复一半");
    tooLate.put("nextUpdateAt", Instant.now().plus(Duration.ofHours(25)).toString());
    post(Flow.TECH, incident, tooLate)
        .statusCode(400)
        .body("errors.field", hasItem("nextUpdateAt"));
    Map<String, Object> both = update("已恢复一半");
    both.put("nextUpdateAt", Instant.now().plus(Duration.ofMinutes(30)).toString());
    both.put("nextUpdateInMinutes", 30);
    post(Flow.TECH, incident, both)
        .statusCode(400)
        .body("errors.field", hasItem("nextUpdateInMinutes"));
    Map<String, Object> noImpact = update("已恢复一半");
    noImpact.remove("impact");
    post(Flow.TECH, incident, noImpact).statusCode(400).body("errors.field", hasItem("impact"));
    // A driver reads the war room but does not post the company's updates.
    post(Flow.DRIVER, incident, update("司机视角")).statusCode(403);
    assertEquals(before, db.count("incident_status_update"));

    Map<String, Object> named = update("订单服务已回滚");
    String at =
        Instant.now()
            .plus(Duration.ofMinutes(15))
            .truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
            .toString();
    named.put("nextUpdateAt", at);
    post(Flow.COMMANDER, incident, named).statusCode(201).body("nextUpdateAt", equalTo(at));

    Flow.act(Flow.COMMANDER, incident, "cancel", Map.of("reason", "误报")).then().statusCode(200);
    post(Flow.COMMANDER, incident, update("已结束后")).statusCode(409);
  }
}
