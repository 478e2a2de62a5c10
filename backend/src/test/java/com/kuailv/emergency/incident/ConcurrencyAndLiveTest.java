package com.kuailv.emergency.incident;

import static com.kuailv.emergency.incident.Flow.COMMANDER;
import static com.kuailv.emergency.incident.Flow.TECH;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ConcurrencyAndLiveTest {
  @TestHTTPResource("/")
  URI base;

  @Test
  void twoCommandersAtOnceOneWinsTheOtherIsToldWhy() throws Exception {
    long id = Flow.report("并发指挥");
    given()
        .auth()
        .oauth2(TECH)
        .header("If-Match", "\"0\"")
        .post("/api/v1/incidents/{id}/acknowledge", id);
    given()
        .auth()
        .oauth2(TECH)
        .header("If-Match", "\"1\"")
        .contentType(ContentType.JSON)
        .body(Flow.assessment(List.of("ORDERS"), 10, "0"))
        .post("/api/v1/incidents/{id}/assess", id)
        .then()
        .statusCode(200);
    long version = Flow.version(id);
    List<CompletableFuture<Integer>> attempts =
        List.of("SERIOUS", "MAJOR").stream()
            .map(
                grade ->
                    CompletableFuture.supplyAsync(
                        () ->
                            given()
                                .auth()
                                .oauth2(COMMANDER)
                                .header("If-Match", "\"" + version + "\"")
                                .contentType(ContentType.JSON)
                                .body(Map.of("grade", grade, "reason", "判断依据不同"))
                                .post("/api/v1/incidents/{id}/grade", id)
                                .statusCode()))
            .toList();
    List<Integer> statuses = attempts.stream().map(CompletableFuture::join).sorted().toList();
    assertEquals(List.of(200, 412), statuses);
    assertEquals(version + 1, Flow.version(id));
  }

  @Test
  void aWarRoomStreamHearsEachChangeWithinASecond() throws Exception {
    long id = Flow.report("实时推送");
    BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    HttpClient client = HttpClient.newHttpClient();
    HttpRequest request =
        HttpRequest.newBuilder(base.resolve("/api/v1/incidents/" + id + "/stream"))
            .header("Authorization", "Bearer " + Flow.REPORTER)
            .header("Accept", "text/event-stream")
            .build();
    CompletableFuture<HttpResponse<InputStream>> response =
        client.sendAsync(request, HttpResponse.BodyHandlers.ofInputStream());
    HttpResponse<InputStream> stream = response.get(5, TimeUnit.SECONDS);
    assertEquals(200, stream.statusCode());
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader in =
                  new BufferedReader(
                      new InputStreamReader(stream.body(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                  lines.add(line);
                }
              } catch (Exception ignored) {
                // the stream is closed when the test ends
              }
            });
    reader.setDaemon(true);
    reader.start();
    assertTrue(waitFor(lines, "event:ready", Duration.ofSeconds(5)), "no ready event");

    long sent = System.nanoTime();
    given()
        .auth()
        .oauth2(TECH)
        .header("If-Match", "\"0\"")
        .post("/api/v1/incidents/{id}/acknowledge", id)
        .then()
        .statusCode(200);
    assertTrue(
        waitFor(lines, "event:incident.acknowledged", Duration.ofSeconds(1)),
        "no live event within 1 s");
    assertTrue(Duration.ofNanos(System.nanoTime() - sent).toMillis() < 1000);

    long other = Flow.report("别的故障");
    given()
        .auth()
        .oauth2(TECH)
        .header("If-Match", "\"0\"")
        .post("/api/v1/incidents/{id}/acknowledge", other)
        .then()
        .statusCode(200);
    given()
        .auth()
        .oauth2(TECH)
        .contentType(ContentType.JSON)
        .body(Map.of("text", "收到"))
        .post("/api/v1/incidents/{id}/notes", id)
        .then()
        .statusCode(201);
    assertTrue(waitFor(lines, "event:incident.note", Duration.ofSeconds(1)));
    assertTrue(
        lines.stream().noneMatch(line -> line.contains("\"incidentId\":" + other + ",")),
        "an event of another incident reached this stream");
    stream.body().close();
  }

  @Test
  void theStreamNeedsAToken() {
    given().get("/api/v1/incidents/stream").then().statusCode(401);
  }

  private static boolean waitFor(BlockingQueue<String> lines, String wanted, Duration timeout)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      String line = lines.poll(50, TimeUnit.MILLISECONDS);
      if (line != null && line.replace(" ", "").startsWith(wanted)) {
        return true;
      }
    }
    return false;
  }
}
