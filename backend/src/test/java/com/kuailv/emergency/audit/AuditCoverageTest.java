package com.kuailv.emergency.audit;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.kuailv.emergency.testing.Db;
import com.kuailv.emergency.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Every state-changing operation that {@code /q/openapi} lists is performed and leaves its audit
 * entry: the caller as actor, the record, and the record before and after. An operation without a
 * fixture here, and not exempt by design, fails the test.
 */
@QuarkusTest
class AuditCoverageTest {
  /** Recorded as alerts, not as audit entries: machines send these by the thousand. */
  static final Set<String> EXEMPT =
      Set.of(
          "receiveEvent",
          "pingHeartbeat",
          "receiveAlertmanager",
          "receiveGrafana",
          // Posts a test message to a channel and stores nothing.
          "testChannel");

  @Inject Db db;

  @Test
  void everyWriteIsAuditedWithItsActorAndTheRecordBeforeAndAfter() {
    Map<String, Supplier<AuditedWrite>> fixtures = new TreeMap<>(ModuleWrites.all());
    fixtures.putAll(new IncidentAndAlertWrites(db).all());
    fixtures.putAll(new NotificationWrites(db).all());
    List<String> missing = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    for (String operation : writeOperations()) {
      if (EXEMPT.contains(operation)) {
        continue;
      }
      Supplier<AuditedWrite> fixture = fixtures.get(operation);
      if (fixture == null) {
        missing.add(operation);
        continue;
      }
      long mark = db.first("select coalesce(max(id), 0) from audit_entry").getLong(0);
      AuditedWrite write;
      try {
        write = fixture.get();
      } catch (AssertionError | RuntimeException failed) {
        failures.add(operation + ": the write itself failed: " + failed.getMessage());
        continue;
      }
      String problem = check(operation, mark, write);
      if (problem != null) {
        failures.add(problem);
      }
    }
    assertEquals(List.of(), missing, "write operations with neither a fixture nor an exemption");
    assertEquals(List.of(), failures);
  }

  /** What is wrong with the entry this write left, or null. */
  private String check(String operation, long mark, AuditedWrite write) {
    String where =
        "id > "
            + mark
            + " and action = '"
            + write.action()
            + "' and entity_type = '"
            + write.entityType()
            + "'"
            + (write.entityId() == null ? "" : " and entity_id = '" + write.entityId() + "'");
    if (db.count("audit_entry where " + where) == 0) {
      return operation + ": no entry where " + where;
    }
    Row entry =
        db.first(
            "select actor_subject, jsonb_typeof(before), jsonb_typeof(after), at from audit_entry"
                + " where "
                + where
                + " order by id desc limit 1");
    if (!Tokens.subjectOf(write.username()).equals(entry.getString(0))) {
      return operation + ": actor " + entry.getString(0) + ", expected " + write.username();
    }
    if (entry.getValue(3) == null) {
      return operation + ": no time";
    }
    // The record itself (an object, or a list of them), never a JSON string holding it.
    boolean before = isRecord(entry.getString(1));
    boolean after = isRecord(entry.getString(2));
    boolean expected =
        switch (write.change()) {
          case CREATE -> after;
          case UPDATE -> before && after;
          case REMOVE -> before;
        };
    return expected
        ? null
        : operation + ": " + write.change() + " but before=" + before + ", after=" + after;
  }

  private static boolean isRecord(String jsonType) {
    return "object".equals(jsonType) || "array".equals(jsonType);
  }

  /** The operationIds of every POST, PUT, PATCH and DELETE in the OpenAPI document. */
  private static List<String> writeOperations() {
    Map<String, Map<String, Map<String, Object>>> paths =
        given().accept(ContentType.JSON).get("/q/openapi?format=json").jsonPath().getMap("paths");
    List<String> operations = new ArrayList<>();
    paths.forEach(
        (path, methods) ->
            methods.forEach(
                (method, operation) -> {
                  if (Set.of("post", "put", "patch", "delete").contains(method)
                      && !path.startsWith("/test-only/")) {
                    operations.add(String.valueOf(operation.get("operationId")));
                  }
                }));
    assertTrue(operations.size() > 40, "the OpenAPI document lists the API: " + operations);
    return operations;
  }

  @Test
  void noEntryHoldsAnIntegrationKey() {
    String key =
        given()
            .auth()
            .oauth2(IncidentAndAlertWrites.ADMIN)
            .contentType(ContentType.JSON)
            .body(Map.of("name", "密钥不入审计", "type", "ALERTMANAGER"))
            .post("/api/v1/integrations")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getString("key");
    assertNotNull(key);
    String id =
        db.first(
                "select entity_id from audit_entry where action = 'integration.created'"
                    + " order by id desc limit 1")
            .getString(0);
    String rotated =
        given()
            .auth()
            .oauth2(IncidentAndAlertWrites.ADMIN)
            .post("/api/v1/integrations/{id}/rotate-key", id)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getString("key");
    for (String secret : List.of(key, rotated, key.substring(0, 20), rotated.substring(0, 20))) {
      assertEquals(
          0,
          db.count(
              "audit_entry where before::text like '%"
                  + secret
                  + "%'"
                  + " or after::text like '%"
                  + secret
                  + "%'"),
          "an integration key in the audit log");
    }
    assertFalse(key.equals(rotated));
  }

  @Test
  void aFailingAuditInsertRollsTheChangeBack() {
    db.execute(
        "create or replace function fail_audit() returns trigger language plpgsql as $$"
            + " begin if new.after::text like '%audit-must-fail%' then"
            + " raise exception 'simulated audit failure'; end if; return new; end $$");
    db.execute(
        "create trigger fail_audit before insert on audit_entry"
            + " for each row execute function fail_audit()");
    try {
      long incident = IncidentAndAlertWrites.reported();
      long notes = db.count("incident_timeline where incident_id = " + incident);
      int status =
          given()
              .auth()
              .oauth2(IncidentAndAlertWrites.TECH)
              .contentType(ContentType.JSON)
              .body(Map.of("text", "audit-must-fail"))
              .post("/api/v1/incidents/{id}/notes", incident)
              .statusCode();
      assertTrue(status >= 500, "the note is refused: " + status);
      assertEquals(
          notes,
          db.count("incident_timeline where incident_id = " + incident),
          "Hibernate Reactive's unit of work: the note is rolled back with its audit entry");

      long silences = db.count("silence where reason = 'audit-must-fail'");
      int silenced =
          given()
              .auth()
              .oauth2(IncidentAndAlertWrites.TECH)
              .contentType(ContentType.JSON)
              .body(
                  Map.of(
                      "matcher", Map.of("field", "SOURCE", "pattern", "^x$"),
                      "startsAt", java.time.OffsetDateTime.now().toString(),
                      "endsAt", java.time.OffsetDateTime.now().plusHours(1).toString(),
                      "reason", "audit-must-fail"))
              .post("/api/v1/silences")
              .statusCode();
      assertTrue(silenced >= 500, "the silence is refused: " + silenced);
      assertEquals(
          silences,
          db.count("silence where reason = 'audit-must-fail'"),
          "another feature's entity: the silence is rolled back with its audit entry");
    } catch (AssertionError e) {
      throw e;
    } catch (RuntimeException e) {
      fail(e);
    } finally {
      db.execute("drop trigger fail_audit on audit_entry");
    }
  }
}
