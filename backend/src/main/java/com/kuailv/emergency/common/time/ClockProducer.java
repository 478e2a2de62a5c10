package com.kuailv.emergency.common.time;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;

/**
 * The one clock of the application, in UTC, ticking in microseconds as PostgreSQL stores times (so
 * a time answered when a record is written is the time read back later); tests replace it to drive
 * time.
 */
public class ClockProducer {
  @Produces
  @Singleton
  Clock clock() {
    return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
  }
}
