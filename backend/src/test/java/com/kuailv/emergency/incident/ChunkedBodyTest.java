package com.kuailv.emergency.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.kuailv.emergency.testing.Db;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * A body sent in chunks, with no Content-Length, is still held to the size limit: the server
 * answers 413 or, when the client is still sending, closes the connection. Nothing is stored.
 */
@QuarkusTest
class ChunkedBodyTest {
  @TestHTTPResource("/api/v1/incidents")
  URI incidents;

  @Inject Db db;

  @Test
  void aChunkedTwoMegabyteBodyIsRefused() throws Exception {
    // Counted by title: alerts of other tests may open incidents meanwhile.
    String stored = "incident where title like 'chunked-2mb%'";
    long before = db.count(stored);
    byte[] body = ("{\"title\":\"chunked-2mb" + "x".repeat(2 * 1024 * 1024) + "\"}").getBytes();
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    try {
      HttpResponse<String> response =
          client.send(
              HttpRequest.newBuilder(incidents)
                  .header("Authorization", "Bearer " + Flow.REPORTER)
                  .header("Content-Type", "application/json")
                  .POST(
                      HttpRequest.BodyPublishers.ofInputStream(
                          () -> new ByteArrayInputStream(body)))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertEquals(413, response.statusCode());
    } catch (IOException closedWhileSending) {
      // refused before the upload finished: also a refusal
    }
    assertEquals(before, db.count(stored));
  }
}
