package com.kuailv.emergency.notification;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kuailv.emergency.incident.Flow;
import com.kuailv.emergency.testing.Await;
import com.kuailv.emergency.testing.Db;
import com.kuailv.emergency.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Notifications reach the groups' chats: the outbox is delivered to loopback receivers that check
 * each service's payload and signature, retried until a flaky receiver takes it (once), and
 * dead-lettered when a receiver keeps failing, for an admin to re-send.
 */
@QuarkusTest
class DeliveryTest {
  static final String ADMIN = Tokens.forUser("notify-admin", "admin", "reporter");

  @Inject Db db;
  Receivers receivers;
  final List<Long> created = new ArrayList<>();

  @BeforeEach
  void start() throws Exception {
    receivers = new Receivers();
  }

  @AfterEach
  void stop() {
    for (long id : created) {
      db.execute("update notification_channel set enabled = false where id = " + id);
    }
    receivers.close();
  }

  long channel(String name, String kind, String group, String path, String secret) {
    return channel(name, kind, group, path, secret, null);
  }

  /** A channel whose messages are written in {@code language} (null: the default). */
  long channel(
      String name, String kind, String group, String path, String secret, String language) {
    Map<String, Object> body = new HashMap<>();
    if (language != null) {
      body.put("language", language);
    }
    body.put("name", name);
    body.put("kind", kind);
    body.put("groupCode", group);
    body.put("url", receivers.url(path));
    body.put("secret", secret);
    long id =
        given()
            .auth()
            .oauth2(ADMIN)
            .contentType(ContentType.JSON)
            .body(body)
            .post("/api/v1/notification-channels")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id");
    created.add(id);
    return id;
  }

  static void await(String what, BooleanSupplier done) throws InterruptedException {
    Await.until(what, done);
  }

  /** Received messages whose text (robots) or event (webhooks) is {@code mark}'s report. */
  List<Receivers.Received> reports(String mark) {
    long id = Long.parseLong(mark.replaceAll(".*#(\\d+).*", "$1"));
    return receivers.received.stream()
        .filter(
            r ->
                r.body().contains(mark)
                    || (r.body().contains("\"type\":\"incident.reported\"")
                        && new JsonObject(r.body()).getJsonObject("data").getLong("incidentId")
                            == id))
        .toList();
  }

