package com.kuailv.emergency.incident;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.kuailv.emergency.testing.Db;
import com.kuailv.emergency.testing.OnVertx;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An update overdue for the grade's cadence reminds the communications group, then one cadence
 * later the command center; once per overdue period; an update starts a new period. Time is passed
 * in, never slept.
 */
@QuarkusTest
class UpdateRemindersTest {
  @Inject Db db;
  @Inject UpdateReminders reminders;

  private long reminders(long incident, String group) {
    return db.count(
        "notification_outbox where incident_id = "
            + incident
            + " and target_group = '"
            + group
            + "' and kind like 'incident.update-%'");
  }

  private Instant lastEntry(long incident) {
    return db.first(
            "select max(occurred_at) from incident_timeline where incident_id = " + incident)
        .getOffsetDateTime(0)
        .toInstant();
  }

  private void remindAt(Instant now) {
    OnVertx.await(() -> reminders.remind(now));
  }

  @Test
  void anOverdueUpdateRemindsCommsThenTheCommandCenterOncePerPeriod() {
    long id = Flow.responding("更新提醒 " + System.nanoTime()); // graded SERIOUS
    Duration cadence =
        Duration.ofMinutes(
            db.first("select update_minutes from response_matrix where grade = 'SERIOUS'")
                .getInteger(0));
    Instant last = lastEntry(id);

    remindAt(last.plus(cadence).minusSeconds(60));
    assertEquals(0, reminders(id, "COMMUNICATIONS"), "not due yet");

    remindAt(last.plus(cadence).plusSeconds(60));
    remindAt(last.plus(cadence).plusSeconds(120));
    assertEquals(1, reminders(id, "COMMUNICATIONS"), "the comms group, once");
    assertEquals(0, reminders(id, "COMMAND"), "not the commander yet");
    assertEquals(
        "incident.update-due",
        db.first(
                "select kind from notification_outbox where incident_id = "
                    + id
                    + " and target_group = 'COMMUNICATIONS' and kind like 'incident.update-%'")
            .getString(0));

    remindAt(last.plus(cadence.multipliedBy(2)).plusSeconds(60));
    assertEquals(1, reminders(id, "COMMAND"), "one cadence later, the command center");
    assertEquals(1, reminders(id, "COMMUNICATIONS"));

    // An update (a note on the timeline) starts a new period.
    given()
        .auth()
        .oauth2(Flow.TECH)
        .contentType(ContentType.JSON)
        .body(Map.of("text", "已切换备用库，订单恢复中"))
        .post("/api/v1/incidents/{id}/notes", id)
        .then()
        .statusCode(201);
    Instant update = lastEntry(id);
    remindAt(update.plus(cadence).minusSeconds(60));
    assertEquals(1, reminders(id, "COMMUNICATIONS"), "the update reset the clock");
    remindAt(update.plus(cadence).plusSeconds(60));
    assertEquals(2, reminders(id, "COMMUNICATIONS"), "a new period, a new reminder");
  }

  @Test
  void incidentsNotRespondingAreNeverReminded() {
    long id = Flow.report("未响应不提醒 " + System.nanoTime());
    remindAt(Instant.now().plus(Duration.ofDays(2)));
    assertEquals(0, reminders(id, "COMMUNICATIONS"));
    assertEquals(0, reminders(id, "COMMAND"));
  }
}
