package com.kuailv.emergency.audit;

import static io.restassured.RestAssured.given;

import com.kuailv.emergency.audit.AuditedWrite.Change;
import com.kuailv.emergency.testing.Tokens;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Writes of the organization, risk, knowledge, plan and safeguard modules, for AuditCoverageTest.
 */
final class ModuleWrites {
  private static final String ADMIN = "audit-admin";
  private static final String COMMANDER = "audit-commander";
  private static final String REVIEWER = "audit-reviewer";
  private static final String TECH = "audit-tech";

  /** Not a group incident activation reads its leads from (TECHNICAL, BUSINESS, COMMUNICATIONS). */
  private static final String GROUP = "WAREHOUSE";

  private ModuleWrites() {}

  /**
   * Every write operation of these modules by operationId: performs it (with whatever it needs
   * first) and says which audit entry it must leave.
   */
  static java.util.Map<String, java.util.function.Supplier<AuditedWrite>> all() {
    Map<String, Supplier<AuditedWrite>> writes = new LinkedHashMap<>();
    writes.put("putExpert", ModuleWrites::putExpert);
    writes.put("putGroupMember", ModuleWrites::putGroupMember);
    writes.put("removeGroupMember", ModuleWrites::removeGroupMember);
    writes.put("putContact", ModuleWrites::putContact);
    writes.put("removeShift", ModuleWrites::removeShift);
    writes.put("putRotation", ModuleWrites::putRotation);
    writes.put("addShift", ModuleWrites::addShift);
    writes.put("draftPlanVersion", ModuleWrites::draftPlanVersion);
    writes.put("editPlanDraft", ModuleWrites::editPlanDraft);
    writes.put("submitPlanVersion", ModuleWrites::submitPlanVersion);
    writes.put("approvePlanVersion", ModuleWrites::approvePlanVersion);
    writes.put("rejectPlanVersion", ModuleWrites::rejectPlanVersion);
    writes.put("publishPlanVersion", ModuleWrites::publishPlanVersion);
    writes.put("createRisk", ModuleWrites::createRisk);
    writes.put("updateRisk", ModuleWrites::updateRisk);
    writes.put("replaceRiskBands", ModuleWrites::replaceRiskBands);
    writes.put("linkRisk", ModuleWrites::linkRisk);
    writes.put("unlinkRisk", ModuleWrites::unlinkRisk);
    writes.put("createSafeguard", ModuleWrites::createSafeguard);
    writes.put("updateSafeguard", ModuleWrites::updateSafeguard);
    writes.put("recordRestoreCheck", ModuleWrites::recordRestoreCheck);
    writes.put("createArticle", ModuleWrites::createArticle);
    writes.put("updateArticle", ModuleWrites::updateArticle);
    return writes;
  }

  /** A request by this user, holding the role the user stands for here. */
  private static RequestSpecification as(String username) {
    String role =
        switch (username) {
          case ADMIN -> "admin";
          case TECH -> "tech";
          default -> "commander";
        };
    return given().auth().oauth2(Tokens.forUser(username, role, "reporter"));
  }

  private static RequestSpecification json(String username, Object body) {
    return as(username).contentType(ContentType.JSON).body(body);
  }

  private static String unique(String prefix) {
    return prefix + " " + System.nanoTime();
  }

  // Organization

  /** A new person the platform knows (signing in once records them); answers their subject. */
  private static String newPerson() {
    String username = "audit-person-" + System.nanoTime();
    given()
        .auth()
        .oauth2(Tokens.forUser(username, "reporter"))
        .get("/api/v1/me")
        .then()
        .statusCode(200);
    return Tokens.subjectOf(username);
  }

  private static void putMember(String subject) {
    json(ADMIN, Map.of("subject", subject, "lead", false))
        .put("/api/v1/org/groups/{code}/members", GROUP)
        .then()
        .statusCode(204);
  }

  private static void removeMember(String subject) {
    as(ADMIN)
        .delete("/api/v1/org/groups/{code}/members/{subject}", GROUP, subject)
        .then()
        .statusCode(204);
  }

