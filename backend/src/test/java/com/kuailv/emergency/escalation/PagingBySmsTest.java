package com.kuailv.emergency.escalation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kuailv.emergency.incident.Flow;
import com.kuailv.emergency.notification.LoopbackChat;
import com.kuailv.emergency.testing.Await;
import com.kuailv.emergency.testing.Db;
import com.kuailv.emergency.testing.Mails;
import com.kuailv.emergency.testing.SmtpResource;
import com.kuailv.emergency.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Pages reach the person, not only their group's chat: a MAJOR alert from Alertmanager opens an
 * incident that pages the on-duty tech on DingTalk and by SMS (Alibaba Cloud SMS through its SDK,
 * to a loopback receiver that verifies the V3 signature); nobody acknowledges, so the commander is
 * paged on both; the commander acknowledges from the SMS's link and paging stops. A person's own
 * settings add SMS and e-mail at the grades they choose; a chat that refuses the page falls back to
 * an SMS, once.
 */
@QuarkusTest
class PagingBySmsTest {
  static final String ADMIN = Tokens.forUser("sms-admin", "admin", "reporter");
  static final String TECH = Tokens.forUser("sms-tech", "tech", "reporter");
  static final String COMMANDER = Tokens.forUser("sms-commander", "commander", "reporter");

  @Inject EscalationService escalation;
  @Inject Db db;

  final Rosters rosters = new Rosters(ADMIN);

  @AfterEach
  void offDuty() {
    rosters.close();
    db.execute(
        "delete from notification_preference where subject in ('"
            + Tokens.subjectOf("sms-tech")
            + "', '"
            + Tokens.subjectOf("sms-commander")
            + "')");
  }

  /** One firing alert as Alertmanager's webhook (version 4) sends it, labelled grade MAJOR. */
  static Map<String, Object> alertmanager(String fingerprint) {
    return Map.of(
        "version", "4",
        "groupKey", "{}:{alertname=\"ColdChainWmsDown\"}",
        "status", "firing",
        "receiver", "kuailv",
        "groupLabels", Map.of("alertname", "ColdChainWmsDown"),
        "commonLabels", Map.of("alertname", "ColdChainWmsDown", "grade", "MAJOR"),
        "commonAnnotations", Map.of("summary", "冷链仓 WMS 不可用"),
        "externalURL", "http://alertmanager",
        "alerts",
            List.of(
                Map.of(
                    "status",
                    "firing",
                    "labels",
                    Map.of(
                        "alertname", "ColdChainWmsDown",
                        "severity", "critical",
                        "grade", "MAJOR"),
                    "annotations",
                    Map.of("summary", "冷链仓 WMS 不可用"),
                    "startsAt",
                    Instant.now().minusSeconds(60).toString(),
                    "endsAt",
                    "0001-01-01T00:00:00Z",
                    "generatorURL",
                    "http://prometheus/graph",
                    "fingerprint",
                    fingerprint)));
  }

  static String token(String link) {
    return link.substring(link.indexOf("/m/pages/") + "/m/pages/".length());
  }

