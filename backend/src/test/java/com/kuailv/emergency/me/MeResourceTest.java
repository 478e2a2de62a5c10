package com.kuailv.emergency.me;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

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
        .body("groups", containsInAnyOrder("business", "business.logistics"));
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
