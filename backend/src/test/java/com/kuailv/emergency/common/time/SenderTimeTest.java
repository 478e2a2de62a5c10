package com.kuailv.emergency.common.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SenderTimeTest {
  @ParameterizedTest
  @CsvSource({
    "2026-11-30T08:13:06Z, 2026-11-30T08:13:06Z",
    "2026-11-30T08:13:06.315Z, 2026-11-30T08:13:06.315Z",
    "2026-11-30T08:13:06.315+0000, 2026-11-30T08:13:06.315Z",
    "2026-11-30T16:13:06.315+08:00, 2026-11-30T08:13:06.315Z",
    "2026-11-30T16:13:06.315+0800, 2026-11-30T08:13:06.315Z",
    "2026-11-30T16:13:06+08, 2026-11-30T08:13:06Z",
    "2026-11-30T03:13:06-05:00, 2026-11-30T08:13:06Z",
    "2026-11-30T03:13:06-0500, 2026-11-30T08:13:06Z",
    "2026-11-30T08:13:06.3Z, 2026-11-30T08:13:06.300Z",
    "2026-11-30T08:13:06.123456Z, 2026-11-30T08:13:06.123456Z",
    "2026-11-30T08:13:06.123456789Z, 2026-11-30T08:13:06.123456789Z",
    "2026-11-30T08:13:06.123456789123+00:00, 2026-11-30T08:13:06.123456789Z",
    "2026-11-30 08:13:06Z, 2026-11-30T08:13:06Z",
    "2026-11-30t08:13:06z, 2026-11-30T08:13:06Z",
    "2026-11-30T08:13Z, 2026-11-30T08:13:00Z"
  })
  void everyOffsetSendersUse(String sent, String expected) {
    assertEquals(Instant.parse(expected), SenderTime.parse(sent));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  ", "0001-01-01T00:00:00Z"})
  void noTimeGiven(String sent) {
    assertNull(SenderTime.parse(sent));
    assertNull(SenderTime.parse(null));
  }

  @ParameterizedTest
  @ValueSource(strings = {"yesterday", "2026-11-30T08:13:06", "2026-13-30T08:13:06Z", "1701332000"})
  void notATime(String sent) {
    assertThrows(IllegalArgumentException.class, () -> SenderTime.parse(sent));
  }

  @Test
  void intakeReadsWhatItCanAndNeverRefuses() {
    assertEquals(Instant.parse("2026-11-30T08:13:06Z"), SenderTime.lenient("2026-11-30T08:13:06"));
    assertEquals(Instant.ofEpochSecond(1796020000), SenderTime.lenient("1796020000"));
    assertEquals(Instant.ofEpochMilli(1796020000123L), SenderTime.lenient("1796020000123"));
    assertEquals(
        Instant.parse("2026-11-30T08:13:06.315Z"),
        SenderTime.lenient("2026-11-30T08:13:06.315+0000"));
    assertNull(SenderTime.lenient("yesterday"));
    assertNull(SenderTime.lenient(" 0001-01-01T00:00:00Z"));
    assertNull(SenderTime.lenient(null));
  }
}
