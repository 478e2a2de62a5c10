package com.kuailv.emergency.incident;

import com.kuailv.emergency.common.i18n.Texts;
import com.kuailv.emergency.notification.NotificationService;
import com.kuailv.emergency.org.OrgApi;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Announces a task of an active incident that passed its due time without being done: once per task
 * and due time (a new due time announces again), to the task's owner group and the groups the
 * notification rule {@code task-overdue} names (by default the command center). Any replica may
 * look; the outbox key makes each announcement once.
 */
@ApplicationScoped
class TaskOverdueNotices {
  private static final DateTimeFormatter DUE =
      DateTimeFormatter.ofPattern("MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

  private final NotificationService notifications;
  private final com.kuailv.emergency.org.OrgService org;
  private final Clock clock;

  TaskOverdueNotices(
      NotificationService notifications, com.kuailv.emergency.org.OrgService org, Clock clock) {
    this.notifications = notifications;
    this.org = org;
    this.clock = clock;
  }

  @Scheduled(
      every = "${kuailv.incidents.task-check-every}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  Uni<Void> announceNow() {
    return announce(clock.instant()).replaceWithVoid();
  }

  /** Announces every task overdue at {@code now} (tests pass the time); answers how many new. */
  Uni<Integer> announce(Instant now) {
    return Panache.withTransaction(
        () -> org.groupNames().chain(names -> overdue(now).chain(rows -> queue(rows, names))));
  }

  /** Task id, title, owner group, due time; incident id, grade, title. */
  private Uni<List<Object[]>> overdue(Instant now) {
    return Panache.getSession()
        .chain(
            session ->
                session
                    .<Object[]>createNativeQuery(
                        "select t.id, t.title, t.owner_group, t.due_at, i.id as incident_id,"
                            + " i.grade, i.title as incident_title from incident_task t"
                            + " join incident i on i.id = t.incident_id"
                            + " where t.status <> 'DONE' and t.due_at <= :now"
                            + " and i.status in ('REPORTED', 'ASSESSING', 'RESPONDING', 'VERIFYING')"
                            // Not announced yet for this due time (its owner group's notice).
                            + " and not exists (select 1 from notification_outbox o"
                            + " where o.event_key = 'task-overdue:' || t.id || ':'"
                            + " || extract(epoch from t.due_at)::bigint || ':' || t.owner_group)"
                            + " order by t.due_at limit 500")
                    .setParameter("now", now)
                    .getResultList());
  }

  private Uni<Integer> queue(
      List<Object[]> rows, java.util.Map<String, OrgApi.GroupName> groupNames) {
    Uni<Integer> queued = Uni.createFrom().item(0);
    for (Object[] row : rows) {
      long task = ((Number) row[0]).longValue();
      String owner = (String) row[2];
      Instant due = row[3] instanceof OffsetDateTime at ? at.toInstant() : (Instant) row[3];
      long incident = ((Number) row[4]).longValue();
      String grade = (String) row[5];
      OrgApi.GroupName group = groupNames.getOrDefault(owner, new OrgApi.GroupName(owner, owner));
      java.util.function.Function<Boolean, String> title =
          english ->
              Texts.text(
                  "texts",
                  english,
                  "notice.task-overdue.title",
                  row[6],
                  row[1],
                  group.in(english),
                  DUE.format(due));
      String payload =
          new io.vertx.core.json.JsonObject(
                  NotificationService.payload(incident, grade, title.apply(false)))
              .put("titleEn", title.apply(true))
              .encode();
      String key = "task-overdue:" + task + ":" + due.getEpochSecond();
      queued =
          queued.chain(
              count ->
                  notifications
                      .notifyByRule(key, incident, "task-overdue", grade, payload)
                      .chain(
                          byRule ->
                              notifications
                                  .enqueue(
                                      key + ":" + owner,
                                      incident,
                                      owner,
                                      "incident.task-overdue",
                                      payload)
                                  .map(toOwner -> count + byRule + (toOwner ? 1 : 0))));
    }
    return queued;
  }
}
