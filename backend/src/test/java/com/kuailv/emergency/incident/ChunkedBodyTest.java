package com.kuailv.emergency.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * A body sent in chunks, with no Content-Length, is still held to the size limit. (Quarkus answers
 * this one itself, with an empty body; a declared length gets a problem document.)
 */
@QuarkusTest
class ChunkedBodyTest {
  @TestHTTPResource("/api/v1/incidents")
  URI incidents;

  @Test
  void aChunkedTwoMegabyteBodyIsRefused() throws Exception {
    byte[] body = ("{\"title\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}").getBytes();
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(incidents)
                    .header("Authorization", "Bearer " + Flow.REPORTER)
                    .header("Content-Type", "application/json")
                    .POST(
                        HttpRequest.BodyPublishers.ofInputStream(
                            () -> new ByteArrayInputStream(body)))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertEquals(413, response.statusCode());
    System.out.println(
        "CHUNKED 413 content-type: "
            + response.headers().firstValue("content-type")
            + " body: "
            + response.body());
  }
}
