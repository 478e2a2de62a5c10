package com.kuailv.emergency.incident;

import static io.restassured.RestAssured.given;

import com.kuailv.emergency.testing.Tokens;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Drives an incident through the API as the demo roles would. */
public final class Flow {
  public static final String COMMANDER = Tokens.forUser("commander", "commander", "reporter");
  public static final String TECH = Tokens.forUser("tech", "tech", "reporter");
  public static final String SALES = Tokens.forUser("sales", "business", "sales", "reporter");
  public static final String WAREHOUSE =
      Tokens.forUser("warehouse", "business", "warehouse", "reporter");
  public static final String DRIVER = Tokens.forUser("driver", "business", "logistics", "reporter");
  public static final String REPORTER = Tokens.forUser("reporter", "reporter");

  private Flow() {}

  public static long report(String title) {
    return IncidentResourceTest.post(REPORTER, IncidentResourceTest.report(title))
        .statusCode(201)
        .extract()
        .jsonPath()
        .getLong("id");
  }

  public static long version(long id) {
    return given()
        .auth()
        .oauth2(COMMANDER)
        .get("/api/v1/incidents/{id}", id)
        .jsonPath()
        .getLong("version");
  }

  public static Response act(String token, long id, String action, Object body) {
    var request =
        given()
            .auth()
            .oauth2(token)
            .header("If-Match", "\"" + version(id) + "\"")
            .contentType(ContentType.JSON);
    if (body != null) {
      request = request.body(body);
    }
    return request.post("/api/v1/incidents/{id}/{action}", id, action);
  }

  public static Map<String, Object> assessment(
      List<String> coreFlows, int ordersPerHour, String loss) {
    return Map.of(
        "affectedModules",
        List.of("订单", "库存同步"),
        "businessLines",
        List.of("SALES"),
        "coreFlowsDown",
        coreFlows,
        "ordersAffectedPerHour",
        ordersPerHour,
        "expectedRecoveryMinutes",
        60,
        "estimatedLoss",
        new BigDecimal(loss),
        "category",
        "SYSTEM_CRASH");
  }

  /** Reports an incident and takes it to RESPONDING at grade SERIOUS. */
  public static long responding(String title) {
    long id = report(title);
    act(TECH, id, "acknowledge", null).then().statusCode(200);
    act(TECH, id, "assess", assessment(List.of("ORDERS"), 300, "20000.00")).then().statusCode(200);
    act(COMMANDER, id, "grade", Map.of("grade", "SERIOUS")).then().statusCode(200);
    act(COMMANDER, id, "activate", Map.of()).then().statusCode(200);
    return id;
  }
}
