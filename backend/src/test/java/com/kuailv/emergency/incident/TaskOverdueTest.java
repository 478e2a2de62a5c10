package com.kuailv.emergency.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kuailv.emergency.testing.Db;
import com.kuailv.emergency.testing.OnVertx;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A task past its due time is announced once to its owner group and the command center. */
@QuarkusTest
class TaskOverdueTest {
  @Inject TaskOverdueNotices notices;
  @Inject Db db;

  @Test
  void anOverdueTaskIsAnnouncedOnceToItsOwnerGroupAndTheCommandCenter() {
    long incident = Flow.responding("逾期任务 #overdue");
    long task =
        db.first("select min(id) from incident_task where incident_id = " + incident).getLong(0);
    String owner =
        db.first("select owner_group from incident_task where id = " + task).getString(0);
    db.execute(
        "update incident_task set due_at = now() - interval '5 minutes', status = 'OPEN'"
            + " where id = "
            + task);
    db.execute(
        "update incident_task set status = 'DONE' where incident_id = "
            + incident
            + " and id <> "
            + task);
    String overdue =
        "notification_outbox where incident_id = "
            + incident
            + " and kind = 'incident.task-overdue'";

    OnVertx.await(() -> notices.announce(Instant.now()));
    OnVertx.await(() -> notices.announce(Instant.now()));
    assertEquals(
        1, db.count(overdue + " and target_group = 'COMMAND'"), "the command center, once");
    assertEquals(1, db.count(overdue + " and target_group = '" + owner + "'"), "the owner group");
    String title =
        db.first("select payload from " + overdue + " and target_group = 'COMMAND'").getString(0);
    assertTrue(title.contains("逾期任务"), title);
    String groupName =
        db.first("select name_zh from response_group where code = '" + owner + "'").getString(0);
    assertTrue(title.contains("（" + groupName + "，截止 "), "the owner group in words: " + title);
    String english =
        db.first(
                "select payload::json->>'titleEn' from "
                    + overdue
                    + " and target_group = 'COMMAND'")
            .getString(0);
    String groupNameEn =
        db.first("select name_en from response_group where code = '" + owner + "'").getString(0);
    assertTrue(english.contains(" | overdue task: "), english);
    assertTrue(english.contains(" (" + groupNameEn + ", due "), "for English channels: " + english);

    // Done: nothing more, however often it is looked at.
    db.execute("update incident_task set status = 'DONE' where id = " + task);
    long before = db.count(overdue);
    OnVertx.await(() -> notices.announce(Instant.now()));
    assertEquals(before, db.count(overdue));
  }
}
