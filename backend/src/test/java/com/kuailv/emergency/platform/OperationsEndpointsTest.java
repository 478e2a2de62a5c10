package com.kuailv.emergency.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OperationsEndpointsTest {
  @Test
  void readinessIncludesTheDatabase() {
    given()
        .get("/q/health/ready")
        .then()
        .statusCode(200)
        .body("status", equalTo("UP"))
        .body("checks.name", hasItem(org.hamcrest.Matchers.containsString("PostgreSQL")));
  }

  @Test
  void metricsAreExposed() {
    given().get("/q/metrics").then().statusCode(200);
  }

  @Test
  @SuppressWarnings("unchecked")
  void everyApiOperationDocumentsItsRolesAndProblems() {
    JsonPath openapi =
        JsonPath.from(
            given()
                .accept("application/json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .asString());
    Map<String, Map<String, Object>> paths = openapi.getMap("paths");
    List<String> checked = new ArrayList<>();
    paths.forEach(
        (path, operations) -> {
          if (!path.startsWith("/api/")) {
            return;
          }
          operations.forEach(
              (method, raw) -> {
                Map<String, Object> operation = (Map<String, Object>) raw;
                String where = method.toUpperCase() + " " + path;
                if ("integration-key".equals(operation.get("x-auth"))) {
                  assertTrue(
                      path.contains("{key}") || path.endsWith("/events"),
                      where + " is key-authenticated but takes no key");
                } else {
                  List<String> roles = (List<String>) operation.get("x-roles");
                  assertTrue(roles != null && !roles.isEmpty(), where + " lists no roles");
                  List<String> permissions = (List<String>) operation.get("x-permissions");
                  assertTrue(
                      path.endsWith("/events") || (permissions != null && permissions.size() == 1),
                      where + " names no permission");
                  List<Map<String, List<String>>> security =
                      (List<Map<String, List<String>>>) operation.get("security");
                  assertFalse(security == null || security.isEmpty(), where + " has no security");
                }
                Map<String, Map<String, Object>> responses =
                    (Map<String, Map<String, Object>>) operation.get("responses");
                for (String code : List.of("401", "403", "500")) {
                  Map<String, Object> content =
                      (Map<String, Object>) responses.get(code).get("content");
                  assertTrue(
                      content != null && content.containsKey("application/problem+json"),
                      where + " does not document " + code + " as a problem");
                }
                checked.add(where);
              });
        });
    assertTrue(checked.contains("POST /api/v1/incidents"), "incident report not documented");
    assertTrue(openapi.getList("paths.'/api/v1/incidents'.post.x-roles").contains("reporter"));
    assertFalse(openapi.getList("paths.'/api/v1/incidents'.post.x-roles").contains("integration"));
    assertTrue(openapi.getMap("paths.'/api/v1/incidents'.post.responses").containsKey("413"));
    assertEquals(List.of("integration"), openapi.getList("paths.'/api/v1/events'.post.x-roles"));
    assertEquals(
        List.of("incident:grade"),
        openapi.getList("paths.'/api/v1/incidents/{id}/grade'.post.x-permissions"));
    assertEquals(
        List.of("commander"), openapi.getList("paths.'/api/v1/incidents/{id}/grade'.post.x-roles"));
    assertEquals(
        List.of("commander"),
        openapi.getList("paths.'/api/v1/incidents/{id}/grade'.post.security[0].keycloak"));
    assertTrue(openapi.getMap("paths.'/api/v1/incidents/{id}'.get.responses").containsKey("404"));
  }
}