  @Test
  void aReportedIncidentReachesEachGroupsChatsSignedAsEachServiceRequires() throws Exception {
    channel("技术群钉钉", "DINGTALK", "TECHNICAL", "/dingtalk/tech", Receivers.DINGTALK_SECRET);
    channel("技术群企微", "WECOM", "TECHNICAL", "/wecom/tech", null);
    channel("指挥中心飞书", "FEISHU", "COMMAND", "/feishu/command", Receivers.FEISHU_SECRET);
    channel("订单系统", "WEBHOOK", null, "/webhook/oms", Receivers.WEBHOOK_SECRET);

    long incident = Flow.report("订单系统下单失败 🥶 #notify");

    // Besides the report, escalation pages the technical team (its step 1): count the reports.
    String reported = "故障 #" + incident + " 新故障上报";
    await("4 reports", () -> reports(reported).size() >= 4);
    Thread.sleep(500);
    assertEquals(
        1, reports(reported).stream().filter(r -> r.path().equals("/dingtalk/tech")).count());
    assertEquals(1, reports(reported).stream().filter(r -> r.path().equals("/wecom/tech")).count());
    assertEquals(
        1, reports(reported).stream().filter(r -> r.path().equals("/feishu/command")).count());
    assertEquals(
        1,
        reports(reported).stream().filter(r -> r.path().equals("/webhook/oms")).count(),
        "the webhook for every group takes the event once, not once per group");
    receivers.received.forEach(r -> assertTrue(r.accepted(), r.path() + " refused: " + r.body()));

    String text =
        new JsonObject(
                reports(reported).stream()
                    .filter(r -> r.path().equals("/dingtalk/tech"))
                    .findFirst()
                    .orElseThrow()
                    .body())
            .getJsonObject("markdown")
            .getString("text");
    assertTrue(text.contains("故障 #" + incident + " 新故障上报"), text);
    assertTrue(text.contains("订单系统下单失败 🥶"), text);
    assertTrue(text.contains("（北京时间）"), text);
    assertTrue(text.contains("/incidents/" + incident + ")"), text);
    JsonObject event =
        new JsonObject(
            reports(reported).stream()
                .filter(r -> r.path().equals("/webhook/oms"))
                .findFirst()
                .orElseThrow()
                .body());
    assertEquals("incident.reported", event.getString("type"));
    assertEquals(incident, event.getJsonObject("data").getLong("incidentId"));

    await(
        "every delivery recorded as sent",
        () ->
            db.first(
                        "select count(*) from notification_delivery d join notification_outbox o"
                            + " on o.id = d.notification_id where o.incident_id = "
                            + incident
                            + " and o.kind = 'incident.reported' and d.status = 'SENT'")
                    .getLong(0)
                == 4);
    given()
        .auth()
        .oauth2(Flow.COMMANDER)
        .get("/api/v1/notification-deliveries?status=SENT")
        .then()
        .statusCode(200)
        .body(
            "findAll { it.incidentId == "
                + incident
                + " && it.kind == 'incident.reported' }.size()",
            equalTo(4))
        .body("channelName", hasItem("指挥中心飞书"));

    // The log pages backwards from the last id a reader has, without gaps or repeats.
    List<Integer> firstPage =
        given()
            .auth()
            .oauth2(Flow.COMMANDER)
            .get("/api/v1/notification-deliveries?limit=2")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("id");
    assertEquals(2, firstPage.size());
    List<Integer> nextPage =
        given()
            .auth()
            .oauth2(Flow.COMMANDER)
            .get("/api/v1/notification-deliveries?limit=2&before=" + firstPage.get(1))
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("id");
    long below =
        db.first("select count(*) from notification_delivery where id < " + firstPage.get(1))
            .getLong(0);
    assertEquals(Math.min(2, below), nextPage.size());
    assertTrue(nextPage.stream().allMatch(id -> id < firstPage.get(1)), "older ones only");
    assertEquals(
        db.first("select max(id) from notification_delivery where id < " + firstPage.get(1))
            .getLong(0),
        nextPage.get(0).longValue());
  }

  @Test
  void aChannelThatReadsEnglishGetsTheNoticeInEnglishBesideAChineseOne() throws Exception {
    long english = channel("Tech chat", "WECOM", "TECHNICAL", "/wecom/en", null, "en");
    channel("技术群", "WECOM", "TECHNICAL", "/wecom/zh", null);
    given()
        .auth()
        .oauth2(ADMIN)
        .get("/api/v1/notification-channels")
        .then()
        .statusCode(200)
        .body("find { it.id == " + english + " }.language", equalTo("en"))
        .body("find { it.name == '技术群' }.language", equalTo("zh-CN"));

    long incident = Flow.report("Cold store sensor offline, english run");

    // Its own message, or merged with the page that follows it: either way, in its language.
    String reported = "Incident #" + incident + ": new incident reported";
    await("the English chat's report", () -> content("/wecom/en", reported) != null);
    String text = content("/wecom/en", reported);
    assertTrue(text.startsWith("### [Kuailv Emergency] "), text);
    assertTrue(text.contains("Cold store sensor offline, english run"), text);
    assertTrue(text.contains("Technical team"), text);
    assertTrue(text.contains("**Time**: "), text);
    assertTrue(text.contains(" (Beijing time)"), text);
    assertTrue(text.codePoints().noneMatch(c -> c >= 0x3000), "no Chinese word: " + text);
    String chineseReport = "故障 #" + incident + " 新故障上报";
    await("the Chinese chat's report", () -> content("/wecom/zh", chineseReport) != null);
    String chinese = content("/wecom/zh", chineseReport);
    assertTrue(chinese.contains("技术应急小组"), chinese);
    assertTrue(chinese.contains("（北京时间）"), chinese);
  }

