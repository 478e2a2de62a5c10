package com.kuailv.emergency.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kuailv.emergency.incident.IncidentResourceTestSupport;
import com.kuailv.emergency.testing.Db;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DatabaseTest {
  @Inject Db db;

  @Test
  void isRealPostgresql17WithDurableCommits() {
    assertTrue(db.first("select version()").getString(0).startsWith("PostgreSQL 17"));
    assertEquals("on", db.first("show synchronous_commit").getString(0));
    assertEquals("on", db.first("show fsync").getString(0));
  }

  @Test
  void keepsWalFilesForAStormAsProductionDoes() {
    assertEquals("256MB", db.first("show shared_buffers").getString(0));
    assertEquals("1GB", db.first("show min_wal_size").getString(0));
    assertEquals("2GB", db.first("show max_wal_size").getString(0));
  }

  @Test
  void timelineRefusesUpdateAndDelete() {
    IncidentResourceTestSupport.reportOne();
    long entries = db.count("incident_timeline");
    assertTrue(entries > 0);
    Exception update =
        assertThrows(
            Exception.class, () -> db.execute("update incident_timeline set message = 'x'"));
    assertTrue(update.getMessage().contains("append-only"), update.getMessage());
    assertThrows(Exception.class, () -> db.execute("delete from incident_timeline"));
    assertThrows(Exception.class, () -> db.execute("truncate incident_timeline cascade"));
    assertEquals(entries, db.count("incident_timeline"));
  }
}
