package com.kuailv.emergency.common.db;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.kuailv.emergency.testing.Db;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/** A database that recorded V18 without its trigger validates, and then records V18 as it is. */
@QuarkusTest
class MigrationHistoryRepairTest {
  @Inject Flyway flyway;
  @Inject Db db;

  @Test
  void theOtherV18ChecksumIsRepairedBeforeValidation() {
    assertEquals(MigrationHistoryRepair.V18_CHECKSUM, checksum(), "V18 as the file is");
    db.execute(
        "update flyway_schema_history set checksum = "
            + MigrationHistoryRepair.V18_WITHOUT_TRIGGER
            + " where version = '18'");
    flyway.validate();
    assertEquals(MigrationHistoryRepair.V18_CHECKSUM, checksum());
  }

  private int checksum() {
    return db.first("select checksum from flyway_schema_history where version = '18'")
        .getInteger(0);
  }
}