  @Test
  void aMajorAlertPagesTheTechAndThenTheCommanderByChatAndSmsUntilOneAcknowledges()
      throws Throwable {
    try (LoopbackChat chat = new LoopbackChat(ADMIN)) {
      chat.dingTalk("技术群 #sms", "TECHNICAL");
      chat.dingTalk("指挥中心群 #sms", "COMMAND");
      chat.sms("阿里云短信 #sms");
      rosters.onDuty(TECH, "TECHNICAL", "13800000011");
      rosters.onDuty(COMMANDER, "COMMAND", "13900000012");

      // Alertmanager says the cold-chain WMS is down, labelled MAJOR: an incident opens, proposed
      // MAJOR, and the default policy pages the technical on-duty person at once.
      String key =
          given()
              .auth()
              .oauth2(ADMIN)
              .contentType(ContentType.JSON)
              .body(Map.of("name", "Alertmanager #sms", "type", "ALERTMANAGER"))
              .post("/api/v1/integrations")
              .then()
              .statusCode(201)
              .extract()
              .jsonPath()
              .getString("key");
      String fingerprint = "sms-" + System.nanoTime();
      given()
          .contentType(ContentType.JSON)
          .body(alertmanager(fingerprint))
          .post("/api/v1/intake/alertmanager/{key}", key)
          .then()
          .statusCode(202);
      Await.until(
          "the alert's incident",
          () ->
              db.count(
                      "alert a join alert_route r on r.alert_id = a.id where a.dedup_key = '"
                          + fingerprint
                          + "' and r.incident_id is not null")
                  == 1);
      long incident =
          db.first(
                  "select r.incident_id from alert a join alert_route r on r.alert_id = a.id"
                      + " where a.dedup_key = '"
                      + fingerprint
                      + "'")
              .getLong(0);
      String mark = "故障 #" + incident + " 呼叫接警";
      chat.awaitDingTalk("TECHNICAL", mark, 1);

      // MAJOR: the tech's phone rings as well as the chat.
      JsonObject techSms = chat.awaitSms("13800000011", incident, 1).get(0);
      assertEquals("建议重大", techSms.getString("grade"));
      assertTrue(techSms.getString("link").contains("/m/pages/"), techSms.encode());
      assertTrue(techSms.getString("title").length() <= 20, techSms.encode());

      // Nobody acknowledges within the step's wait: the commander, on both.
      VertxContextSupport.subscribeAndAwait(
          () -> escalation.fireDue(Instant.now().plus(Duration.ofMinutes(6))));
      chat.awaitDingTalk("COMMAND", mark, 1);
      JsonObject commanderSms = chat.awaitSms("13900000012", incident, 1).get(0);

      // The commander acknowledges from the SMS's link: paging stops.
      given()
          .auth()
          .oauth2(COMMANDER)
          .post("/api/v1/pages/{t}/acknowledge", token(commanderSms.getString("link")))
          .then()
          .statusCode(200);
      VertxContextSupport.subscribeAndAwait(
          () -> escalation.fireDue(Instant.now().plus(Duration.ofMinutes(60))));
      Thread.sleep(1000);
      assertEquals(1, chat.smsTo("13800000011", incident).size(), "the tech's SMS, once");
      assertEquals(1, chat.smsTo("13900000012", incident).size(), "the commander's SMS, once");

      // The delivery log names the person and the medium.
      given()
          .auth()
          .oauth2(ADMIN)
          .get("/api/v1/notification-deliveries")
          .then()
          .statusCode(200)
          .body(
              "findAll { it.incidentId == " + incident + " && it.medium == 'SMS' }.recipientName",
              hasItem("Test sms-commander"))
          .body(
              "find { it.incidentId == " + incident + " && it.medium == 'SMS' }.status",
              equalTo("SENT"));
    }
  }

