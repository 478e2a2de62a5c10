package com.kuailv.emergency.notification;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.kuailv.emergency.incident.Flow;
import com.kuailv.emergency.testing.Db;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Channels are admin's; bad ones are refused naming the field; secrets never come back. */
@QuarkusTest
class ChannelsTest {
  @Inject Db db;

  static Map<String, Object> channel(String kind, String url, String secret, String group) {
    Map<String, Object> body = new HashMap<>();
    body.put("name", "群机器人");
    body.put("kind", kind);
    body.put("url", url);
    body.put("secret", secret);
    body.put("groupCode", group);
    body.put("enabled", false);
    return body;
  }

  static io.restassured.response.ValidatableResponse post(String token, Map<String, Object> body) {
    return given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/v1/notification-channels")
        .then();
  }

  @Test
  void badChannelsAreRefusedNamingTheFieldAndNothingIsStored() {
    long before = db.count("notification_channel");
    String dingtalk = "https://oapi.dingtalk.com/robot/send?access_token=abc";
    post(
            DeliveryTest.ADMIN,
            channel("DINGTALK", "ftp://example.com/robot", "SEC0123456789abcdef01234", null))
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem("url"));
    post(
            DeliveryTest.ADMIN,
            channel(
                "WEBHOOK",
                "https://user:p4ss@oms.example/hooks",
                "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
                null))
        .statusCode(400)
        .body("errors.field", hasItem("url"));
    given()
        .auth()
        .oauth2(DeliveryTest.ADMIN)
        .get("/api/v1/notification-deliveries?limit=abc")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("limit"));
    // Nothing on this machine's link-local network: the cloud metadata service, any address.
    for (String internal :
        List.of(
            "http://169.254.169.254/latest/meta-data/",
            "http://[fe80::1]/hook",
            "http://0.0.0.0:5432/")) {
      post(
              DeliveryTest.ADMIN,
              channel("WEBHOOK", internal, "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", null))
          .statusCode(400)
          .body("errors.field", hasItem("url"))
          .body("errors.message", hasItem(containsString("169.254.169.254")));
    }
    post(DeliveryTest.ADMIN, channel("DINGTALK", dingtalk, null, null))
        .statusCode(400)
        .body("errors.field", hasItem("secret"));
    post(
            DeliveryTest.ADMIN,
            channel("FEISHU", "https://open.feishu.cn/open-apis/bot/v2/hook/x", "short", null))
        .statusCode(400)
        .body("errors.field", hasItem("secret"));
    post(
            DeliveryTest.ADMIN,
            channel("WEBHOOK", "https://oms.example/hooks", "not-whsec-0123456789abcdef", null))
        .statusCode(400)
        .body("errors.field", hasItem("secret"));
    post(
            DeliveryTest.ADMIN,
            channel("WECOM", "https://qyapi.weixin.qq.com/x?key=1", null, "NO_SUCH_GROUP"))
        .statusCode(400)
        .body("errors.field", hasItem("groupCode"));
    post(DeliveryTest.ADMIN, channel("SMOKE_SIGNAL", dingtalk, null, null))
        .statusCode(400)
        .body("errors.field", hasItem("kind"));
    Map<String, Object> french =
        channel("WECOM", "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=1", null, null);
    french.put("language", "fr");
    post(DeliveryTest.ADMIN, french).statusCode(400).body("errors.field", hasItem("language"));
    org.junit.jupiter.api.Assertions.assertEquals(before, db.count("notification_channel"));
  }

  @Test
  void onlyAdminsManageChannelsAndSecretsNeverComeBack() {
    String secret = "SECdeadbeefdeadbeefdeadbeefdeadbeefdeadbeef";
    String url = "https://oapi.dingtalk.com/robot/send?access_token=tok-9f8e7d6c5b4a";
    post(Flow.COMMANDER, channel("DINGTALK", url, secret, "TECHNICAL")).statusCode(403);
    long id =
        post(DeliveryTest.ADMIN, channel("DINGTALK", url, secret, "TECHNICAL"))
            .statusCode(201)
            .body("endpointHint", equalTo("https://oapi.dingtalk.com/…5b4a"))
            .body("hasSecret", equalTo(true))
            .body(not(containsString("tok-9f8e7d6c5b4a")))
            .extract()
            .jsonPath()
            .getLong("id");
    given()
        .auth()
        .oauth2(DeliveryTest.ADMIN)
        .get("/api/v1/notification-channels")
        .then()
        .statusCode(200)
        .body(not(containsString(secret)))
        .body(not(containsString("tok-9f8e7d6c5b4a")));
    given().auth().oauth2(Flow.TECH).get("/api/v1/notification-channels").then().statusCode(403);
    var stored =
        db.first(
            "select endpoint_cipher || secret_cipher from notification_channel where id = " + id);
    assertFalse(stored.getString(0).contains("tok-9f8e7d6c5b4a"), "the URL is stored sealed");
    assertFalse(stored.getString(0).contains("deadbeef"), "the secret is stored sealed");
    var audit =
        db.first(
            "select after::text from audit_entry where entity_type = 'channel' and entity_id = '"
                + id
                + "' and action = 'channel.created'");
    assertFalse(audit.getString(0).contains("tok-9f8e7d6c5b4a"));
    assertFalse(audit.getString(0).contains("deadbeef"));

    // The message language is set, then kept by a change that does not name it.
    Map<String, Object> english = channel("DINGTALK", null, null, "TECHNICAL");
    english.put("language", "en");
    given()
        .auth()
        .oauth2(DeliveryTest.ADMIN)
        .header("If-Match", "\"0\"")
        .contentType(ContentType.JSON)
        .body(english)
        .put("/api/v1/notification-channels/" + id)
        .then()
        .statusCode(200)
        .body("language", equalTo("en"));
    given()
        .auth()
        .oauth2(DeliveryTest.ADMIN)
        .header("If-Match", "\"1\"")
        .contentType(ContentType.JSON)
        .body(channel("DINGTALK", null, null, "TECHNICAL"))
        .put("/api/v1/notification-channels/" + id)
        .then()
        .statusCode(200)
        .body("language", equalTo("en"))
        .body("hasSecret", equalTo(true));
  }

  @Test
  void loopbackIsInternalUnlessAllowedAndNamesAreNotResolved() {
    org.junit.jupiter.api.Assertions.assertTrue(ChannelService.internal("127.0.0.1", false));
    org.junit.jupiter.api.Assertions.assertTrue(ChannelService.internal("[::1]", false));
    org.junit.jupiter.api.Assertions.assertTrue(ChannelService.internal("localhost", false));
    org.junit.jupiter.api.Assertions.assertFalse(ChannelService.internal("127.0.0.1", true));
    org.junit.jupiter.api.Assertions.assertTrue(ChannelService.internal("169.254.169.254", true));
    org.junit.jupiter.api.Assertions.assertFalse(ChannelService.internal("10.1.2.3", false));
    org.junit.jupiter.api.Assertions.assertFalse(
        ChannelService.internal("oapi.dingtalk.com", false));
  }
}
