package com.kuailv.emergency.incident;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kuailv.emergency.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class IncidentResourceTest {
  static final String REPORTER = Tokens.forUser("reporter", "reporter");
  static final String WAREHOUSE = Tokens.forUser("warehouse", "business", "warehouse", "reporter");

  static Map<String, Object> report(String title) {
    return Map.of(
        "title",
        title,
        "phenomenon",
        "订单系统提交订单时报错 500，仓库无法拉取拣货单",
        "occurredAt",
        OffsetDateTime.now(ZoneOffset.ofHours(8))
            .minusMinutes(10)
            .truncatedTo(ChronoUnit.SECONDS)
            .toString(),
        "scope",
        Map.of(
            "affectedSystems", List.of("订单系统 OMS", "WMS"),
            "businessLines", List.of("WAREHOUSE", "SALES"),
            "regions", List.of("北京", "天津")),
        "contact",
        "王 138-0000-0000");
  }

  static ValidatableResponse post(String token, Object body) {
    return given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/v1/incidents")
        .then();
  }

  @Test
  void reporterReportsAnIncidentAndTheReporterComesFromTheToken() {
    var created =
        post(REPORTER, report("订单系统无法下单"))
            .statusCode(201)
            .header("Location", containsString("/api/v1/incidents/"))
            .header("ETag", equalTo("\"0\""))
            .body("status", equalTo("REPORTED"))
            .body("title", equalTo("订单系统无法下单"))
            .body("scope.businessLines", equalTo(List.of("WAREHOUSE", "SALES")))
            .body("scope.regions", equalTo(List.of("北京", "天津")))
            .body("reporter.subject", equalTo(Tokens.subjectOf("reporter")))
            .body("reporter.name", equalTo("Test reporter"))
            .body("reportedAt", notNullValue())
            .extract();
    String location = created.header("Location");
    long id = created.jsonPath().getLong("id");
    assertEquals(true, location.endsWith("/api/v1/incidents/" + id));

    given()
        .auth()
        .oauth2(WAREHOUSE)
        .get("/api/v1/incidents/{id}", id)
        .then()
        .statusCode(200)
        .header("ETag", equalTo("\"0\""))
        .body("id", is((int) id))
        .body("phenomenon", containsString("拣货单"))
        .body("occurredAt", endsWith("Z"));

    given()
        .auth()
        .oauth2(WAREHOUSE)
        .get("/api/v1/incidents/{id}/timeline", id)
        .then()
        .statusCode(200)
        .body("", hasSize(2))
        .body("[0].kind", equalTo("REPORTED"))
        .body("[0].actor.subject", equalTo(Tokens.subjectOf("reporter")))
        // The default escalation policy's first step pages the technical team at once.
        .body("[1].kind", equalTo("PAGED"));
  }

  @Test
  void listIsNewestFirstPagedAndFilteredByStatus() {
    long first = post(REPORTER, report("列表-第一")).statusCode(201).extract().jsonPath().getLong("id");
    long second =
        post(REPORTER, report("列表-第二")).statusCode(201).extract().jsonPath().getLong("id");

    given()
        .auth()
        .oauth2(REPORTER)
        .queryParam("mine", true) // alerts may open incidents in the background meanwhile
        .queryParam("size", 2)
        .get("/api/v1/incidents")
        .then()
        .statusCode(200)
        .body("page", is(0))
        .body("size", is(2))
        .body("total", greaterThanOrEqualTo(2))
        .body("items", hasSize(2))
        .body("items[0].id", is((int) second))
        .body("items[1].id", is((int) first));

    given()
        .auth()
        .oauth2(WAREHOUSE)
        .queryParam("status", "REPORTED")
        .get("/api/v1/incidents")
        .then()
        .statusCode(200)
        .body("items.status", everyItem(equalTo("REPORTED")))
        .body("items.id", hasItem((int) second));

    given()
        .auth()
        .oauth2(WAREHOUSE)
        .queryParam("status", "RESOLVED")
        .get("/api/v1/incidents")
        .then()
        .statusCode(200)
        // Other tests resolve incidents of their own; these two are only reported.
        .body("items.status", everyItem(equalTo("RESOLVED")))
        .body("items.id", not(hasItem((int) first)))
        .body("items.id", not(hasItem((int) second)));

    List<Integer> oldestFirst =
        given()
            .auth()
            .oauth2(REPORTER)
            .queryParam("sort", "reportedAt,asc")
            .queryParam("mine", true)
            .queryParam("from", OffsetDateTime.now().minusMinutes(5).toString())
            .queryParam("size", 100)
            .get("/api/v1/incidents")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("items.id");
    assertTrue(oldestFirst.indexOf((int) first) < oldestFirst.indexOf((int) second));
    assertTrue(oldestFirst.indexOf((int) first) >= 0);
  }

  @Test
  void listFiltersByGradeCategoryTimeAndMine() {
    long graded = Flow.responding("筛选-已定级");
    String mine = Tokens.forUser("filter-owner", "reporter");
    long own = post(mine, report("筛选-我的")).statusCode(201).extract().jsonPath().getLong("id");

    given()
        .auth()
        .oauth2(WAREHOUSE)
        .queryParam("grade", "SERIOUS")
        .queryParam("category", "SYSTEM_CRASH")
        .queryParam("size", 100)
        .get("/api/v1/incidents")
        .then()
        .statusCode(200)
        .body("items.grade", everyItem(equalTo("SERIOUS")))
        .body("items.id", hasItem((int) graded));
    given()
        .auth()
        .oauth2(mine)
        .queryParam("mine", true)
        .get("/api/v1/incidents")
        .then()
        .statusCode(200)
        .body("total", is(1))
        .body("items[0].id", is((int) own));
    given()
        .auth()
        .oauth2(WAREHOUSE)
        .queryParam("from", OffsetDateTime.now().plusHours(1).toString())
        .get("/api/v1/incidents")
        .then()
        .statusCode(200)
        .body("total", is(0));
    given()
        .auth()
        .oauth2(WAREHOUSE)
        .queryParam("from", OffsetDateTime.now().minusHours(1).toString())
        .queryParam("to", OffsetDateTime.now().plusHours(1).toString())
        .queryParam("size", 100)
        .get("/api/v1/incidents")
        .then()
        .statusCode(200)
        .body("items.id", hasItem((int) own));
  }

  @Test
  void badListParametersAreProblemsNamingTheParameter() {
    problem(
        given().auth().oauth2(WAREHOUSE).queryParam("grade", "HUGE").get("/api/v1/incidents"),
        400,
        "grade");
    problem(
        given().auth().oauth2(WAREHOUSE).queryParam("from", "yesterday").get("/api/v1/incidents"),
        400,
        "from");
    problem(
        given().auth().oauth2(WAREHOUSE).queryParam("status", "ON_FIRE").get("/api/v1/incidents"),
        400,
        "status");
    problem(
        given().auth().oauth2(WAREHOUSE).queryParam("size", 1000).get("/api/v1/incidents"),
        400,
        "size");
    problem(
        given().auth().oauth2(WAREHOUSE).queryParam("sort", "title").get("/api/v1/incidents"),
        400,
        "sort");
  }

  @Test
  void unknownIncidentIsNotFound() {
    given()
        .auth()
        .oauth2(WAREHOUSE)
        .get("/api/v1/incidents/{id}", 987654321)
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("status", is(404))
        .body("title", equalTo("不存在"));
    given()
        .auth()
        .oauth2(WAREHOUSE)
        .header("Accept-Language", "en")
        .get("/api/v1/incidents/{id}", 987654321)
        .then()
        .statusCode(404)
        .body("title", equalTo("Not found"));
    given()
        .auth()
        .oauth2(WAREHOUSE)
        .get("/api/v1/incidents/{id}/timeline", 987654321)
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
  }

  static ValidatableResponse problem(
      io.restassured.response.Response response, int status, String field) {
    return response
        .then()
        .statusCode(status)
        .contentType("application/problem+json")
        .body("status", is(status))
        .body("detail", notNullValue())
        .body("errors.field", hasItem(field));
  }

  @Test
  void aMissingIncidentIsNamedInTheCallersLanguage() {
    given()
        .auth()
        .oauth2(REPORTER)
        .get("/api/v1/incidents/987654321")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("detail", equalTo("找不到故障 987654321。"));
    given()
        .auth()
        .oauth2(REPORTER)
        .header("Accept-Language", "en")
        .get("/api/v1/incidents/987654321")
        .then()
        .statusCode(404)
        .body("detail", equalTo("There is no incident 987654321."));
  }
}