  private static AuditedWrite putExpert() {
    String subject = newPerson();
    json(ADMIN, Map.of("skills", List.of("审计覆盖"), "note", "audit coverage"))
        .put("/api/v1/org/experts/{subject}", subject)
        .then()
        .statusCode(204);
    return new AuditedWrite(ADMIN, "org.expert-put", "person", subject, Change.CREATE);
  }

  private static AuditedWrite putGroupMember() {
    String subject = newPerson();
    putMember(subject);
    // The groups are left as they were: the demo organization is seeded only while none has
    // members. The removal's entry has an action of its own.
    removeMember(subject);
    return new AuditedWrite(ADMIN, "org.member-put", "group", GROUP, Change.CREATE);
  }

  private static AuditedWrite removeGroupMember() {
    String subject = newPerson();
    putMember(subject);
    removeMember(subject);
    return new AuditedWrite(ADMIN, "org.member-removed", "group", GROUP, Change.REMOVE);
  }

  private static AuditedWrite putContact() {
    String subject = newPerson();
    json(ADMIN, Map.of("phone", "010 0000 0000", "email", "audit@example.com"))
        .put("/api/v1/org/people/{subject}/contact", subject)
        .then()
        .statusCode(200);
    return new AuditedWrite(ADMIN, "org.contact-put", "person", subject, Change.CREATE);
  }

  /** A shift of a new person, far in the future (nobody's duty today); answers its id. */
  private static long shift() {
    Map<String, Object> body = new HashMap<>();
    body.put("subject", newPerson());
    body.put("startsAt", "2045-06-01T00:00:00Z");
    body.put("endsAt", "2045-06-01T08:00:00Z");
    body.put("override", false);
    body.put("note", "audit coverage");
    return json(COMMANDER, body)
        .post("/api/v1/org/roster/{group}/shifts", GROUP)
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getLong("id");
  }

  private static AuditedWrite addShift() {
    shift();
    return new AuditedWrite(COMMANDER, "roster.shift-added", "group", GROUP, Change.CREATE);
  }

  private static AuditedWrite removeShift() {
    long id = shift();
    as(COMMANDER).delete("/api/v1/org/roster/shifts/{id}", id).then().statusCode(204);
    return new AuditedWrite(COMMANDER, "roster.shift-removed", "group", GROUP, Change.REMOVE);
  }

  private static AuditedWrite putRotation() {
    Map<String, Object> body = new HashMap<>();
    body.put("timeZone", "Asia/Shanghai");
    body.put("startsOn", "2045-01-01");
    body.put("handoffTime", "09:00");
    body.put("shiftDays", 7);
    body.put("members", List.of(newPerson()));
    json(COMMANDER, body).put("/api/v1/org/roster/{group}/rotation", GROUP).then().statusCode(200);
    return new AuditedWrite(COMMANDER, "roster.rotation-put", "group", GROUP, Change.CREATE);
  }

  // Plan

  /** A plan version and the ETag it had after the last step. */
  private record Version(long id, String etag) {}

  private static Map<String, Object> planDraft() {
    return Map.of(
        "title",
        unique("审计覆盖预案"),
        "changeSummary",
        "audit coverage",
        "reviewIntervalDays",
        180,
        "sections",
        List.of(Map.of("heading", "总则", "body", "审计覆盖测试。")));
  }

  /** A new draft written by COMMANDER (so REVIEWER, another commander, may approve it). */
  private static Version draft() {
    Response response = json(COMMANDER, planDraft()).post("/api/v1/plan/versions");
    response.then().statusCode(201);
    return new Version(response.jsonPath().getLong("summary.id"), response.getHeader("ETag"));
  }

  private static Version act(String username, Version version, String action) {
    Response response =
        as(username)
            .header("If-Match", version.etag())
            .post("/api/v1/plan/versions/{id}/{action}", version.id(), action);
    response.then().statusCode(200);
    return new Version(version.id(), response.getHeader("ETag"));
  }

