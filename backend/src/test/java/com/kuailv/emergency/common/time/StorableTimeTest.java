package com.kuailv.emergency.common.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** Times in requests are kept as PostgreSQL keeps them: whole microseconds, half to even. */
class StorableTimeTest {
  @Test
  void timesAreRoundedToMicrosecondsAsPostgresRounds() {
    assertEquals(
        Instant.parse("2026-11-30T08:00:00.123457Z"),
        StorableTimeModule.micros(Instant.parse("2026-11-30T08:00:00.1234567Z")));
    assertEquals(
        Instant.parse("2026-11-30T08:00:00.123456Z"),
        StorableTimeModule.micros(Instant.parse("2026-11-30T08:00:00.1234564Z")));
    assertEquals(
        Instant.parse("2026-11-30T08:00:00.123456Z"),
        StorableTimeModule.micros(Instant.parse("2026-11-30T08:00:00.1234565Z")),
        "half to even");
    assertEquals(
        Instant.parse("2026-11-30T08:00:01Z"),
        StorableTimeModule.micros(Instant.parse("2026-11-30T08:00:00.9999996Z")),
        "the carry reaches the second");
    assertEquals(
        OffsetDateTime.parse("2026-11-30T16:00:00.000001+08:00"),
        StorableTimeModule.micros(OffsetDateTime.parse("2026-11-30T16:00:00.0000009+08:00")));
  }
}
