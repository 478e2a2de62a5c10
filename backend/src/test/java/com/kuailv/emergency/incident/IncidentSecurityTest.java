package com.kuailv.emergency.incident;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.kuailv.emergency.testing.Db;
import com.kuailv.emergency.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Who may report and read incidents, and who is refused. */
@QuarkusTest
class IncidentSecurityTest {
  @Inject Db db;

  static ValidatableResponse unauthorized(ValidatableResponse response) {
    return response
        .statusCode(401)
        .contentType("application/problem+json")
        .header("WWW-Authenticate", startsWith("Bearer"))
        .body("status", is(401));
  }

  @Test
  void noTokenIsUnauthorized() {
    unauthorized(given().get("/api/v1/incidents").then());
    unauthorized(IncidentResourceTest.post("", IncidentResourceTest.report("无令牌")).statusCode(401));
  }

  @Test
  void tokenFromAnotherIssuerIsUnauthorized() {
    unauthorized(
        given()
            .auth()
            .oauth2(Tokens.fromOtherIssuer("mallory", "reporter", "commander"))
            .get("/api/v1/incidents")
            .then());
  }

  @Test
  void expiredTokenIsUnauthorized() {
    unauthorized(
        given()
            .auth()
            .oauth2(Tokens.expired("reporter", "reporter"))
            .get("/api/v1/incidents")
            .then());
  }

  @Test
  void tokenForAnotherAudienceIsUnauthorized() {
    unauthorized(
        given()
            .auth()
            .oauth2(Tokens.forOtherAudience("reporter", "reporter"))
            .get("/api/v1/incidents")
            .then());
  }

  @Test
  void garbageTokenIsUnauthorized() {
    unauthorized(given().auth().oauth2("not-a-jwt").get("/api/v1/incidents").then());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "reporter",
        "commander",
        "tech",
        "business",
        "procurement",
        "warehouse",
        "logistics",
        "sales",
        "comms",
        "admin"
      })
  void everyStaffRoleMayReport(String role) {
    IncidentResourceTest.post(
            Tokens.forUser("user-" + role, role), IncidentResourceTest.report("角色上报 " + role))
        .statusCode(201)
        .body("reporter.subject", equalTo(Tokens.subjectOf("user-" + role)));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "reporter",
        "commander",
        "tech",
        "business",
        "procurement",
        "warehouse",
        "logistics",
        "sales",
        "comms",
        "admin",
        "integration"
      })
  void everyGroupMayRead(String role) {
    given()
        .auth()
        .oauth2(Tokens.forUser("reader-" + role, role))
        .get("/api/v1/incidents")
        .then()
        .statusCode(200);
  }

  @Test
  void anIntegrationMayReadButNotReport() {
    long before = db.count("incident");
    IncidentResourceTest.post(
            Tokens.forUser("oms", "integration"), IncidentResourceTest.report("系统上报"))
        .statusCode(403)
        .contentType("application/problem+json")
        .body("status", is(403));
    assertEquals(before, db.count("incident"));
  }

  @Test
  void aTokenWithoutRolesIsForbidden() {
    given()
        .auth()
        .oauth2(Tokens.forUser("nobody"))
        .get("/api/v1/incidents")
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
  }
}
