package com.kuailv.emergency.escalation;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Puts test users on duty (an override shift from a minute ago for three hours, with a phone) and
 * removes those shifts again on close, so other tests' rosters are as they left them.
 */
final class Rosters implements AutoCloseable {
  private final String admin;
  private final List<Long> shifts = new ArrayList<>();

  Rosters(String adminToken) {
    this.admin = adminToken;
  }

  /** The caller of {@code token} on duty for {@code group} now, reachable at {@code phone}. */
  String onDuty(String token, String group, String phone) {
    String subject =
        given()
            .auth()
            .oauth2(token)
            .get("/api/v1/me")
            .then()
            .statusCode(200)
            .extract()
            .path("subject");
    given()
        .auth()
        .oauth2(admin)
        .contentType(ContentType.JSON)
        .body(Map.of("phone", phone))
        .put("/api/v1/org/people/{s}/contact", subject)
        .then()
        .statusCode(200);
    Instant now = Instant.now();
    shifts.add(
        given()
            .auth()
            .oauth2(admin)
            .contentType(ContentType.JSON)
            .body(
                Map.of(
                    "subject",
                    subject,
                    "startsAt",
                    now.minus(Duration.ofMinutes(1)).toString(),
                    "endsAt",
                    now.plus(Duration.ofHours(3)).toString(),
                    "override",
                    true,
                    "note",
                    "escalation test"))
            .post("/api/v1/org/roster/{g}/shifts", group)
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id"));
    return subject;
  }

  @Override
  public void close() {
    for (long shift : shifts) {
      given()
          .auth()
          .oauth2(admin)
          .delete("/api/v1/org/roster/shifts/{id}", shift)
          .then()
          .statusCode(204);
    }
    shifts.clear();
  }
}
