package com.kuailv.emergency.incident;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.kuailv.emergency.testing.Db;
import com.kuailv.emergency.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Bad input gets a problem naming the field, and nothing is stored. */
@QuarkusTest
class ReportIncidentValidationTest {
  static final String REPORTER = Tokens.forUser("reporter", "reporter");

  @Inject Db db;
  long incidentsBefore;
  long timelineBefore;

  @BeforeEach
  void countRows() {
    incidentsBefore = db.count("incident");
    timelineBefore = db.count("incident_timeline");
  }

  @AfterEach
  void nothingStored() {
    assertEquals(incidentsBefore, db.count("incident"), "incidents stored by a refused request");
    assertEquals(
        timelineBefore, db.count("incident_timeline"), "timeline written by a refused request");
  }

  static Map<String, Object> valid() {
    return new HashMap<>(IncidentResourceTest.report("校验用例"));
  }

  static ValidatableResponse postRaw(String body) {
    return given()
        .auth()
        .oauth2(REPORTER)
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/v1/incidents")
        .then()
        .contentType("application/problem+json");
  }

  static ValidatableResponse invalid(Map<String, Object> body, String field) {
    return IncidentResourceTest.post(REPORTER, body)
        .statusCode(400)
        .contentType("application/problem+json")
        .body("type", equalTo("/problems/validation"))
        .body("title", equalTo("输入有误"))
        .body("status", is(400))
        .body("instance", equalTo("/api/v1/incidents"))
        .body("errors.field", hasItem(field))
        .body("detail", containsString(field));
  }

  @Test
  void missingTitle() {
    Map<String, Object> body = valid();
    body.remove("title");
    invalid(body, "title");
  }

  @Test
  void blankTitle() {
    Map<String, Object> body = valid();
    body.put("title", "   ");
    invalid(body, "title");
  }

  @Test
  void titleOver200Characters() {
    Map<String, Object> body = valid();
    body.put("title", "断".repeat(201));
    invalid(body, "title");
  }

  @Test
  void titleOfExactly200CharactersIsAccepted() {
    Map<String, Object> body = valid();
    body.put("title", "断".repeat(200));
    IncidentResourceTest.post(REPORTER, body).statusCode(201);
    incidentsBefore++;
    // REPORTED, and PAGED by the default escalation policy's first step.
    timelineBefore += 2;
  }

  @Test
  void occurrenceMoreThanFiveMinutesAhead() {
    Map<String, Object> body = valid();
    body.put("occurredAt", OffsetDateTime.now().plusMinutes(6).toString());
    invalid(body, "occurredAt").body("errors[0].message", containsString("5 分钟"));
  }

  @Test
  void missingOccurrenceTimeAndPhenomenonAreBothNamed() {
    Map<String, Object> body = valid();
    body.remove("occurredAt");
    body.remove("phenomenon");
    invalid(body, "occurredAt").body("errors.field", hasItem("phenomenon"));
  }

  @Test
  void emptyScope() {
    Map<String, Object> body = valid();
    body.put("scope", Map.of());
    invalid(body, "scope");
  }

  @Test
  void blankRegionIsNamedWithItsIndex() {
    Map<String, Object> body = valid();
    body.put("scope", Map.of("regions", List.of("北京", " ")));
    invalid(body, "scope.regions[1]");
  }

  @Test
  void unknownBusinessLine() {
    Map<String, Object> body = valid();
    body.put("scope", Map.of("businessLines", List.of("FISHING")));
    invalid(body, "scope.businessLines[0]").body("detail", containsString("WAREHOUSE"));
  }

  @Test
  void unknownFieldSuchAsAReporterInTheBody() {
    Map<String, Object> body = valid();
    body.put("reporter", Map.of("subject", "someone-else"));
    invalid(body, "reporter").body("errors[0].message", equalTo("不是此请求的字段"));
  }

  @Test
  void occurrenceTimeThatIsNotATime() {
    Map<String, Object> body = valid();
    body.put("occurredAt", "yesterday");
    invalid(body, "occurredAt");
  }

  @Test
  void malformedJson() {
    postRaw("{\"title\": \"断网\", ")
        .statusCode(400)
        .body("type", equalTo("/problems/malformed-body"))
        .body("detail", containsString("JSON"))
        .body("detail", not(containsString("jackson")));
  }

  @Test
  void emptyBody() {
    postRaw("").statusCode(400).body("errors.field", hasItem("body"));
  }

  @Test
  void twoMegabyteBodyIsTooLarge() {
    Map<String, Object> body = valid();
    body.put("phenomenon", "x".repeat(2 * 1024 * 1024));
    IncidentResourceTest.post(REPORTER, body)
        .statusCode(413)
        .contentType("application/problem+json")
        .body("status", is(413));
  }

  @Test
  void wrongContentType() {
    given()
        .auth()
        .oauth2(REPORTER)
        .contentType(ContentType.TEXT)
        .body("title=断网")
        .post("/api/v1/incidents")
        .then()
        .statusCode(415)
        .contentType("application/problem+json");
  }
}
