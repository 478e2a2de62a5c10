package com.kuailv.emergency.incident;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import com.kuailv.emergency.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OnDutyActivationTest {
  @Test
  void activationMakesTheOnDutyTechnicianTheTechLead() {
    given()
        .auth()
        .oauth2(Tokens.forUser("duty-tech", "tech", "reporter"))
        .get("/api/v1/me")
        .then()
        .statusCode(200);
    long shift =
        given()
            .auth()
            .oauth2(Flow.COMMANDER)
            .contentType(ContentType.JSON)
            .body(
                Map.of(
                    "subject", "sub-duty-tech",
                    "startsAt", Instant.now().minus(1, ChronoUnit.HOURS).toString(),
                    "endsAt", Instant.now().plus(1, ChronoUnit.HOURS).toString()))
            .post("/api/v1/org/roster/TECHNICAL/shifts")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id");
    try {
      long id = Flow.responding("值班技术负责人");
      given()
          .auth()
          .oauth2(Flow.TECH)
          .get("/api/v1/incidents/{id}/roles", id)
          .then()
          .statusCode(200)
          .body("find { it.role == 'TECH_LEAD' }.person.subject", equalTo("sub-duty-tech"));
    } finally {
      given()
          .auth()
          .oauth2(Flow.COMMANDER)
          .delete("/api/v1/org/roster/shifts/{id}", shift)
          .then()
          .statusCode(204);
    }
  }
}
