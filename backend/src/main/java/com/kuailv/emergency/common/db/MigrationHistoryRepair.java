package com.kuailv.emergency.common.db;

import io.quarkus.flyway.FlywayConfigurationCustomizer;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * V18 landed with the delivery announcement trigger (stop 20), was then landed once without it
 * (stop 21; the trigger moved to the repeatable V23), and is back as it first landed. A database
 * migrated in between recorded V18's other checksum; before Flyway validates, this records the
 * file's checksum for it, so every database starts. The schema is the same either way (V23 drops
 * and recreates the trigger). Nothing else in the history is touched.
 */
@Singleton
public class MigrationHistoryRepair implements FlywayConfigurationCustomizer {
  /** V18 as it landed first and is now (Flyway's CRC32 of its lines). */
  static final int V18_CHECKSUM = 2041841977;

  /** V18 as it was landed without the trigger. */
  static final int V18_WITHOUT_TRIGGER = -2042893297;

  @Override
  public void customize(FluentConfiguration configuration) {
    configuration.callbacks(new Repair());
  }

  private static final class Repair implements Callback {
    @Override
    public boolean supports(Event event, Context context) {
      return event == Event.BEFORE_VALIDATE || event == Event.BEFORE_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
      return true;
    }

    @Override
    public void handle(Event event, Context context) {
      try (Statement statement = context.getConnection().createStatement()) {
        statement.execute(
            "do $$ begin if to_regclass('flyway_schema_history') is not null then"
                + " update flyway_schema_history set checksum = "
                + V18_CHECKSUM
                + " where version = '18' and checksum = "
                + V18_WITHOUT_TRIGGER
                + "; end if; end $$");
      } catch (SQLException e) {
        throw new IllegalStateException("Could not repair V18's recorded checksum", e);
      }
    }

    @Override
    public String getCallbackName() {
      return "v18-checksum-repair";
    }
  }
}
