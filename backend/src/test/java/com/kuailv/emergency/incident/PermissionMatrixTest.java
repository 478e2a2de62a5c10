package com.kuailv.emergency.incident;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.kuailv.emergency.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every cell of the role × action matrix (README, "Permissions"): allowed roles get past
 * authorization (a missing incident then answers 404), every other role gets 403.
 */
@QuarkusTest
class PermissionMatrixTest {
  static final List<String> ROLES =
      List.of(
          "commander",
          "tech",
          "business",
          "procurement",
          "warehouse",
          "logistics",
          "sales",
          "comms",
          "reporter",
          "admin",
          "integration");
  static final Set<String> STAFF =
      Set.of(
          "commander",
          "tech",
          "business",
          "procurement",
          "warehouse",
          "logistics",
          "sales",
          "comms",
          "reporter",
          "admin");
  static final long MISSING = 987_654_321L;

  record Action(String method, String path, Object body, Set<String> allowed) {}

  static final Map<String, Object> ASSESS = Flow.assessment(List.of(), 0, "0");
  static final List<Action> ACTIONS =
      List.of(
          new Action("POST", "/acknowledge", null, Set.of("commander", "tech")),
          new Action("POST", "/assess", ASSESS, Set.of("commander", "tech", "business")),
          new Action("POST", "/grade", Map.of("grade", "GENERAL"), Set.of("commander")),
          new Action("POST", "/activate", Map.of(), Set.of("commander")),
          new Action(
              "POST", "/regrade", Map.of("grade", "MAJOR", "reason", "r"), Set.of("commander")),
          new Action("POST", "/mitigate", Map.of(), Set.of("commander", "tech")),
          new Action("POST", "/resolve", null, Set.of("commander")),
          new Action("POST", "/review", null, Set.of("commander")),
          new Action("POST", "/cancel", Map.of("reason", "r"), Set.of("commander")),
          new Action("POST", "/notes", Map.of("text", "t"), STAFF),
          new Action("GET", "/tasks", null, union(STAFF, "integration")),
          new Action(
              "POST",
              "/tasks",
              Map.of(
                  "title",
                  "t",
                  "kind",
                  "TECHNICAL",
                  "action",
                  "OTHER",
                  "ownerGroup",
                  "TECHNICAL",
                  "dueAt",
                  "2030-01-01T00:00:00Z"),
              Set.of("commander", "tech", "business")),
          new Action("POST", "/tasks/1/start", null, STAFF),
          new Action("POST", "/tasks/1/complete", null, STAFF),
          new Action("GET", "/verification", null, union(STAFF, "integration")),
          new Action(
              "POST",
              "/verification/1/sign-off",
              Map.of("result", "PASSED"),
              Set.of(
                  "commander",
                  "tech",
                  "business",
                  "procurement",
                  "warehouse",
                  "logistics",
                  "sales",
                  "comms")),
          new Action("GET", "/roles", null, STAFF),
          new Action("GET", "/assessment", null, STAFF),
          new Action("GET", "/postmortem", null, STAFF),
          new Action(
              "PUT",
              "/postmortem",
              Map.of(
                  "causeCategory",
                  "c",
                  "causeDescription",
                  "d",
                  "wentWell",
                  "w",
                  "wentBadly",
                  "b",
                  "lessons",
                  "l"),
              Set.of("commander", "tech")),
          new Action(
              "POST",
              "/actions",
              Map.of("title", "t", "ownerName", "o", "dueDate", "2030-01-01"),
              Set.of("commander", "tech")),
          new Action("GET", "", null, union(STAFF, "integration")),
          new Action("GET", "/timeline", null, union(STAFF, "integration")));

  static Set<String> union(Set<String> roles, String extra) {
    return Stream.concat(roles.stream(), Stream.of(extra))
        .collect(java.util.stream.Collectors.toSet());
  }

