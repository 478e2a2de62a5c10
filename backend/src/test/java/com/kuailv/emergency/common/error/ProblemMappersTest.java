package com.kuailv.emergency.common.error;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import com.kuailv.emergency.incident.Flow;
import com.kuailv.emergency.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProblemMappersTest {
  @Test
  void aNumberTooLargeForItsFieldIsNamedOnThatFieldNestedPathsIncluded() {
    long id = Flow.report("过大的数字");
    Flow.act(Flow.TECH, id, "acknowledge", null).then().statusCode(200);
    for (String orders : List.of("1e20", "99999999999", "100000000000000000000")) {
      given()
          .auth()
          .oauth2(Flow.TECH)
          .header("If-Match", "\"" + Flow.version(id) + "\"")
          .contentType("application/json")
          .body(
              "{\"ordersAffectedPerHour\": "
                  + orders
                  + ", \"expectedRecoveryMinutes\": 30, \"estimatedLoss\": 100}")
          .post("/api/v1/incidents/{id}/assess", id)
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("errors.field", hasItem("ordersAffectedPerHour"))
          .body("errors.message", hasItem("超出范围：数值大于此字段能容纳的上限"));
    }
    given()
        .auth()
        .oauth2(Tokens.forUser("numbers-admin", "admin", "reporter"))
        .contentType("application/json")
        .body(
            "{\"name\": \"过大\", \"repeatTimes\": 0, \"steps\": [{\"target\": \"COMMANDER\","
                + " \"waitMinutes\": 1e12}]}")
        .post("/api/v1/escalation-policies")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("steps[0].waitMinutes"));
  }

  /** Field messages in the caller's language, the platform's own rules in words, not regexes. */
  @Test
  void fieldMessagesComeInTheCallersLanguageWithoutRawPatterns() {
    String body =
        "{\"name\": \" \", \"kind\": \"WECOM\", \"url\": \"https://qyapi.weixin.qq.com/x?key=1\","
            + " \"language\": \"fr\"}";
    for (String[] expected :
        List.of(
            new String[] {"zh-CN", "只能是 zh-CN 或 en", "不能为空"},
            new String[] {"en", "must be zh-CN or en", "must not be blank"})) {
      given()
          .auth()
          .oauth2(Tokens.forUser("messages-admin", "admin"))
          .header("Accept-Language", expected[0])
          .contentType("application/json")
          .body(body)
          .post("/api/v1/notification-channels")
          .then()
          .statusCode(400)
          .body("errors.find { it.field == 'language' }.message", equalTo(expected[1]))
          .body("errors.find { it.field == 'name' }.message", equalTo(expected[2]));
    }
  }

  @Test
  void anInternalErrorNeverLeaksClassNamesOrMessages() {
    given()
        .get("/test-only/failing")
        .then()
        .statusCode(500)
        .contentType("application/problem+json")
        .body("title", equalTo("服务出错"))
        .body("detail", containsString("错误编号"));
    given()
        .header("Accept-Language", "en-US,en;q=0.9")
        .get("/test-only/failing")
        .then()
        .statusCode(500)
        .contentType("application/problem+json")
        .body("title", equalTo("Internal error"))
        .body("detail", containsString("error id"))
        .body(not(containsString("IllegalStateException")))
        .body(not(containsString("secret detail")))
        .body(not(containsString("com.kuailv")));
  }

  @Test
  void textPostgresRefusesIsTheCallersMistakeNotAServerError() {
    given()
        .get("/test-only/failing/unstorable")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("detail", containsString("无法保存"))
        .body("detail", not(containsString("0x00")));
  }

  @Test
  void aWriteRefusedByAUniqueIndexIsAConflictThatSaysWhatToDo() {
    given()
        .get("/test-only/failing/duplicate")
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("detail", containsString("再试"))
        .body(not(containsString("secret")));
  }

  @Test
  void unknownApiPathIsAProblem() {
    given()
        .auth()
        .oauth2(Tokens.forUser("reporter", "reporter"))
        .get("/api/v1/no-such-thing")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("status", is(404));
  }

  @Test
  void wrongMethodIsAProblem() {
    given()
        .auth()
        .oauth2(Tokens.forUser("reporter", "reporter"))
        .delete("/api/v1/incidents")
        .then()
        .statusCode(405)
        .contentType("application/problem+json");
  }
}
