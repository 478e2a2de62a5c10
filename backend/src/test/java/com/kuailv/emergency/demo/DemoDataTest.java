package com.kuailv.emergency.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kuailv.emergency.org.OrgApi.OnDuty;
import com.kuailv.emergency.org.RosterService;
import com.kuailv.emergency.testing.Db;
import com.kuailv.emergency.testing.OnVertx;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DemoDataTest {
  @Inject DemoData demo;
  @Inject Db db;
  @Inject RosterService roster;

  private static final String DEMO = "'0000a11e-0000-4000-8000-%'";

  @Test
  void theExampleCoversEverySubTypeAndIsSeededOnlyIntoAnEmptyRegister() {
    long risksBefore = db.first("select coalesce(max(id), 0) from risk").getLong(0);
    long articlesBefore = db.first("select coalesce(max(id), 0) from article").getLong(0);
    long plansBefore = db.first("select coalesce(max(id), 0) from plan_version").getLong(0);
    long systemsBefore = db.first("select coalesce(max(id), 0) from protected_system").getLong(0);
    long systemsBeforeCount = db.count("protected_system");
    boolean emptyRegister = db.count("risk") == 0;
    try {
      boolean seeded = OnVertx.await(() -> demo.seed());
      assertEquals(emptyRegister, seeded, "seeds exactly when the register is empty");
      if (seeded) {
        assertEquals(
            9,
            db.first("select count(distinct sub_type) from risk where id > " + risksBefore)
                .getLong(0),
            "all eight sub-types and a custom one");
        assertEquals(15, db.count("risk"));
        assertEquals(
            10, db.first("select count(*) from article where id > " + articlesBefore).getLong(0));
        assertEquals(
            1,
            db.first(
                    "select count(*) from protected_system where restore_overdue and id > "
                        + systemsBefore)
                .getLong(0),
            "one of the example's systems has no verified restore");
        assertEquals(
            "PUBLISHED",
            db.first("select status from plan_version where id > " + plansBefore).getString(0),
            "plan version 1 is in force");
        assertTrue(
            db.first("select count(*) from audit_entry where actor_subject = 'system'").getLong(0)
                >= 25,
            "seeding is audited as the system");
      }
      assertFalse(OnVertx.await(() -> demo.seed()), "never seeds twice");
    } finally {
      // Other tests share this database and must not find the example's runbooks.
      db.execute(
          "delete from article_version where article_id > "
              + articlesBefore
              + ";"
              + " delete from article where id > "
              + articlesBefore
              + ";"
              + " delete from risk_score_change where risk_id > "
              + risksBefore
              + ";"
              + " delete from risk_link where risk_id > "
              + risksBefore
              + ";"
              + " delete from risk where id > "
              + risksBefore
              + "; delete from plan_version where id > "
              + plansBefore
              + "; delete from restore_check where system_id > "
              + systemsBefore
              + "; delete from protected_system where id > "
              + systemsBefore);
    }
    assertEquals(0, db.count("protected_system") - systemsBeforeCount, "the example is gone");
  }

  @Test
  void theDemoUsersAreMembersWithContactsSkillsAndRotationsOnlyIntoAnEmptyOrganization() {
    boolean emptyOrg = db.count("group_member") == 0;
    String knownBefore = subjects("person");
    String contactsBefore = subjects("member_contact");
    String expertsBefore = subjects("expert");
    long shiftsBefore = db.count("roster_shift");
    try {
      boolean seeded = OnVertx.await(() -> demo.seedOrganization());
      assertEquals(emptyOrg, seeded, "seeds exactly when no group has members");
      if (seeded) {
        assertEquals(
            9, db.first("select count(*) from person where subject like " + DEMO).getLong(0));
        assertEquals(
            8,
            db.first("select count(distinct group_code) from group_member").getLong(0),
            "every group has members");
        assertEquals(
            "+86 138 0000 0002",
            db.first(
                    "select phone from member_contact"
                        + " where subject = '0000a11e-0000-4000-8000-000000000002'")
                .getString(0));
        assertEquals(
            1, db.first("select count(*) from expert where '纸质盘点' = any(skills)").getLong(0));
        ZoneId beijing = ZoneId.of("Asia/Shanghai");
        LocalDate today = LocalDate.now(beijing);
        Map<String, String> now = onDuty(today.atTime(LocalTime.of(10, 0)).atZone(beijing));
        Map<String, String> tomorrow =
            onDuty(today.plusDays(1).atTime(LocalTime.of(10, 0)).atZone(beijing));
        assertEquals("0000a11e-0000-4000-8000-000000000001", now.get("COMMAND"));
        assertEquals("0000a11e-0000-4000-8000-000000000005", now.get("LOGISTICS"));
        assertEquals("0000a11e-0000-4000-8000-000000000004", now.get("BUSINESS"));
        assertEquals(
            "0000a11e-0000-4000-8000-000000000003",
            tomorrow.get("BUSINESS"),
            "the business lead alternates daily");
        assertEquals(8, now.size(), "someone is on duty in every group");
        assertEquals(
            8,
            onDuty(today.atTime(LocalTime.of(3, 0)).atZone(beijing)).size(),
            "and before the first handover of the day");
      }
      assertFalse(OnVertx.await(() -> demo.seedOrganization()), "never twice");
    } finally {
      if (emptyOrg) {
        db.execute(
            "delete from group_member; delete from roster_rotation;"
                + " delete from expert where subject like "
                + DEMO
                + " and subject not in ("
                + expertsBefore
                + "); delete from member_contact where subject like "
                + DEMO
                + " and subject not in ("
                + contactsBefore
                + "); delete from person where subject like "
                + DEMO
                + " and subject not in ("
                + knownBefore
                + ")");
      }
    }
    assertEquals(shiftsBefore, db.count("roster_shift"));
  }

  private Map<String, String> onDuty(ZonedDateTime at) {
    List<OnDuty> onDuty = OnVertx.await(() -> roster.onDuty(at.toInstant()));
    return onDuty.stream()
        .filter(d -> d.subject() != null)
        .collect(Collectors.toMap(OnDuty::groupCode, OnDuty::subject));
  }

  private String subjects(String table) {
    return db.first(
            "select coalesce(string_agg(quote_literal(subject), ','), '''''') from "
                + table
                + " where subject like "
                + DEMO)
        .getString(0);
  }
}
