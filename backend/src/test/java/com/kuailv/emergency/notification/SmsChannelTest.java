package com.kuailv.emergency.notification;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kuailv.emergency.testing.Db;
import com.kuailv.emergency.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An SMS account (Alibaba Cloud SMS): registered by an admin with its AccessKey, sign name and
 * template; refused naming the field when something is missing; its test texts the admin's own
 * phone through the provider's SDK, which a loopback receiver checks signature and all.
 */
@QuarkusTest
class SmsChannelTest {
  static final String ADMIN = Tokens.forUser("sms-channel-admin", "admin", "reporter");

  @Inject Db db;

  static Map<String, Object> account(Receivers receivers) {
    Map<String, Object> body = new HashMap<>();
    body.put("name", "阿里云短信 #sms-channel");
    body.put("kind", "SMS");
    body.put("url", receivers.url(""));
    body.put("secret", Receivers.SMS_KEY_SECRET);
    body.put("accessKeyId", Receivers.SMS_KEY_ID);
    body.put("signName", Receivers.SMS_SIGN);
    body.put("templateCode", Receivers.SMS_TEMPLATE);
    return body;
  }

  @Test
  void anIncompleteAccountIsRefusedNamingTheFieldAndNothingIsStored() throws Exception {
    try (Receivers receivers = new Receivers()) {
      long before = db.count("notification_channel");
      for (String missing : List.of("accessKeyId", "signName", "templateCode", "secret")) {
        Map<String, Object> body = account(receivers);
        body.remove(missing);
        ChannelsTest.post(ADMIN, body).statusCode(400).body("errors.field", hasItem(missing));
      }
      Map<String, Object> grouped = account(receivers);
      grouped.put("groupCode", "TECHNICAL");
      ChannelsTest.post(ADMIN, grouped).statusCode(400).body("errors.field", hasItem("groupCode"));
      Map<String, Object> template = account(receivers);
      template.put("templateCode", "发短信");
      given()
          .auth()
          .oauth2(ADMIN)
          .header("Accept-Language", "en")
          .contentType(ContentType.JSON)
          .body(template)
          .post("/api/v1/notification-channels")
          .then()
          .statusCode(400)
          .body("errors.find { it.field == 'templateCode' }.message", containsString("SMS_"));
      Map<String, Object> path = account(receivers);
      path.put("url", receivers.url("/sms/send"));
      ChannelsTest.post(ADMIN, path).statusCode(400).body("errors.field", hasItem("url"));
      Map<String, Object> shortSecret = account(receivers);
      shortSecret.put("secret", "short");
      ChannelsTest.post(ADMIN, shortSecret).statusCode(400).body("errors.field", hasItem("secret"));
      assertEquals(before, db.count("notification_channel"));
    }
  }

  @Test
  void theTestTextsTheAdminsOwnPhoneThroughTheProvidersSdk() throws Exception {
    try (Receivers receivers = new Receivers()) {
      long id =
          ChannelsTest.post(ADMIN, account(receivers))
              .statusCode(201)
              .body("accessKeyId", equalTo(Receivers.SMS_KEY_ID))
              .body("templateCode", equalTo(Receivers.SMS_TEMPLATE))
              .body("hasSecret", equalTo(true))
              .body(not(containsString(Receivers.SMS_KEY_SECRET)))
              .extract()
              .jsonPath()
              .getLong("id");
      try {
        String subject =
            given().auth().oauth2(ADMIN).get("/api/v1/me").then().extract().path("subject");
        db.execute("delete from member_contact where subject = '" + subject + "'");
        // No phone of their own: the test says what to do.
        given()
            .auth()
            .oauth2(ADMIN)
            .post("/api/v1/notification-channels/{id}/test", id)
            .then()
            .statusCode(409)
            .body("detail", containsString("手机号"));
        db.execute(
            "insert into member_contact (subject, phone, updated_at) values ('"
                + subject
                + "', '138 0000 0041', '"
                + Instant.now()
                + "')");
        given()
            .auth()
            .oauth2(ADMIN)
            .post("/api/v1/notification-channels/{id}/test", id)
            .then()
            .log()
            .ifValidationFails()
            .statusCode(200)
            .body("ok", equalTo(true))
            .body("httpStatus", equalTo(200))
            .body("answer", containsString("OK"));
        Receivers.Received sms = receivers.at("/").get(0);
        assertTrue(sms.accepted(), "the receiver verified the V3 signature: " + sms);
        assertEquals("13800000041", sms.query().get("PhoneNumbers"));

        // The provider refuses (a template that is not the account's): the answer says its code.
        db.execute("update notification_channel set template_code = 'SMS_1' where id = " + id);
        given()
            .auth()
            .oauth2(ADMIN)
            .post("/api/v1/notification-channels/{id}/test", id)
            .then()
            .statusCode(200)
            .body("ok", equalTo(false))
            .body("answer", containsString("isv.SMS_TEMPLATE_ILLEGAL"));
      } finally {
        db.execute("update notification_channel set enabled = false where id = " + id);
      }
    }
  }
}
