package com.kuailv.emergency.incident;

import com.kuailv.emergency.common.db.ClusterLock;
import com.kuailv.emergency.notification.NotificationService;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reminds when a responding incident's update is overdue for its grade's cadence (the response
 * matrix's update minutes, counted from its last timeline entry, as the war room's timer counts):
 * first the communications group, whose lead publishes updates; one cadence later, still without an
 * update, the command center. Each reminder is queued once per overdue period however many replicas
 * look (its outbox key names the incident, the time the update fell due and the group).
 */
@ApplicationScoped
class UpdateReminders {
  static final long LOCK = 7_101_006L;
  static final String COMMS = "COMMUNICATIONS";
  static final String COMMAND = "COMMAND";

  private final ResponseMatrixRepository matrix;
  private final NotificationService notifications;
  private final ClusterLock locks;
  private final Clock clock;

  UpdateReminders(
      ResponseMatrixRepository matrix,
      NotificationService notifications,
      ClusterLock locks,
      Clock clock) {
    this.matrix = matrix;
    this.notifications = notifications;
    this.locks = locks;
    this.clock = clock;
  }

  @Scheduled(
      every = "${kuailv.incidents.update-check-every}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  Uni<Void> remindOverdueUpdates() {
    return locks.runExclusively(LOCK, () -> remind(clock.instant()).replaceWithVoid());
  }

  /**
   * Queues the reminders due at {@code now} (tests pass the time); answers how many were new.
   * Incidents without a grade or not responding or verifying are never reminded.
   */
  @WithTransaction
  Uni<Integer> remind(Instant now) {
    return matrix
        .ordered()
        .map(
            entries ->
                entries.stream()
                    .collect(
                        Collectors.toMap(
                            entry -> entry.grade.name(),
                            entry -> Duration.ofMinutes(entry.updateMinutes))))
        .chain(cadences -> responding().chain(rows -> queue(rows, cadences, now)));
  }

  /** Responding and verifying incidents with a grade: id, grade, title, last timeline entry. */
  private Uni<List<Object[]>> responding() {
    return Panache.getSession()
        .chain(
            session ->
                session
                    .<Object[]>createNativeQuery(
                        "select i.id, i.grade, i.title, max(t.occurred_at) from incident i"
                            + " join incident_timeline t on t.incident_id = i.id"
                            + " where i.status in ('RESPONDING', 'VERIFYING')"
                            + " and i.grade is not null group by i.id, i.grade, i.title")
                    .getResultList());
  }

  private Uni<Integer> queue(List<Object[]> rows, Map<String, Duration> cadences, Instant now) {
    Uni<Integer> queued = Uni.createFrom().item(0);
    for (Object[] row : rows) {
      long id = ((Number) row[0]).longValue();
      String grade = String.valueOf(row[1]);
      Duration cadence = cadences.get(grade);
      if (cadence == null) {
        continue;
      }
      Instant due = instant(row[3]).plus(cadence);
      String payload = NotificationService.payload(id, grade, (String) row[2]);
      String key = "incident:" + id + ":update-due:" + due + ":";
      if (!now.isBefore(due)) {
        queued =
            queued.chain(
                count -> send(key + COMMS, id, COMMS, "incident.update-due", payload, count));
      }
      if (!now.isBefore(due.plus(cadence))) {
        queued =
            queued.chain(
                count ->
                    send(key + COMMAND, id, COMMAND, "incident.update-overdue", payload, count));
      }
    }
    return queued;
  }

  private Uni<Integer> send(
      String key, long incidentId, String group, String kind, String payload, int count) {
    return notifications
        .enqueue(key, incidentId, group, kind, payload)
        .map(inserted -> inserted ? count + 1 : count);
  }

  private static Instant instant(Object value) {
    return value instanceof OffsetDateTime at ? at.toInstant() : (Instant) value;
  }
}
