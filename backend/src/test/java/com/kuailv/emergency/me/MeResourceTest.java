package com.kuailv.emergency.me;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import com.kuailv.emergency.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MeResourceTest {
  @Test
  void theCallerSeesTheirRolesAndGroups() {
    given()
        .auth()
        .oauth2(Tokens.forUser("driver", "business", "logistics", "reporter"))
        .get("/api/v1/me")
        .then()
        .statusCode(200)
        .body("username", equalTo("driver"))
        .body("subject", equalTo(Tokens.subjectOf("driver")))
        .body("displayName", equalTo("Test driver"))
        .body("roles", containsInAnyOrder("business", "logistics", "reporter"))
        .body("groups", containsInAnyOrder("BUSINESS", "LOGISTICS"))
        .body("permissions", hasItems("incident:report", "incident:assess", "risk:write"))
        .body("permissions", not(hasItem("incident:grade")))
        .body("permissions", not(hasItem("audit:read")));
  }

  @Test
  void aCommanderHoldsTheLifecyclePermissionsAndAMachineOnlyReads() {
    given()
        .auth()
        .oauth2(Tokens.forUser("cmd", "commander"))
        .get("/api/v1/me")
        .then()
        .statusCode(200)
        .body("groups", equalTo(java.util.List.of("COMMAND")))
        .body("permissions", hasItems("incident:grade", "incident:resolve", "audit:read"));
    given()
        .auth()
        .oauth2(Tokens.forUser("wms", "integration"))
        .get("/api/v1/me")
        .then()
        .statusCode(200)
        .body("groups", equalTo(java.util.List.of()))
        .body("permissions", containsInAnyOrder("incident:read", "me:read"));
  }

  @Test
  void withoutATokenItIsRefused() {
    given().get("/api/v1/me").then().statusCode(401);
  }

  @Test
  void aTokenWithoutRolesIsRefused() {
    given().auth().oauth2(Tokens.forUser("nobody")).get("/api/v1/me").then().statusCode(403);
  }
}
