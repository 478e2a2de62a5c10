package com.kuailv.emergency.org;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.kuailv.emergency.testing.Db;
import com.kuailv.emergency.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OrgTest {
  static final String ADMIN = Tokens.forUser("org-admin", "admin", "reporter");
  static final String COMMANDER = Tokens.forUser("org-commander", "commander", "reporter");

  @Inject Db db;

  /** A person exists once they have signed in (GET /me records them). */
  static String signedIn(String username, String... roles) {
    given().auth().oauth2(Tokens.forUser(username, roles)).get("/api/v1/me").then().statusCode(200);
    return "sub-" + username;
  }

  static ValidatableResponse shift(
      String group, String subject, String from, String to, boolean override) {
    return given()
        .auth()
        .oauth2(COMMANDER)
        .contentType(ContentType.JSON)
        .body(Map.of("subject", subject, "startsAt", from, "endsAt", to, "override", override))
        .post("/api/v1/org/roster/{group}/shifts", group)
        .then();
  }

  static ValidatableResponse onDuty(String at) {
    return given()
        .auth()
        .oauth2(Tokens.forUser("org-driver", "business", "logistics", "reporter"))
        .queryParam("at", at)
        .get("/api/v1/org/roster/on-duty")
        .then()
        .statusCode(200);
  }

  @Test
  void theFourGroupsWithTheBusinessSubGroupsAndTheirMembers() {
    String wang = signedIn("org-wang", "business", "warehouse", "reporter");
    long auditBefore = db.first("select coalesce(max(id), 0) from audit_entry").getLong(0);
    given()
        .auth()
        .oauth2(ADMIN)
        .contentType(ContentType.JSON)
        .body(Map.of("subject", wang, "lead", true))
        .put("/api/v1/org/groups/WAREHOUSE/members")
        .then()
        .statusCode(204);
    given()
        .auth()
        .oauth2(COMMANDER)
        .contentType(ContentType.JSON)
        .body(Map.of("subject", wang, "lead", true))
        .put("/api/v1/org/groups/WAREHOUSE/members")
        .then()
        .statusCode(403);
    given()
        .auth()
        .oauth2(ADMIN)
        .contentType(ContentType.JSON)
        .body(Map.of("subject", "sub-nobody", "lead", false))
        .put("/api/v1/org/groups/WAREHOUSE/members")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("subject"));
    given()
        .auth()
        .oauth2(Tokens.forUser("org-reporter", "reporter"))
        .get("/api/v1/org/groups")
        .then()
        .statusCode(200)
        .body("code", hasItem("COMMUNICATIONS"))
        .body("find { it.code == 'WAREHOUSE' }.parentCode", equalTo("BUSINESS"))
        .body("find { it.code == 'WAREHOUSE' }.members.subject", hasItem(wang))
        .body("find { it.code == 'TECHNICAL' }.duties", hasItem("回滚与数据恢复"));
    given()
        .auth()
        .oauth2(ADMIN)
        .delete("/api/v1/org/groups/WAREHOUSE/members/{s}", wang)
        .then()
        .statusCode(204);
    assertEquals(
        2,
        db.first(
                "select count(*) from audit_entry where entity_type = 'group'"
                    + " and entity_id = 'WAREHOUSE' and id > "
                    + auditBefore)
            .getLong(0));
  }

  @Test
  void adminsKeepContactDetailsAndBadOnesAreRefused() {
    String li = signedIn("org-li", "tech", "reporter");
    given()
        .auth()
        .oauth2(ADMIN)
        .contentType(ContentType.JSON)
        .body(Map.of("phone", "138 0000 0000", "email", "not-an-email"))
        .put("/api/v1/org/people/{s}/contact", li)
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("email"));
    given()
        .auth()
        .oauth2(ADMIN)
        .contentType(ContentType.JSON)
        .body(Map.of("phone", "138 0000 0000", "email", "li@example.com", "wecomId", "li.wei"))
        .put("/api/v1/org/people/{s}/contact", li)
        .then()
        .statusCode(200);
    given()
        .auth()
        .oauth2(COMMANDER)
        .get("/api/v1/org/people")
        .then()
        .statusCode(200)
        .body("find { it.subject == '" + li + "' }.contact.wecomId", equalTo("li.wei"));
    given()
        .auth()
        .oauth2(Tokens.forUser("org-reporter", "reporter"))
        .get("/api/v1/org/people")
        .then()
        .statusCode(403);
  }

  @Test
  void shiftsNeverOverlapForOnePersonAndAnOverrideWins() {
    String zhao = signedIn("org-zhao", "business", "sales", "reporter");
    String qian = signedIn("org-qian", "business", "sales", "reporter");
    shift("SALES", zhao, "2031-03-01T00:00:00+08:00", "2031-03-02T00:00:00+08:00", false)
        .statusCode(201);
    long shifts = db.count("roster_shift");
    shift("PROCUREMENT", zhao, "2031-03-01T12:00:00+08:00", "2031-03-01T18:00:00+08:00", false)
        .statusCode(400)
        .body("errors.field", hasItem("startsAt"));
    shift("SALES", qian, "2031-03-01T12:00:00+08:00", "2031-03-01T10:00:00+08:00", false)
        .statusCode(400)
        .body("errors.field", hasItem("endsAt"));
    assertEquals(shifts, db.count("roster_shift"), "nothing stored");
    onDuty("2031-03-01T10:00:00+08:00")
        .body("find { it.groupCode == 'SALES' }.subject", equalTo(zhao))
        .body("find { it.groupCode == 'SALES' }.source", equalTo("SHIFT"));
    shift("SALES", qian, "2031-03-01T09:00:00+08:00", "2031-03-01T11:00:00+08:00", true)
        .statusCode(201);
    onDuty("2031-03-01T10:00:00+08:00")
        .body("find { it.groupCode == 'SALES' }.subject", equalTo(qian))
        .body("find { it.groupCode == 'SALES' }.source", equalTo("OVERRIDE"));
    given()
        .auth()
        .oauth2(Tokens.forUser("org-tech", "tech", "reporter"))
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "subject",
                zhao,
                "startsAt",
                "2031-04-01T00:00:00Z",
                "endsAt",
                "2031-04-02T00:00:00Z"))
        .post("/api/v1/org/roster/SALES/shifts")
        .then()
        .statusCode(403);
  }

  @Test
  void aRotationHandsOverAtItsHourInItsTimeZone() {
    String sun = signedIn("org-sun", "comms", "reporter");
    String zhou = signedIn("org-zhou", "comms", "reporter");
    Map<String, Object> rotation =
        Map.of(
            "timeZone", "Mars/Olympus",
            "startsOn", "2032-01-01",
            "handoffTime", "09:00",
            "shiftDays", 1,
            "members", List.of(sun, zhou));
    given()
        .auth()
        .oauth2(COMMANDER)
        .contentType(ContentType.JSON)
        .body(rotation)
        .put("/api/v1/org/roster/COMMUNICATIONS/rotation")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("timeZone"));
    given()
        .auth()
        .oauth2(COMMANDER)
        .contentType(ContentType.JSON)
        .body(
            new java.util.HashMap<>(
                Map.of(
                    "timeZone", "Asia/Shanghai",
                    "startsOn", "2032-01-01",
                    "handoffTime", "09:00",
                    "shiftDays", 1,
                    "members", List.of(sun, zhou))))
        .put("/api/v1/org/roster/COMMUNICATIONS/rotation")
        .then()
        .statusCode(200);
    onDuty("2032-01-01T10:00:00+08:00")
        .body("find { it.groupCode == 'COMMUNICATIONS' }.subject", equalTo(sun))
        .body("find { it.groupCode == 'COMMUNICATIONS' }.source", equalTo("ROTATION"));
    onDuty("2032-01-02T08:59:00+08:00")
        .body("find { it.groupCode == 'COMMUNICATIONS' }.subject", equalTo(sun));
    onDuty("2032-01-02T09:00:00+08:00")
        .body("find { it.groupCode == 'COMMUNICATIONS' }.subject", equalTo(zhou));
    onDuty("2032-01-03T09:30:00+08:00")
        .body("find { it.groupCode == 'COMMUNICATIONS' }.subject", equalTo(sun));
    onDuty("2031-12-31T10:00:00+08:00")
        .body("find { it.groupCode == 'COMMUNICATIONS' }.source", equalTo("NONE"));
  }

  @Test
  void expertsAreFoundBySkill() {
    String wu = signedIn("org-wu", "tech", "reporter");
    given()
        .auth()
        .oauth2(ADMIN)
        .contentType(ContentType.JSON)
        .body(Map.of("skills", List.of(), "note", ""))
        .put("/api/v1/org/experts/{s}", wu)
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("skills"));
    given()
        .auth()
        .oauth2(ADMIN)
        .contentType(ContentType.JSON)
        .body(Map.of("skills", List.of("PostgreSQL 恢复", "冷链温控"), "note", "夜间可联系"))
        .put("/api/v1/org/experts/{s}", wu)
        .then()
        .statusCode(204);
    given()
        .auth()
        .oauth2(COMMANDER)
        .queryParam("skill", "冷链")
        .get("/api/v1/org/experts")
        .then()
        .statusCode(200)
        .body("subject", hasItem(wu));
    given()
        .auth()
        .oauth2(COMMANDER)
        .queryParam("skill", "区块链")
        .get("/api/v1/org/experts")
        .then()
        .body("", hasSize(0));
  }
}