  /** The markdown a WeCom receiver at {@code path} took that contains {@code mark}, or null. */
  private String content(String path, String mark) {
    return receivers.at(path).stream()
        .map(r -> new JsonObject(r.body()).getJsonObject("markdown").getString("content"))
        .filter(text -> text.contains(mark))
        .findFirst()
        .orElse(null);
  }

  @Test
  void aReceiverThatFailsTwiceGetsTheMessageOnTheThirdTryOnce() throws Exception {
    receivers.failFirst("/webhook/flaky", 2);
    channel("不稳定的接收方", "WEBHOOK", "COMMAND", "/webhook/flaky", Receivers.WEBHOOK_SECRET);

    long incident = Flow.report("重试三次才收到 #notify");

    await("a third try", () -> receivers.at("/webhook/flaky").size() >= 3);
    Thread.sleep(1500);
    List<Receivers.Received> tries = receivers.at("/webhook/flaky");
    assertEquals(3, tries.size(), "two failures, then one success, then nothing");
    assertEquals(1, tries.stream().filter(Receivers.Received::accepted).count());
    assertEquals(
        1,
        tries.stream().map(r -> r.headers().get("webhook-id")).distinct().count(),
        "every try carries the same webhook-id, so a receiver can tell a repeat");
    var row =
        db.first(
            "select d.status, d.attempts, d.id from notification_delivery d join notification_outbox o"
                + " on o.id = d.notification_id where o.incident_id = "
                + incident);
    assertEquals("SENT", row.getString(0));
    assertEquals(3, row.getInteger(1));
    given()
        .auth()
        .oauth2(Flow.COMMANDER)
        .get("/api/v1/notification-deliveries/{id}/attempts", row.getLong(2))
        .then()
        .statusCode(200)
        .body("ok", equalTo(List.of(false, false, true)))
        .body("httpStatus", equalTo(List.of(500, 500, 204)));
  }