  @Test
  void myOwnSettingsBringSmsAndEmailAtTheGradesIChoose() throws Throwable {
    String etag =
        given()
            .auth()
            .oauth2(TECH)
            .get("/api/v1/me/notification-settings")
            .then()
            .statusCode(200)
            .body("smsGrades", equalTo(List.of("MAJOR")))
            .body("emailGrades", equalTo(List.of("SERIOUS", "MAJOR")))
            .body("alwaysSmsGrades", equalTo(List.of("MAJOR")))
            .body("language", equalTo("zh-CN"))
            .extract()
            .header("ETag");
    Map<String, Object> mine =
        Map.of(
            "phone",
            "13800000021",
            "email",
            "sms-tech@kuailv.test",
            "smsGrades",
            List.of("UNGRADED", "MAJOR"),
            "emailGrades",
            List.of("UNGRADED"));
    // A bad phone is named; nothing is stored.
    given()
        .auth()
        .oauth2(TECH)
        .header("If-Match", etag)
        .contentType(ContentType.JSON)
        .body(Map.of("phone", "call me", "smsGrades", List.of(), "emailGrades", List.of()))
        .put("/api/v1/me/notification-settings")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("phone"));
    given()
        .auth()
        .oauth2(TECH)
        .header("If-Match", etag)
        .contentType(ContentType.JSON)
        .body(Map.of("language", "fr", "smsGrades", List.of(), "emailGrades", List.of()))
        .put("/api/v1/me/notification-settings")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("language"));
    given()
        .auth()
        .oauth2(TECH)
        .header("If-Match", etag)
        .contentType(ContentType.JSON)
        .body(mine)
        .put("/api/v1/me/notification-settings")
        .then()
        .log()
        .ifValidationFails()
        .statusCode(200)
        .body("smsGrades", equalTo(List.of("UNGRADED", "MAJOR")))
        .body("phone", equalTo("13800000021"));
    // What was saved is what the next read shows; a second save answers its own values.
    String saved =
        given()
            .auth()
            .oauth2(TECH)
            .get("/api/v1/me/notification-settings")
            .then()
            .body("phone", equalTo("13800000021"))
            .body("email", equalTo("sms-tech@kuailv.test"))
            .extract()
            .header("ETag");
    Map<String, Object> changed = new java.util.HashMap<>(mine);
    changed.put("phone", "13800000022");
    changed.put("language", "en");
    given()
        .auth()
        .oauth2(TECH)
        .header("If-Match", saved)
        .contentType(ContentType.JSON)
        .body(changed)
        .put("/api/v1/me/notification-settings")
        .then()
        .statusCode(200)
        .body("phone", equalTo("13800000022"))
        .body("language", equalTo("en"));
    // A save that does not name the language keeps it.
    Map<String, Object> withoutLanguage = new java.util.HashMap<>(changed);
    withoutLanguage.remove("language");
    String etagNow =
        given()
            .auth()
            .oauth2(TECH)
            .get("/api/v1/me/notification-settings")
            .then()
            .extract()
            .header("ETag");
    given()
        .auth()
        .oauth2(TECH)
        .header("If-Match", etagNow)
        .contentType(ContentType.JSON)
        .body(withoutLanguage)
        .put("/api/v1/me/notification-settings")
        .then()
        .statusCode(200)
        .body("language", equalTo("en"));
    // Saved meanwhile elsewhere: the old version is refused.
    given()
        .auth()
        .oauth2(TECH)
        .header("If-Match", etag)
        .contentType(ContentType.JSON)
        .body(mine)
        .put("/api/v1/me/notification-settings")
        .then()
        .statusCode(412);
    // A machine client has no settings of its own.
    given()
        .auth()
        .oauth2(Tokens.forClient("sms-client", "integration"))
        .get("/api/v1/me/notification-settings")
        .then()
        .statusCode(403);

    try (LoopbackChat chat = new LoopbackChat(ADMIN)) {
      chat.dingTalk("技术群 #sms-settings", "TECHNICAL");
      chat.sms("阿里云短信 #sms-settings");
      String subject = rosters.onDuty(TECH, "TECHNICAL", "13800000021");
      db.execute(
          "update member_contact set email = 'sms-tech@kuailv.test' where subject = '"
              + subject
              + "'");
      long incident = Flow.report("采购系统无法下单 #sms-settings");
      chat.awaitSms("13800000021", incident, 1);
      // The e-mail reads in the language the tech chose; the SMS follows its account's template.
      String heading = "[Kuailv Emergency] Incident #" + incident + ": you are paged";
      Await.until(
          "the page's e-mail to the tech, in English",
          () -> mailTo("sms-tech@kuailv.test", heading).size() == 1);
      Mails.Parts mail = Mails.parts(mailTo("sms-tech@kuailv.test", heading).get(0));
      assertTrue(mail.text().contains("\nAcknowledge (tap here): http"), mail.text());
      assertTrue(mail.text().contains("/m/pages/"), "the acknowledge link");
      assertTrue(mail.text().contains("Time: "), mail.text());
      assertTrue(mail.text().contains(" (Beijing time)"), mail.text());
      assertTrue(mail.html().contains("<html lang=\"en\">"), mail.html());
      assertTrue(mail.html().contains(">Acknowledge (tap here)</a>"), mail.html());
    }
  }

  @Test
  void aChatThatRefusesThePageFallsBackToOneSmsToThePerson() throws Throwable {
    try (LoopbackChat chat = new LoopbackChat(ADMIN)) {
      chat.dingTalkWithWrongSecret("签名错误的技术群 #sms-fallback", "TECHNICAL");
      chat.sms("阿里云短信 #sms-fallback");
      rosters.onDuty(TECH, "TECHNICAL", "13800000031");
      long incident = Flow.report("路由器掉线 #sms-fallback");
      chat.awaitSms("13800000031", incident, 1);
      String chatPage =
          "notification_delivery d join notification_outbox o on o.id = d.notification_id"
              + " where o.incident_id = "
              + incident
              + " and o.kind = 'incident.paged' and d.recipient_subject is null";
      // The robot keeps refusing: still one SMS after its retries.
      Await.until(
          "the chat's page tried three times",
          () -> db.first("select max(d.attempts) from " + chatPage).getInteger(0) >= 3);
      assertEquals(1, chat.smsTo("13800000031", incident).size());
    }
  }

  private static List<MimeMessage> mailTo(String address, String subject) {
    return Arrays.stream(SmtpResource.server().getReceivedMessages())
        .filter(
            m -> {
              try {
                return m.getSubject().contains(subject)
                    && Arrays.stream(m.getAllRecipients())
                        .anyMatch(r -> r.toString().equals(address));
              } catch (Exception e) {
                return false;
              }
            })
        .toList();
  }
}