  private static AuditedWrite planWrite(String username, String action, Version version) {
    return new AuditedWrite(
        username, action, "plan-version", String.valueOf(version.id()), Change.UPDATE);
  }

  private static AuditedWrite draftPlanVersion() {
    Version draft = draft();
    return new AuditedWrite(
        COMMANDER, "plan.drafted", "plan-version", String.valueOf(draft.id()), Change.CREATE);
  }

  private static AuditedWrite editPlanDraft() {
    Version draft = draft();
    json(COMMANDER, planDraft())
        .header("If-Match", draft.etag())
        .put("/api/v1/plan/versions/{id}", draft.id())
        .then()
        .statusCode(200);
    return planWrite(COMMANDER, "plan.edited", draft);
  }

  private static AuditedWrite submitPlanVersion() {
    Version submitted = act(COMMANDER, draft(), "submit");
    return planWrite(COMMANDER, "plan.submitted", submitted);
  }

  private static AuditedWrite approvePlanVersion() {
    Version approved = act(REVIEWER, act(COMMANDER, draft(), "submit"), "approve");
    return planWrite(REVIEWER, "plan.approved", approved);
  }

  private static AuditedWrite rejectPlanVersion() {
    Version submitted = act(COMMANDER, draft(), "submit");
    json(REVIEWER, Map.of("reason", "审计覆盖：退回"))
        .header("If-Match", submitted.etag())
        .post("/api/v1/plan/versions/{id}/reject", submitted.id())
        .then()
        .statusCode(200);
    return planWrite(REVIEWER, "plan.rejected", submitted);
  }

  /** Supersedes the published plan, as every publication does. */
  private static AuditedWrite publishPlanVersion() {
    Version approved = act(REVIEWER, act(COMMANDER, draft(), "submit"), "approve");
    Version published = act(COMMANDER, approved, "publish");
    return planWrite(COMMANDER, "plan.published", published);
  }

  // Risks

  /** A closed risk: it stays out of the heat map and the overdue-review flags other tests count. */
  private static Map<String, Object> risk(int likelihood) {
    Map<String, Object> body = new HashMap<>();
    body.put("title", unique("审计覆盖风险"));
    body.put("description", "audit coverage");
    body.put("category", "TECHNICAL");
    body.put("subType", "SYSTEM_CRASH");
    body.put("likelihood", likelihood);
    body.put("impact", 2);
    body.put("ownerName", "audit");
    body.put("mitigations", List.of("audit coverage"));
    body.put("status", "CLOSED");
    body.put("nextReviewOn", LocalDate.now().plusDays(30).toString());
    return body;
  }

  private static Response newRisk() {
    Response response = json(TECH, risk(2)).post("/api/v1/risks");
    response.then().statusCode(201);
    return response;
  }

  /** A risk linked to a runbook; answers the risk's id and the runbook's. */
  private static long[] linked() {
    long id = newRisk().jsonPath().getLong("id");
    long runbook = newArticle().jsonPath().getLong("id");
    json(TECH, Map.of("kind", "RUNBOOK", "targetId", runbook, "note", "audit coverage"))
        .post("/api/v1/risks/{id}/links", id)
        .then()
        .statusCode(200);
    return new long[] {id, runbook};
  }

  private static AuditedWrite createRisk() {
    long id = newRisk().jsonPath().getLong("id");
    return new AuditedWrite(TECH, "risk.created", "risk", String.valueOf(id), Change.CREATE);
  }

  private static AuditedWrite updateRisk() {
    Response created = newRisk();
    long id = created.jsonPath().getLong("id");
    json(TECH, risk(3))
        .header("If-Match", created.getHeader("ETag"))
        .put("/api/v1/risks/{id}", id)
        .then()
        .statusCode(200);
    return new AuditedWrite(TECH, "risk.updated", "risk", String.valueOf(id), Change.UPDATE);
  }

