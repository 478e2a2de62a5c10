package com.kuailv.emergency.demo;

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
    boolean seeded = demo.seed().await().atMost(Duration.ofSeconds(30));
    if (seeded) {
      assertTrue(
          db.first("select count(distinct sub_type) from risk where owner_name <> ''").getLong(0)
              >= 9,
          "all eight sub-types and a custom one");
      assertTrue(db.count("article") >= 10);
      assertTrue(
          db.first("select count(*) from audit_entry where actor_subject = 'system'").getLong(0)
              >= 25,
          "seeding is audited as the system");
    } else {
      assertTrue(db.count("risk") > 0, "skipped only because the register holds risks");
    }
    long risks = db.count("risk");
    assertTrue(!demo.seed().await().atMost(Duration.ofSeconds(30)), "never seeds twice");
    assertTrue(db.count("risk") == risks);
  }
}
