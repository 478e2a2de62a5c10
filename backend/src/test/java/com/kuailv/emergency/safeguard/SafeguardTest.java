package com.kuailv.emergency.safeguard;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.kuailv.emergency.testing.Db;
import com.kuailv.emergency.testing.OnVertx;
import com.kuailv.emergency.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SafeguardTest {
  static final String TECH = Tokens.forUser("sg-tech", "tech", "reporter");
  static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

  @Inject Db db;
  @Inject SafeguardService safeguards;

  static Map<String, Object> system(String name) {
    Map<String, Object> body = new HashMap<>();
    body.put("name", name);
    body.put("description", "订单主库");
    body.put("backupEveryHours", 24);
    body.put("retentionDays", 14);
    body.put("offsiteCopy", true);
    body.put("redundancy", "一主两从，跨可用区");
    body.put("restoreCheckDays", 30);
    return body;
  }

  static ValidatableResponse create(String token, Map<String, Object> body) {
    return given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/v1/safeguards")
        .then()
        .log()
        .ifValidationFails();
  }

  static ValidatableResponse restore(long id, LocalDate on, boolean passed) {
    return given()
        .auth()
        .oauth2(TECH)
        .contentType(ContentType.JSON)
        .body(Map.of("checkedOn", on.toString(), "passed", passed, "note", "verify-restore.sh"))
        .post("/api/v1/safeguards/{id}/restore-checks", id)
        .then();
  }

  boolean overdue(long id) {
    return given()
        .auth()
        .oauth2(TECH)
        .get("/api/v1/safeguards/{id}", id)
        .then()
        .extract()
        .jsonPath()
        .getBoolean("restoreOverdue");
  }

  @Test
  void aSystemIsReadyOnlyWithAPassedRestoreWithinItsPolicy() {
    long id = create(TECH, system("订单系统")).statusCode(201).extract().jsonPath().getLong("id");
    assertEquals(true, overdue(id), "never restored: not ready");
    restore(id, TODAY.minusDays(2), false).statusCode(201);
    assertEquals(true, overdue(id), "a failed restore does not count");
    restore(id, TODAY.minusDays(1), true).statusCode(201).body("passed", equalTo(true));
    assertEquals(false, overdue(id));
    given()
        .auth()
        .oauth2(Tokens.forUser("sg-commander", "commander", "reporter"))
        .get("/api/v1/safeguards/{id}/restore-checks", id)
        .then()
        .statusCode(200)
        .body("passed", equalTo(java.util.List.of(true, false)));

    OnVertx.await(() -> safeguards.flagStaleRestores(TODAY.plusDays(29)));
    assertEquals(false, overdue(id));
    OnVertx.await(() -> safeguards.flagStaleRestores(TODAY.plusDays(31)));
    assertEquals(true, overdue(id), "the last verified restore is older than the policy");
    assertEquals(
        1,
        db.first(
                "select count(*) from audit_entry where action = 'safeguard.restore-overdue'"
                    + " and entity_id = '"
                    + id
                    + "'")
            .getLong(0));
    OnVertx.await(() -> safeguards.flagStaleRestores(TODAY));
    assertEquals(false, overdue(id));
  }

  @Test
  void badInputIsRefusedNamingTheFieldAndNothingIsStored() {
    long before = db.count("protected_system");
    Map<String, Object> noOffsite = system("x");
    noOffsite.remove("offsiteCopy");
    Map<String, Object> zeroHours = system("y");
    zeroHours.put("backupEveryHours", 0);
    create(TECH, noOffsite).statusCode(400).body("errors.field", hasItem("offsiteCopy"));
    create(TECH, zeroHours).statusCode(400).body("errors.field", hasItem("backupEveryHours"));
    create(TECH, system("仓储系统")).statusCode(201);
    create(TECH, system("仓储系统")).statusCode(400).body("errors.field", hasItem("name"));
    assertEquals(before + 1, db.count("protected_system"));
    long id = db.first("select id from protected_system where name = '仓储系统'").getLong(0);
    long checks = db.count("restore_check");
    restore(id, TODAY.plusDays(1), true).statusCode(400).body("errors.field", hasItem("checkedOn"));
    assertEquals(checks, db.count("restore_check"));
  }

  @Test
  void theTechnicalTeamAndAdminsKeepTheListOthersReadOrAreRefused() {
    create(Tokens.forUser("sg-commander", "commander", "reporter"), system("z")).statusCode(403);
    create(Tokens.forUser("sg-admin", "admin", "reporter"), system("支付系统")).statusCode(201);
    given()
        .auth()
        .oauth2(Tokens.forUser("sg-biz", "business", "reporter"))
        .get("/api/v1/safeguards")
        .then()
        .statusCode(200);
    given()
        .auth()
        .oauth2(Tokens.forUser("sg-reporter", "reporter"))
        .get("/api/v1/safeguards")
        .then()
        .statusCode(403);
    long id = db.first("select id from protected_system where name = '支付系统'").getLong(0);
    given()
        .auth()
        .oauth2(TECH)
        .contentType(ContentType.JSON)
        .body(system("支付系统"))
        .put("/api/v1/safeguards/{id}", id)
        .then()
        .statusCode(428);
    given()
        .auth()
        .oauth2(TECH)
        .header("If-Match", "\"0\"")
        .contentType(ContentType.JSON)
        .body(system("支付系统（新）"))
        .put("/api/v1/safeguards/{id}", id)
        .then()
        .statusCode(200)
        .body("name", equalTo("支付系统（新）"));
    given().auth().oauth2(TECH).get("/api/v1/safeguards/987654").then().statusCode(404);
  }
}
