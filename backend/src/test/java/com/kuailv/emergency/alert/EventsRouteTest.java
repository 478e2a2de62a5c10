package com.kuailv.emergency.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.kuailv.emergency.testing.Db;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An event with a declared length is answered from the HTTP layer, a chunked one by the resource:
 * both give the same answers and store the same.
 */
@QuarkusTest
class EventsRouteTest {
  @TestHTTPResource("/api/v1/events")
  URI events;

  @Inject Db db;

  private final HttpClient client =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  private HttpResponse<String> send(String body, boolean chunked) throws Exception {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    HttpRequest.BodyPublisher publisher =
        chunked
            ? HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes))
            : HttpRequest.BodyPublishers.ofByteArray(bytes);
    return client.send(
        HttpRequest.newBuilder(events)
            .header("Content-Type", "application/json")
            .POST(publisher)
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void bothWaysInGiveTheSameAnswers() throws Exception {
    String key = Intake.newKey("EVENTS");
    String good =
        "{\"routing_key\":\"%s\",\"event_action\":\"trigger\",\"dedup_key\":\"%s\","
            + "\"payload\":{\"summary\":\"冷库温度超限\",\"source\":\"wms\",\"severity\":\"%s\"}}";
    List<String> bodies =
        List.of(
            good.formatted(key, "route-%s", "critical"),
            good.formatted(key, "route-%s", "fatal"),
            good.formatted("no-such-key", "route-%s", "info"),
            good.formatted("no-such-key", "route-%s", "fatal"),
            "{\"routing_key\":\"" + key + "\",\"event_action\":\"trigger\",",
            "null",
            "{\"routing_key\":\"" + key + "\",\"event_action\":\"escalate\"}");
    for (String body : bodies) {
      HttpResponse<String> declared = send(body.replace("%s", "declared"), false);
      HttpResponse<String> chunked = send(body.replace("%s", "chunked"), true);
      assertEquals(chunked.statusCode(), declared.statusCode(), body);
      assertEquals(
          chunked.headers().firstValue("Content-Type").orElse(""),
          declared.headers().firstValue("Content-Type").orElse(""),
          body);
      JsonObject a = new JsonObject(declared.body());
      JsonObject b = new JsonObject(chunked.body());
      if (declared.statusCode() == 202) {
        assertEquals("route-declared", a.getString("dedup_key"));
        assertEquals("route-chunked", b.getString("dedup_key"));
      } else {
        assertEquals(b.getString("type"), a.getString("type"), body);
        assertEquals(b.getString("detail"), a.getString("detail"), body);
        assertEquals(b.getValue("errors"), a.getValue("errors"), body);
      }
    }
    assertEquals(
        2,
        db.first(
                "select count(*) from alert where dedup_key in ('route-declared', 'route-chunked')")
            .getLong(0));
  }
}