  /** Puts back the bands in force, so scores band as before. */
  private static AuditedWrite replaceRiskBands() {
    List<Object> bands =
        as(ADMIN)
            .get("/api/v1/risks/bands")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("");
    json(ADMIN, Map.of("bands", bands)).put("/api/v1/risks/bands").then().statusCode(200);
    return new AuditedWrite(ADMIN, "risk.bands-replaced", "risk-band", "all", Change.UPDATE);
  }

  private static AuditedWrite linkRisk() {
    long id = linked()[0];
    return new AuditedWrite(TECH, "risk.linked", "risk", String.valueOf(id), Change.CREATE);
  }

  private static AuditedWrite unlinkRisk() {
    long[] link = linked();
    long id = link[0];
    as(TECH)
        .delete("/api/v1/risks/{id}/links/RUNBOOK/{runbook}", id, link[1])
        .then()
        .statusCode(204);
    return new AuditedWrite(TECH, "risk.unlinked", "risk", String.valueOf(id), Change.REMOVE);
  }

  // Safeguards

  private static Map<String, Object> system() {
    Map<String, Object> body = new HashMap<>();
    body.put("name", unique("审计覆盖系统"));
    body.put("description", "audit coverage");
    body.put("backupEveryHours", 24);
    body.put("retentionDays", 14);
    body.put("offsiteCopy", true);
    body.put("redundancy", "一主一从");
    body.put("restoreCheckDays", 30);
    return body;
  }

  private static Response newSystem() {
    Response response = json(TECH, system()).post("/api/v1/safeguards");
    response.then().statusCode(201);
    return response;
  }

  private static AuditedWrite systemWrite(String action, long id, Change change) {
    return new AuditedWrite(TECH, action, "protected-system", String.valueOf(id), change);
  }

  private static AuditedWrite createSafeguard() {
    return systemWrite("safeguard.created", newSystem().jsonPath().getLong("id"), Change.CREATE);
  }

  private static AuditedWrite updateSafeguard() {
    Response created = newSystem();
    long id = created.jsonPath().getLong("id");
    json(TECH, system())
        .header("If-Match", created.getHeader("ETag"))
        .put("/api/v1/safeguards/{id}", id)
        .then()
        .statusCode(200);
    return systemWrite("safeguard.updated", id, Change.UPDATE);
  }

  private static AuditedWrite recordRestoreCheck() {
    long id = newSystem().jsonPath().getLong("id");
    LocalDate yesterday = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(1);
    json(TECH, Map.of("checkedOn", yesterday.toString(), "passed", true, "note", "audit coverage"))
        .post("/api/v1/safeguards/{id}/restore-checks", id)
        .then()
        .statusCode(201);
    return systemWrite("safeguard.restore-recorded", id, Change.CREATE);
  }

  // Knowledge

  /** Neither risk sub-types nor incident categories: activations turn no steps of it into tasks. */
  private static Map<String, Object> article() {
    Map<String, Object> body = new HashMap<>();
    body.put("kind", "RUNBOOK");
    body.put("title", unique("审计覆盖手册"));
    body.put("summary", "audit coverage");
    body.put("riskSubTypes", List.of());
    body.put("incidentCategories", List.of());
    body.put("steps", List.of(Map.of("title", "审计覆盖", "detail", "audit coverage")));
    return body;
  }

  private static Response newArticle() {
    Response response = json(TECH, article()).post("/api/v1/knowledge/articles");
    response.then().statusCode(201);
    return response;
  }

  private static AuditedWrite createArticle() {
    long id = newArticle().jsonPath().getLong("id");
    return new AuditedWrite(TECH, "article.created", "article", String.valueOf(id), Change.CREATE);
  }

  private static AuditedWrite updateArticle() {
    Response created = newArticle();
    long id = created.jsonPath().getLong("id");
    json(TECH, article())
        .header("If-Match", created.getHeader("ETag"))
        .put("/api/v1/knowledge/articles/{id}", id)
        .then()
        .statusCode(200);
    return new AuditedWrite(TECH, "article.updated", "article", String.valueOf(id), Change.UPDATE);
  }
}
