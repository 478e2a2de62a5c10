package com.kuailv.emergency.notification;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Group chats for tests of other features: DingTalk robots on loopback receivers, registered as
 * channels for the groups, disabled again on close.
 */
public final class LoopbackChat implements AutoCloseable {
  private final Receivers receivers;
  private final String admin;
  private final List<Long> channels = new ArrayList<>();

  public LoopbackChat(String adminToken) throws Exception {
    this.receivers = new Receivers();
    this.admin = adminToken;
  }

  /** A signed DingTalk robot in the group's chat. */
  public void dingTalk(String name, String group) {
    dingTalk(name, group, Receivers.DINGTALK_SECRET);
  }

  /** A DingTalk robot registered with a secret that is not its own: it refuses every message. */
  public void dingTalkWithWrongSecret(String name, String group) {
    dingTalk(name, group, "SEC" + "f".repeat(64));
  }

  /**
   * A second, signed DingTalk robot in the group's chat whose messages are written in English; its
   * messages are read as {@code messages(group + "-en", …)}.
   */
  public void dingTalkInEnglish(String name, String group) {
    post(name, group, "/dingtalk/" + group + "-en", Receivers.DINGTALK_SECRET, "en");
  }

  private void dingTalk(String name, String group, String secret) {
    post(name, group, "/dingtalk/" + group, secret, null);
  }

  private void post(String name, String group, String path, String secret, String language) {
    Map<String, Object> body = new HashMap<>();
    body.put("name", name);
    body.put("kind", "DINGTALK");
    body.put("groupCode", group);
    body.put("url", receivers.url(path));
    body.put("secret", secret);
    if (language != null) {
      body.put("language", language);
    }
    channels.add(
        given()
            .auth()
            .oauth2(admin)
            .contentType(ContentType.JSON)
            .body(body)
            .post("/api/v1/notification-channels")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id"));
  }

  /** An Alibaba Cloud SMS account on a loopback receiver that verifies the V3 signature. */
  public long sms(String name) {
    Map<String, Object> body = new HashMap<>();
    body.put("name", name);
    body.put("kind", "SMS");
    body.put("url", receivers.url(""));
    body.put("secret", Receivers.SMS_KEY_SECRET);
    body.put("accessKeyId", Receivers.SMS_KEY_ID);
    body.put("signName", Receivers.SMS_SIGN);
    body.put("templateCode", Receivers.SMS_TEMPLATE);
    long id =
        given()
            .auth()
            .oauth2(admin)
            .contentType(ContentType.JSON)
            .body(body)
            .post("/api/v1/notification-channels")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id");
    channels.add(id);
    return id;
  }

  /** The template parameters of the verified SMS sent to {@code phone} about {@code incident}. */
  public List<JsonObject> smsTo(String phone, long incident) {
    return receivers.at("/").stream()
        .filter(Receivers.Received::accepted)
        .filter(r -> phone.equals(r.query().get("PhoneNumbers")))
        .map(r -> new JsonObject(r.query().get("TemplateParam")))
        .filter(p -> String.valueOf(incident).equals(p.getString("id")))
        .toList();
  }

  /** Waits (up to 20 s) for {@code count} SMS to {@code phone} about {@code incident}. */
  public List<JsonObject> awaitSms(String phone, long incident, int count) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (smsTo(phone, incident).size() < count) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError(
            "no SMS to " + phone + " about #" + incident + "; got " + receivers.at("/"));
      }
      Thread.sleep(100);
    }
    return smsTo(phone, incident);
  }

  /** Every SMS request the receiver saw, accepted or not. */
  public int smsRequests() {
    return receivers.at("/").size();
  }

  /** The verified DingTalk messages in the group's chat whose text contains {@code mark}. */
  public List<JsonObject> messages(String group, String mark) {
    return receivers.at("/dingtalk/" + group).stream()
        .filter(Receivers.Received::accepted)
        .map(r -> new JsonObject(r.body()))
        .filter(json -> json.getJsonObject("markdown").getString("text").contains(mark))
        .toList();
  }

  /** Waits (up to 20 s) for {@code count} such messages. */
  public List<JsonObject> awaitDingTalk(String group, String mark, int count) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (messages(group, mark).size() < count) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError(
            "no " + mark + " in " + group + "'s chat; got " + receivers.at("/dingtalk/" + group));
      }
      Thread.sleep(100);
    }
    return messages(group, mark);
  }

  @Override
  public void close() {
    for (long id : channels) {
      io.quarkus.arc.Arc.container()
          .instance(com.kuailv.emergency.testing.Db.class)
          .get()
          .execute("update notification_channel set enabled = false where id = " + id);
    }
    receivers.close();
  }
}
