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
    Map<String, Object> body = new HashMap<>();
    body.put("name", name);
    body.put("kind", "DINGTALK");
    body.put("groupCode", group);
    body.put("url", receivers.url("/dingtalk/" + group));
    body.put("secret", Receivers.DINGTALK_SECRET);
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