  static Stream<Arguments> cells() {
    return ACTIONS.stream()
        .flatMap(
            action ->
                ROLES.stream()
                    .map(
                        role -> Arguments.of(action.method() + " " + action.path(), role, action)));
  }

  @ParameterizedTest(name = "{0} as {1}")
  @MethodSource("cells")
  void onlyTheAllowedRolesGetThrough(String name, String role, Action action) {
    var request =
        given().auth().oauth2(Tokens.forUser("matrix-" + role, role)).header("If-Match", "\"0\"");
    if (action.body() != null) {
      request = request.contentType(ContentType.JSON).body(action.body());
    }
    int status =
        request
            .request(action.method(), "/api/v1/incidents/" + MISSING + action.path())
            .statusCode();
    if (action.allowed().contains(role)) {
      assertNotEquals(403, status, role + " should be allowed to " + name);
      assertEquals(404, status, role + " on a missing incident");
    } else {
      assertEquals(403, status, role + " must be refused " + name);
    }
  }

  @ParameterizedTest(name = "response matrix update as {0}")
  @MethodSource("roles")
  void onlyAdminsEditTheResponseMatrix(String role) {
    int status =
        given()
            .auth()
            .oauth2(Tokens.forUser("matrix-" + role, role))
            .header("If-Match", "\"0\"")
            .contentType(ContentType.JSON)
            .body(
                Map.of(
                    "mobilizedGroups",
                    List.of("TECHNICAL"),
                    "ackMinutes",
                    5,
                    "updateMinutes",
                    30,
                    "externalStatement",
                    "NO"))
            .put("/api/v1/response-matrix/NONE")
            .statusCode();
    assertEquals(role.equals("admin") ? 404 : 403, status);
  }

  static Stream<String> roles() {
    return ROLES.stream();
  }

  record Read(String path, Set<String> allowed) {}

  static final Set<String> GROUPS =
      Set.of(
          "commander",
          "tech",
          "business",
          "procurement",
          "warehouse",
          "logistics",
          "sales",
          "comms",
          "admin");
  static final List<Read> READS =
      List.of(
          new Read("/api/v1/response-matrix", STAFF),
          new Read("/api/v1/me", union(STAFF, "integration")),
          new Read("/api/v1/org/members?role=tech", GROUPS),
          new Read("/api/v1/incidents?size=1", union(STAFF, "integration")),
          new Read("/api/v1/alerts?size=1", Set.of("commander", "tech", "admin")),
          new Read("/api/v1/integrations", Set.of("admin")));

  static Stream<Arguments> reads() {
    return READS.stream()
        .flatMap(read -> ROLES.stream().map(role -> Arguments.of(read.path(), role, read)));
  }

  @ParameterizedTest(name = "GET {0} as {1}")
  @MethodSource("reads")
  void onlyTheAllowedRolesRead(String path, String role, Read read) {
    int status =
        given().auth().oauth2(Tokens.forUser("matrix-" + role, role)).get(path).statusCode();
    assertEquals(read.allowed().contains(role) ? 200 : 403, status, role + " GET " + path);
  }

  @ParameterizedTest(name = "live streams as {0}")
  @MethodSource("roles")
  void onlyTheAllowedRolesFollowLiveStreams(String role) throws Exception {
    java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
    for (String path : List.of("/api/v1/incidents/stream", "/api/v1/incidents/1/stream")) {
      var response =
          client.send(
              java.net.http.HttpRequest.newBuilder(base.resolve(path))
                  .header("Authorization", "Bearer " + Tokens.forUser("matrix-" + role, role))
                  .build(),
              java.net.http.HttpResponse.BodyHandlers.ofInputStream());
      response.body().close();
      assertEquals(
          union(STAFF, "integration").contains(role) ? 200 : 403,
          response.statusCode(),
          role + " " + path);
    }
  }

  @io.quarkus.test.common.http.TestHTTPResource("/")
  java.net.URI base;
}