  @Test
  void aReceiverThatKeepsFailingBecomesADeadLetterThatAnAdminResends() throws Exception {
    long garbage = channel("坏掉的机器人", "WECOM", "COMMAND", "/garbage/wecom", null);

    long incident = Flow.report("接收方一直出错 #notify");

    await(
        "a dead letter",
        () ->
            db.first(
                        "select count(*) from notification_delivery d join notification_outbox o"
                            + " on o.id = d.notification_id where o.incident_id = "
                            + incident
                            + " and d.status = 'DEAD'")
                    .getLong(0)
                == 1);
    assertEquals(5, receivers.at("/garbage/wecom").size(), "tried max-attempts times");
    long delivery =
        given()
            .auth()
            .oauth2(Flow.COMMANDER)
            .get("/api/v1/notification-deliveries?status=DEAD")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getLong("find { it.incidentId == " + incident + " }.id");

    given()
        .auth()
        .oauth2(Flow.COMMANDER)
        .post("/api/v1/notification-deliveries/{id}/resend", delivery)
        .then()
        .statusCode(403);
    // The admin fixes the robot's address, then sends the dead letter again.
    long version =
        given()
            .auth()
            .oauth2(ADMIN)
            .get("/api/v1/notification-channels")
            .jsonPath()
            .getLong("find { it.id == " + garbage + " }.version");
    given()
        .auth()
        .oauth2(ADMIN)
        .header("If-Match", "\"" + version + "\"")
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "name",
                "修好的机器人",
                "kind",
                "WECOM",
                "groupCode",
                "COMMAND",
                "url",
                receivers.url("/wecom/fixed")))
        .put("/api/v1/notification-channels/{id}", garbage)
        .then()
        .statusCode(200)
        .body("name", equalTo("修好的机器人"));
    given()
        .auth()
        .oauth2(ADMIN)
        .post("/api/v1/notification-deliveries/{id}/resend", delivery)
        .then()
        .statusCode(200)
        .body("status", equalTo("PENDING"));
    await("the re-sent message", () -> receivers.at("/wecom/fixed").size() == 1);
    assertTrue(receivers.at("/wecom/fixed").get(0).accepted());
    given()
        .auth()
        .oauth2(ADMIN)
        .post("/api/v1/notification-deliveries/{id}/resend", delivery)
        .then()
        .statusCode(409);
  }

  @Test
  void moreThanARobotTakesInAMinuteArriveMergedIntoOneMessage() throws Exception {
    long sales =
        channel("销售群钉钉", "DINGTALK", "SALES", "/dingtalk/sales", Receivers.DINGTALK_SECRET);
    long incident = Flow.report("合并发送 #notify");
    String run = "merge:" + System.nanoTime() + ":";
    // 25 notices for the sales chat at once: DingTalk takes 20 messages a minute per robot.
    for (int i = 0; i < 25; i++) {
      db.execute(
          "insert into notification_outbox (event_key, incident_id, target_group, kind, payload,"
              + " created_at) values ('"
              + run
              + i
              + "', "
              + incident
              + ", 'SALES', 'incident.activated', '{\"incidentId\":"
              + incident
              + ",\"grade\":\"MAJOR\",\"title\":\"合并 "
              + i
              + "\"}', now())");
    }
    db.execute(
        "insert into notification_delivery (notification_id, channel_id, status, attempts,"
            + " next_attempt_at, created_at) select id, "
            + sales
            + ", 'PENDING', 0, now(), now() from notification_outbox where event_key like '"
            + run
            + "%'");

    await("the merged message", () -> !receivers.at("/dingtalk/sales").isEmpty());
    Thread.sleep(1000);
    List<Receivers.Received> messages = receivers.at("/dingtalk/sales");
    assertEquals(1, messages.size(), "one message, not 25");
    assertTrue(messages.get(0).accepted());
    String text =
        new JsonObject(messages.get(0).body()).getJsonObject("markdown").getString("text");
    assertTrue(text.contains("25 条通知（合并发送）"), text);
    for (int i = 0; i < 25; i++) {
      assertTrue(text.contains("合并 " + i + " [作战室]"), "notice " + i + " in " + text);
    }
    await(
        "all 25 recorded as sent by one message",
        () ->
            db.first(
                        "select count(*) from notification_delivery d join notification_outbox o"
                            + " on o.id = d.notification_id where o.event_key like '"
                            + run
                            + "%' and d.status = 'SENT' and d.attempts = 1")
                    .getLong(0)
                == 25);
    assertEquals(
        1,
        db.first(
                "select count(distinct a.message_key) from notification_attempt a join"
                    + " notification_delivery d on d.id = a.delivery_id where d.channel_id = "
                    + sales)
            .getLong(0));
  }

  @Test
  void theTestButtonShowsTheReceiversAnswer() {
    long feishu = channel("测试飞书", "FEISHU", "COMMAND", "/feishu/test", Receivers.FEISHU_SECRET);
    given()
        .auth()
        .oauth2(ADMIN)
        .post("/api/v1/notification-channels/{id}/test", feishu)
        .then()
        .statusCode(200)
        .body("ok", equalTo(true))
        .body("httpStatus", equalTo(200))
        .body("answer", equalTo("{\"code\":0,\"msg\":\"success\",\"data\":{}}"));
    long garbage = channel("测试坏的", "WECOM", "COMMAND", "/garbage/test", null);
    given()
        .auth()
        .oauth2(ADMIN)
        .post("/api/v1/notification-channels/{id}/test", garbage)
        .then()
        .statusCode(200)
        .body("ok", equalTo(false))
        .body("answer", equalTo("<html>gateway</html>"));
    assertFalse(receivers.at("/feishu/test").isEmpty());
  }
}
