package com.kuailv.emergency.audit;

import static io.restassured.RestAssured.given;

import com.kuailv.emergency.audit.AuditedWrite.Change;
import com.kuailv.emergency.testing.Db;
import com.kuailv.emergency.testing.Tokens;
import io.restassured.http.ContentType;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/** Writes of the notification module, for AuditCoverageTest. */
final class NotificationWrites {
  private static final String ADMIN = "audit-admin";
  private final Db db;

  NotificationWrites(Db db) {
    this.db = db;
  }

  Map<String, Supplier<AuditedWrite>> all() {
    Map<String, Supplier<AuditedWrite>> writes = new LinkedHashMap<>();
    writes.put("createChannel", this::createChannel);
    writes.put("updateChannel", this::updateChannel);
    writes.put("resendDelivery", this::resendDelivery);
    writes.put("createEscalationPolicy", this::createEscalationPolicy);
    writes.put("updateEscalationPolicy", this::updateEscalationPolicy);
    writes.put("acknowledgePage", this::acknowledgePage);
    writes.put("putMyNotificationSettings", this::putMySettings);
    writes.put("updateNotificationRule", this::updateRule);
    return writes;
  }

  /** A person's first save of their settings: the entry has them after. */
  private AuditedWrite putMySettings() {
    String name = "audit-settings-" + System.nanoTime();
    given()
        .auth()
        .oauth2(Tokens.forUser(name, "tech", "reporter"))
        .header("If-Match", "\"0\"")
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "phone",
                "13800000061",
                "email",
                "",
                "smsGrades",
                java.util.List.of("MAJOR"),
                "emailGrades",
                java.util.List.of()))
        .put("/api/v1/me/notification-settings")
        .then()
        .statusCode(200);
    return new AuditedWrite(
        name, "notification-settings.put", "person", Tokens.subjectOf(name), Change.CREATE);
  }

  /** The review rule saved with the groups it has: a new version, audited before and after. */
  private AuditedWrite updateRule() {
    var row =
        db.first(
            "select version, ungraded, general, serious, major from notification_rule"
                + " where event = 'reviewed'");
    given()
        .auth()
        .oauth2(admin())
        .header("If-Match", "\"" + row.getLong(0) + "\"")
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "groups",
                Map.of(
                    "UNGRADED", java.util.List.of(row.getArrayOfStrings(1)),
                    "GENERAL", java.util.List.of(row.getArrayOfStrings(2)),
                    "SERIOUS", java.util.List.of(row.getArrayOfStrings(3)),
                    "MAJOR", java.util.List.of(row.getArrayOfStrings(4)))))
        .put("/api/v1/notification-rules/reviewed")
        .then()
        .statusCode(200);
    return new AuditedWrite(
        ADMIN, "notification-rule.updated", "notification-rule", "reviewed", Change.UPDATE);
  }

  private static String admin() {
    return Tokens.forUser(ADMIN, "admin", "reporter");
  }

  /** A disabled channel (nothing is sent to it) to a closed loopback port. */
  private long newChannel() {
    return given()
        .auth()
        .oauth2(admin())
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "name", "审计用机器人",
                "kind", "WECOM",
                "url", "http://127.0.0.1:9/cgi-bin/webhook/send?key=audit-key-123",
                "enabled", false))
        .post("/api/v1/notification-channels")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getLong("id");
  }

  private AuditedWrite createChannel() {
    long id = newChannel();
    return new AuditedWrite(ADMIN, "channel.created", "channel", String.valueOf(id), Change.CREATE);
  }

  private AuditedWrite updateChannel() {
    long id = newChannel();
    given()
        .auth()
        .oauth2(admin())
        .header("If-Match", "\"0\"")
        .contentType(ContentType.JSON)
        .body(Map.of("name", "改名的机器人", "kind", "WECOM", "enabled", false))
        .put("/api/v1/notification-channels/{id}", id)
        .then()
        .statusCode(200);
    return new AuditedWrite(ADMIN, "channel.updated", "channel", String.valueOf(id), Change.UPDATE);
  }

  private long newPolicy() {
    return given()
        .auth()
        .oauth2(admin())
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "name",
                "审计用升级策略",
                "repeatTimes",
                0,
                "steps",
                java.util.List.of(Map.of("target", "COMMANDER", "waitMinutes", 5))))
        .post("/api/v1/escalation-policies")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getLong("id");
  }

  private AuditedWrite createEscalationPolicy() {
    long id = newPolicy();
    return new AuditedWrite(
        ADMIN, "escalation-policy.created", "escalation-policy", String.valueOf(id), Change.CREATE);
  }

  private AuditedWrite updateEscalationPolicy() {
    long id = newPolicy();
    given()
        .auth()
        .oauth2(admin())
        .header("If-Match", "\"0\"")
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "name",
                "改过的升级策略",
                "repeatTimes",
                1,
                "steps",
                java.util.List.of(
                    Map.of("target", "GROUP", "groupCode", "TECHNICAL", "waitMinutes", 3),
                    Map.of("target", "COMMANDER", "waitMinutes", 5))))
        .put("/api/v1/escalation-policies/{id}", id)
        .then()
        .statusCode(200);
    return new AuditedWrite(
        ADMIN, "escalation-policy.updated", "escalation-policy", String.valueOf(id), Change.UPDATE);
  }

  /** A page to the audit admin, with a known link, acknowledged through the API. */
  private AuditedWrite acknowledgePage() {
    String subject =
        given()
            .auth()
            .oauth2(admin())
            .get("/api/v1/me")
            .then()
            .statusCode(200)
            .extract()
            .path("subject");
    long incident = db.first("select min(id) from incident").getLong(0);
    long policy = newPolicy();
    String token = "audit-page-token-" + System.nanoTime();
    db.execute(
        "insert into escalation (incident_id, policy_id, step_index, round, status, next_at,"
            + " created_at) values ("
            + incident
            + ", "
            + policy
            + ", 1, 0, 'STOPPED', now(), now())");
    db.execute(
        "insert into page (escalation_id, incident_id, step_position, round, person_subject,"
            + " person_name, group_code, token_hash, expires_at, created_at) select max(id), "
            + incident
            + ", 1, 0, '"
            + subject
            + "', 'audit admin', 'COMMAND', encode(sha256('"
            + token
            + "'::bytea), 'hex'), now() + interval '1 hour', now() from escalation");
    long page = db.first("select max(id) from page").getLong(0);
    given()
        .auth()
        .oauth2(admin())
        .post("/api/v1/pages/{t}/acknowledge", token)
        .then()
        .statusCode(200);
    return new AuditedWrite(
        ADMIN, "page.acknowledged", "page", String.valueOf(page), Change.UPDATE);
  }

  private AuditedWrite resendDelivery() {
    long channel = newChannel();
    long incident = db.first("select min(id) from incident").getLong(0);
    String key = "audit:resend:" + System.nanoTime();
    db.execute(
        "insert into notification_outbox (event_key, incident_id, target_group, kind, payload,"
            + " created_at) values ('"
            + key
            + "', "
            + incident
            + ", 'COMMAND', 'incident.reported', '{\"incidentId\":"
            + incident
            + ",\"title\":\"审计\"}', now())");
    db.execute(
        "insert into notification_delivery (notification_id, channel_id, status, attempts,"
            + " next_attempt_at, created_at) select id, "
            + channel
            + ", 'DEAD', 5, now(), now() from notification_outbox where event_key = '"
            + key
            + "'");
    long delivery =
        db.first("select max(id) from notification_delivery where channel_id = " + channel)
            .getLong(0);
    given()
        .auth()
        .oauth2(admin())
        .post("/api/v1/notification-deliveries/{id}/resend", delivery)
        .then()
        .statusCode(200);
    return new AuditedWrite(
        ADMIN, "delivery.resent", "delivery", String.valueOf(delivery), Change.UPDATE);
  }
}
