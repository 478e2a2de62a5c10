package com.kuailv.emergency.incident;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.kuailv.emergency.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ResponseMatrixTest {
  static final String ADMIN = Tokens.forUser("admin", "admin", "reporter");

  @Test
  void defaultsFollowTheProductMatrixAndAdminsCanEditThem() {
    given()
        .auth()
        .oauth2(Flow.REPORTER)
        .get("/api/v1/response-matrix")
        .then()
        .statusCode(200)
        .body("grade", equalTo(List.of("GENERAL", "SERIOUS", "MAJOR")))
        .body("find { it.grade == 'MAJOR' }.ackMinutes", equalTo(5))
        .body("find { it.grade == 'MAJOR' }.mobilizedGroups", hasItem("COMMUNICATIONS"))
        .body("find { it.grade == 'GENERAL' }.updateMinutes", equalTo(120));

    Map<String, Object> change =
        Map.of(
            "mobilizedGroups",
            List.of("TECHNICAL", "COMMAND", "BUSINESS"),
            "ackMinutes",
            15,
            "updateMinutes",
            120,
            "externalStatement",
            "NO");
    given()
        .auth()
        .oauth2(ADMIN)
        .header("If-Match", "\"0\"")
        .contentType(ContentType.JSON)
        .body(change)
        .put("/api/v1/response-matrix/GENERAL")
        .then()
        .statusCode(200)
        .header("ETag", equalTo("\"1\""))
        .body("mobilizedGroups", hasItem("BUSINESS"));
    given()
        .auth()
        .oauth2(ADMIN)
        .header("If-Match", "\"0\"")
        .contentType(ContentType.JSON)
        .body(change)
        .put("/api/v1/response-matrix/GENERAL")
        .then()
        .statusCode(412);
    given()
        .auth()
        .oauth2(ADMIN)
        .header("If-Match", "\"1\"")
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "mobilizedGroups",
                List.of(),
                "ackMinutes",
                0,
                "updateMinutes",
                30,
                "externalStatement",
                "SOMETIMES"))
        .put("/api/v1/response-matrix/GENERAL")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("externalStatement"));
    given()
        .auth()
        .oauth2(ADMIN)
        .header("If-Match", "\"1\"")
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "mobilizedGroups",
                List.of("TECHNICAL", "COMMAND"),
                "ackMinutes",
                15,
                "updateMinutes",
                120,
                "externalStatement",
                "NO"))
        .put("/api/v1/response-matrix/GENERAL")
        .then()
        .statusCode(200);
  }
}
