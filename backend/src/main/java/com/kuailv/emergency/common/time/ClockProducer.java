package com.kuailv.emergency.common.time;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * The one clock of the application, in UTC, its instants in whole microseconds as PostgreSQL stores
 * them (so a time answered when a record is written is the time read back later); tests replace it
 * to drive time.
 */
public class ClockProducer {
  @Produces
  @Singleton
  Clock clock() {
    return new MicrosecondClock(Clock.systemUTC());
  }

  /**
   * A clock whose instants are truncated to microseconds. ({@code Clock.tick} with a microsecond
   * tick divides by zero in {@code millis()}.)
   */
  static final class MicrosecondClock extends Clock {
    private final Clock base;

    MicrosecondClock(Clock base) {
      this.base = base;
    }

    @Override
    public ZoneId getZone() {
      return base.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return new MicrosecondClock(base.withZone(zone));
    }

    @Override
    public long millis() {
      return base.millis();
    }

    @Override
    public Instant instant() {
      return base.instant().truncatedTo(ChronoUnit.MICROS);
    }

    @Override
    public String toString() {
      return "MicrosecondClock[" + base + "]";
    }
  }
}
