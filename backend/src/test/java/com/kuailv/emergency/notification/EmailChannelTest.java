package com.kuailv.emergency.notification;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMailUtil;
import com.kuailv.emergency.incident.Flow;
import com.kuailv.emergency.testing.Await;
import com.kuailv.emergency.testing.Db;
import com.kuailv.emergency.testing.Mails;
import com.kuailv.emergency.testing.SmtpResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * E-mail channels: a group mailbox receives the notices from a real SMTP server (GreenMail) with a
 * text and an HTML part, user text escaped; bad address lists are refused naming the field.
 */
@QuarkusTest
class EmailChannelTest {
  @Inject Db db;
  private final List<Long> created = new ArrayList<>();

  @AfterEach
  void disable() {
    for (long id : created) {
      db.execute("update notification_channel set enabled = false where id = " + id);
    }
  }

  private io.restassured.response.ValidatableResponse post(String url, String group) {
    Map<String, Object> body = new HashMap<>();
    body.put("name", "指挥中心邮箱");
    body.put("kind", "EMAIL");
    body.put("url", url);
    body.put("groupCode", group);
    return given()
        .auth()
        .oauth2(DeliveryTest.ADMIN)
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/v1/notification-channels")
        .then();
  }

  @Test
  void addressListsThatAreNotMailtoAreRefusedNamingTheUrl() {
    long before = db.count("notification_channel");
    for (String bad :
        List.of(
            "https://mail.example.com",
            "mailto:",
            "mailto:not-an-address",
            "mailto:ok@kuailv.test,oops",
            "mailto:ok@kuailv.test?bcc=spy@evil.test")) {
      post(bad, "COMMAND")
          .statusCode(400)
          .contentType("application/problem+json")
          .body("errors.field", hasItem("url"))
          .body("errors.message", hasItem(containsString("mailto:")));
    }
    assertEquals(before, db.count("notification_channel"));
  }

  @Test
  void aGroupMailboxReceivesTheNoticeWithTextAndHtmlParts() throws Exception {
    String run = "m" + System.nanoTime();
    String commandBox = "command-" + run + "@kuailv.test";
    String dutyBox = "duty-" + run + "@kuailv.test";
    long id =
        post("mailto:" + commandBox + "," + dutyBox, "COMMAND")
            .statusCode(201)
            .body("endpointHint", equalTo("mailto:…@kuailv.test +1"))
            .body("hasSecret", equalTo(false))
            .extract()
            .jsonPath()
            .getLong("id");
    created.add(id);

    // The test button shows the SMTP server's acceptance.
    given()
        .auth()
        .oauth2(DeliveryTest.ADMIN)
        .post("/api/v1/notification-channels/{id}/test", id)
        .then()
        .statusCode(200)
        .body("ok", equalTo(true))
        .body("answer", containsString(commandBox));
    Await.until("the test mail", () -> to(commandBox).size() == 1 && to(dutyBox).size() == 1);
    assertTrue(to(commandBox).get(0).getSubject().contains("测试消息"));

    // An activation mobilizes the command center: its mailbox gets the notice once.
    long incident = Flow.responding("<b>订单</b> & 仓库 " + run);
    String activated = "【快驴应急】故障 #" + incident + " 已启动应急响应（严重）";
    Await.until(
        "the activation mail",
        () -> to(commandBox).stream().anyMatch(m -> subject(m).equals(activated)));
    // A mail goes out per attempt: one delivery, sent at its first attempt, means one mail.
    String activationDeliveries =
        "select count(*), coalesce(sum(d.attempts), 0) from notification_delivery d join"
            + " notification_outbox o on o.id = d.notification_id where d.channel_id = "
            + id
            + " and o.incident_id = "
            + incident
            + " and o.kind = 'incident.activated' and d.status = 'SENT'";
    Await.until(
        "the activation delivery recorded as sent",
        () -> db.first(activationDeliveries).getLong(0) == 1);
    assertEquals(1, db.first(activationDeliveries).getLong(1), "sent at its first attempt");
    List<Message> activations =
        to(commandBox).stream().filter(m -> subject(m).equals(activated)).toList();
    assertEquals(1, activations.size(), "one mail per notice");
    Message mail = activations.get(0);
    Mails.Parts parts = Mails.parts(mail);
    String text = parts.text();
    String html = parts.html();
    assertTrue(text != null && text.contains("<b>订单</b> & 仓库 " + run), text);
    assertTrue(text.contains("（北京时间）"), text);
    assertTrue(html != null && html.contains("&lt;b&gt;订单&lt;/b&gt; &amp; 仓库"), html);
    assertFalse(html.contains("<b>订单"), "user text is escaped in HTML");
    assertTrue(html.contains("/incidents/" + incident + "\">打开作战室</a>"), html);
  }

  /** The mails sent to {@code address}, once each (GreenMail keeps a copy per recipient). */
  private static List<Message> to(String address) {
    Map<String, Message> byId = new java.util.LinkedHashMap<>();
    for (Message m : SmtpResource.server().getReceivedMessagesForDomain(address)) {
      try {
        byId.putIfAbsent(m.getHeader("Message-ID")[0], m);
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }
    return List.copyOf(byId.values());
  }

  private static String subject(Message message) {
    try {
      return message.getSubject();
    } catch (Exception e) {
      return GreenMailUtil.getHeaders(message);
    }
  }
}
