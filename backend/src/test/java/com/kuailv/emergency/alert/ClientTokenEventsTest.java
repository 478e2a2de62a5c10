package com.kuailv.emergency.alert;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.kuailv.emergency.testing.Db;
import com.kuailv.emergency.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Supply-chain systems with a client-credentials token send events without a routing key. */
@QuarkusTest
class ClientTokenEventsTest {
  @Inject Db db;

  private static ValidatableResponse create(Map<String, Object> integration) {
    return given()
        .auth()
        .oauth2(Intake.ADMIN)
        .contentType(ContentType.JSON)
        .body(integration)
        .post("/api/v1/integrations")
        .then();
  }

  private static long created(Map<String, Object> integration) {
    return create(integration).statusCode(201).extract().jsonPath().getLong("id");
  }

  private static long bind(String clientId) {
    return create(Map.of("name", "仓储系统 " + clientId, "type", "EVENTS", "clientId", clientId))
        .statusCode(201)
        .body("clientId", equalTo(clientId))
        .extract()
        .jsonPath()
        .getLong("id");
  }

  private static Map<String, Object> withoutKey(String dedup) {
    Map<String, Object> event = new HashMap<>(Intake.trigger("unused", dedup, "error"));
    event.remove("routing_key");
    return event;
  }

  private static ValidatableResponse send(String token, Map<String, Object> event) {
    return given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .body(event)
        .post("/api/v1/events")
        .then();
  }

  private long alertsOf(long integrationId, String dedup) {
    return db.first(
            "select count(*) from alert where integration_id = "
                + integrationId
                + " and dedup_key = '"
                + dedup
                + "'")
        .getLong(0);
  }

  @Test
  void aTokenOfTheIntegrationRoleSendsToTheIntegrationOfItsClient() {
    String client = "wms-" + UUID.randomUUID();
    long integration = bind(client);
    send(Tokens.forClient(client, "integration"), withoutKey("token-1"))
        .statusCode(202)
        .body("dedup_key", equalTo("token-1"));
    send(Tokens.forClient(client, "integration"), withoutKey("token-1")).statusCode(202);
    assertEquals(1, alertsOf(integration, "token-1"));
    assertEquals(
        2, db.first("select count from alert where integration_id = " + integration).getInteger(0));
  }

  @Test
  void aRoutingKeyStillChoosesTheIntegrationForATokenCaller() {
    String key = Intake.newKey("EVENTS");
    send(
            Tokens.forClient("tms-" + UUID.randomUUID(), "integration"),
            Intake.trigger(key, "k", "info"))
        .statusCode(202);
    assertEquals(
        1,
        db.first(
                "select count(*) from alert a join integration i on i.id = a.integration_id"
                    + " where a.dedup_key = 'k' and i.key_hash = '"
                    + IntegrationKeys.hash(key)
                    + "'")
            .getLong(0));
  }

  @Test
  void refusedCallersAreToldWhyAndNothingIsStored() {
    String client = "oms-" + UUID.randomUUID();
    long integration = bind(client);
    send(Tokens.forClient(client, "reporter"), withoutKey("refused"))
        .statusCode(403)
        .contentType("application/problem+json");
    send(Tokens.fromOtherIssuer("service-account-" + client, "integration"), withoutKey("refused"))
        .statusCode(401)
        .contentType("application/problem+json");
    send(Tokens.forClient("nobody-" + UUID.randomUUID(), "integration"), withoutKey("refused"))
        .statusCode(404)
        .contentType("application/problem+json")
        .body("detail", containsString("routing_key"));
    assertEquals(0, alertsOf(integration, "refused"));
  }

  @Test
  void aClientSendsToOneEventsIntegrationOnly() {
    String client = "scm-" + UUID.randomUUID();
    bind(client);
    create(Map.of("name", "重复", "type", "EVENTS", "clientId", client))
        .statusCode(409)
        .contentType("application/problem+json")
        .body("detail", containsString(client));
    create(Map.of("name", "告警", "type", "ALERTMANAGER", "clientId", "am-" + client))
        .statusCode(400)
        .body("errors.field", hasItem("clientId"));
    create(Map.of("name", "空格", "type", "EVENTS", "clientId", "has space"))
        .statusCode(400)
        .body("errors.field", hasItem("clientId"));
  }

