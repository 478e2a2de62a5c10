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
 * The events API answers the same for the same event whatever the transfer encoding (declared
 * length or chunked), the {@code Accept} header (PagerDuty's own media type included) or an
 * unrelated {@code Authorization} header, and stores the same.
 */
@QuarkusTest
class EventsRouteTest {
  @TestHTTPResource("/api/v1/events")
  URI events;

  @Inject Db db;

  private final HttpClient client =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  /** One way of sending: chunked or not, with or without PagerDuty's Accept and REST header. */
  record Way(String name, boolean chunked, String accept, String authorization) {}

  static final List<Way> WAYS =
      List.of(
          new Way("declared", false, null, null),
          new Way("chunked", true, null, null),
          new Way("pdaccept", false, "application/vnd.pagerduty+json;version=2", null),
          new Way("pdchunked", true, "application/vnd.pagerduty+json;version=2", null),
          new Way("pdtoken", true, "application/json", "Token token=y_NbAkKc66ryYTWUXYEu"));

  private HttpResponse<String> send(String body, Way way) throws Exception {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    HttpRequest.BodyPublisher publisher =
        way.chunked()
            ? HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes))
            : HttpRequest.BodyPublishers.ofByteArray(bytes);
    HttpRequest.Builder request =
        HttpRequest.newBuilder(events).header("Content-Type", "application/json").POST(publisher);
    if (way.accept() != null) {
      request.header("Accept", way.accept());
    }
    if (way.authorization() != null) {
      request.header("Authorization", way.authorization());
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void everyWayInGivesTheSameAnswers() throws Exception {
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
      Way first = WAYS.get(0);
      HttpResponse<String> expected = send(body.replace("%s", first.name()), first);
      for (Way way : WAYS.subList(1, WAYS.size())) {
        HttpResponse<String> answer = send(body.replace("%s", way.name()), way);
        String what = way.name() + ": " + body;
        assertEquals(expected.statusCode(), answer.statusCode(), what);
        assertEquals(
            expected.headers().firstValue("Content-Type").orElse(""),
            answer.headers().firstValue("Content-Type").orElse(""),
            what);
        JsonObject a = new JsonObject(expected.body());
        JsonObject b = new JsonObject(answer.body());
        if (expected.statusCode() == 202) {
          assertEquals("route-" + way.name(), b.getString("dedup_key"), what);
        } else {
          assertEquals(a.getString("type"), b.getString("type"), what);
          assertEquals(a.getString("detail"), b.getString("detail"), what);
          assertEquals(a.getValue("errors"), b.getValue("errors"), what);
        }
      }
    }
    assertEquals(
        WAYS.size(),
        db.first("select count(*) from alert where dedup_key like 'route-%'").getLong(0));
  }
}
