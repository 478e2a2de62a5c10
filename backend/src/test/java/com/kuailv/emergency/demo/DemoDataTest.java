package com.kuailv.emergency.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kuailv.emergency.testing.Db;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DemoDataTest {
  @Inject DemoData demo;
  @Inject Db db;

  @Test
  void theExampleCoversEverySubTypeAndIsSeededOnlyIntoAnEmptyRegister() {
    long risksBefore = db.first("select coalesce(max(id), 0) from risk").getLong(0);
    long articlesBefore = db.first("select coalesce(max(id), 0) from article").getLong(0);
    long plansBefore = db.first("select coalesce(max(id), 0) from plan_version").getLong(0);
    long systemsBefore = db.first("select coalesce(max(id), 0) from protected_system").getLong(0);
    long systemsBeforeCount = db.count("protected_system");
    boolean emptyRegister = db.count("risk") == 0;
    try {
      boolean seeded = demo.seed().await().atMost(Duration.ofSeconds(30));
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
      assertFalse(demo.seed().await().atMost(Duration.ofSeconds(30)), "never seeds twice");
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
}