  @Test
  void twoAdminsBindingOneClientAtOnceGetOneIntegrationAndAConflict() throws Exception {
    for (int attempt = 0; attempt < 5; attempt++) {
      String client = "race-" + UUID.randomUUID();
      Callable<Integer> bindOnce =
          () ->
              create(Map.of("name", "抢 " + client, "type", "EVENTS", "clientId", client))
                  .extract()
                  .statusCode();
      ExecutorService admins = Executors.newFixedThreadPool(2);
      try {
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> answer : admins.invokeAll(List.of(bindOnce, bindOnce))) {
          statuses.add(answer.get());
        }
        statuses.sort(null);
        assertEquals(List.of(201, 409), statuses);
      } finally {
        admins.shutdown();
      }
      assertEquals(
          1,
          db.first("select count(*) from integration where client_id = '" + client + "'")
              .getLong(0));
    }
  }

  private static ValidatableResponse change(String token, long id, String ifMatch, Object body) {
    var request = given().auth().oauth2(token).contentType(ContentType.JSON).body(body);
    if (ifMatch != null) {
      request.header("If-Match", ifMatch);
    }
    return request.put("/api/v1/integrations/{id}", id).then();
  }

  /** The integration's current ETag, as a client that just read it would send in If-Match. */
  private static String tagOf(long id) {
    return "\"" + versionOf(id) + "\"";
  }

  private static long versionOf(long id) {
    return given()
        .auth()
        .oauth2(Intake.ADMIN)
        .get("/api/v1/integrations")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getLong("find { it.id == " + id + " }.version");
  }

  @Test
  void anAdminRenamesAnIntegrationAndMovesItToAnotherClient() {
    String before = "erp-" + UUID.randomUUID();
    String after = "erp-" + UUID.randomUUID();
    long integration = bind(before);
    long version = versionOf(integration);
    send(Tokens.forClient(before, "integration"), withoutKey("moved-1")).statusCode(202);

    change(
            Intake.ADMIN,
            integration,
            "\"" + version + "\"",
            Map.of("name", "ERP 新系统", "clientId", after))
        .statusCode(200)
        .header("ETag", "\"" + (version + 1) + "\"")
        .body("name", equalTo("ERP 新系统"))
        .body("clientId", equalTo(after))
        .body("version", equalTo((int) version + 1));
    send(Tokens.forClient(before, "integration"), withoutKey("moved-2")).statusCode(404);
    send(Tokens.forClient(after, "integration"), withoutKey("moved-2")).statusCode(202);
    assertEquals(1, alertsOf(integration, "moved-2"));

    // Someone else's change is not overwritten, and a write without If-Match is refused.
    change(Intake.ADMIN, integration, "\"" + version + "\"", Map.of("name", "旧的"))
        .statusCode(412)
        .contentType("application/problem+json");
    change(Intake.ADMIN, integration, null, Map.of("name", "旧的")).statusCode(428);
    assertEquals(
        "ERP 新系统", db.first("select name from integration where id = " + integration).getString(0));
  }

  @Test
  void changesToIntegrationsAreForAdminsAndFollowTheRulesOfTheirType() {
    String client = "crm-" + UUID.randomUUID();
    long integration = bind(client);
    long other = bind("crm-" + UUID.randomUUID());
    String current = tagOf(integration);
    change(Tokens.forUser("commander", "commander"), integration, current, Map.of("name", "改名"))
        .statusCode(403);
    change(Intake.ADMIN, other, tagOf(other), Map.of("name", "抢", "clientId", client))
        .statusCode(409)
        .body("detail", containsString(client));
    change(Intake.ADMIN, integration, current, Map.of("name", " "))
        .statusCode(400)
        .body("errors.field", hasItem("name"));
    long alertmanager = created(Map.of("name", "Prometheus", "type", "ALERTMANAGER"));
    change(
            Intake.ADMIN,
            alertmanager,
            tagOf(alertmanager),
            Map.of("name", "Prometheus", "clientId", "am-client"))
        .statusCode(400)
        .body("errors.field", hasItem("clientId"));
    assertEquals(
        client,
        db.first("select client_id from integration where id = " + integration).getString(0));
  }

  @Test
  void aHeartbeatIsRetimedAndKeepsAnInterval() {
    long heartbeat =
        created(Map.of("name", "冷库温控", "type", "HEARTBEAT", "heartbeatIntervalSeconds", 60));
    change(
            Intake.ADMIN,
            heartbeat,
            tagOf(heartbeat),
            Map.of("name", "冷库温控", "heartbeatIntervalSeconds", 300, "heartbeatGraceSeconds", 30))
        .statusCode(200)
        .body("heartbeatIntervalSeconds", equalTo(300))
        .body("heartbeatGraceSeconds", equalTo(30));
    change(Intake.ADMIN, heartbeat, tagOf(heartbeat), Map.of("name", "冷库温控"))
        .statusCode(400)
        .body("errors.field", hasItem("heartbeatIntervalSeconds"));
    assertEquals(
        300,
        db.first("select heartbeat_interval_seconds from integration where id = " + heartbeat)
            .getInteger(0));
  }
}
