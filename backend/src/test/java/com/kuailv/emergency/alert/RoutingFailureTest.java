package com.kuailv.emergency.alert;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.kuailv.emergency.testing.Db;
import com.kuailv.emergency.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Opening an incident and recording the routing commit together: when the step after opening fails,
 * nothing of the group is kept, the group is set aside with its error while every other group is
 * routed, and routing it again by hand opens exactly one incident.
 */
@QuarkusTest
class RoutingFailureTest {
  @Inject Db db;

  /**
   * Waits until routing has run once more: a probe alert of a group of its own has opened its
   * incident. What routing had not done by then, it does not do on its own.
   */
  void routingRanAgain(String key) throws InterruptedException {
    String probe = "探针 " + System.nanoTime();
    Intake.event(event(key, probe, probe, probe)).statusCode(202);
    IntakeTest.waitUntil(() -> incidentsTitled(probe) == 1);
  }

  Map<String, Object> event(String key, String dedup, String summary, String group) {
    return Map.of(
        "routing_key",
        key,
        "event_action",
        "trigger",
        "dedup_key",
        dedup,
        "payload",
        Map.of("summary", summary, "source", "oms", "severity", "critical", "group", group));
  }

  long incidentsTitled(String title) {
    return db.count("incident where title = '" + title + "'");
  }

  @Test
  void aFailureAfterOpeningLeavesNoIncidentAndTheRestIsRouted() throws Exception {
    db.execute(
        "create or replace function fail_group_incident() returns trigger language plpgsql as $$"
            + " begin if new.group_key = 'boom-group' then"
            + " raise exception 'simulated crash after opening'; end if; return new; end $$");
    db.execute(
        "create trigger fail_group_incident before insert on alert_group_incident"
            + " for each row execute function fail_group_incident()");
    String key = Intake.newKey("EVENTS");
    try {
      Intake.event(event(key, "boom-1", "订单服务崩溃 boom", "boom-group")).statusCode(202);
      Intake.event(event(key, "fine-1", "订单服务延迟 fine", "fine-group")).statusCode(202);
      IntakeTest.waitUntil(
          () ->
              db.count(
                      "alert_routing_queue q join alert a on a.id = q.alert_id"
                          + " where a.dedup_key = 'boom-1' and q.failed_at is not null")
                  == 1);
      IntakeTest.waitUntil(() -> incidentsTitled("订单服务延迟 fine") == 1);
      assertEquals(0, incidentsTitled("订单服务崩溃 boom"), "the opened incident was rolled back");
      assertEquals(
          0,
          db.count("alert_route r join alert a on a.id = r.alert_id where a.dedup_key = 'boom-1'"));
      given()
          .auth()
          .oauth2(Intake.ADMIN)
          .get("/api/v1/alerts?unrouted=true")
          .then()
          .statusCode(200)
          .body(
              "items.find { it.dedupKey == 'boom-1' }.routingError",
              containsString("simulated crash"));

      routingRanAgain(key);
      assertEquals(0, incidentsTitled("订单服务崩溃 boom"), "set aside: not retried on its own");
      assertEquals(
          1,
          db.count(
              "audit_entry where action = 'alert.routing-set-aside' and actor_subject = 'system'"
                  + " and entity_id like '%:boom-group' and after::text like '%simulated crash%'"),
          "setting aside is audited");
    } finally {
      db.execute("drop trigger fail_group_incident on alert_group_incident");
    }
    given()
        .auth()
        .oauth2(Tokens.forUser("commander", "commander", "reporter"))
        .post("/api/v1/alerts/routing-retries")
        .then()
        .statusCode(403);
    given()
        .auth()
        .oauth2(Intake.ADMIN)
        .post("/api/v1/alerts/routing-retries")
        .then()
        .statusCode(200)
        .body("queued", equalTo(1));
    IntakeTest.waitUntil(() -> incidentsTitled("订单服务崩溃 boom") == 1);
    routingRanAgain(key);
    assertEquals(1, incidentsTitled("订单服务崩溃 boom"), "exactly one incident");
    assertEquals(
        1,
        db.count(
            "audit_entry where action = 'alert.routing-retried' and actor_subject = '"
                + Tokens.subjectOf("admin")
                + "'"
                + " and before::text like '%simulated crash%'"));
  }
}
