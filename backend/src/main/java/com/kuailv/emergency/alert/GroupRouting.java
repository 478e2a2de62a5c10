package com.kuailv.emergency.alert;

import com.kuailv.emergency.audit.AuditService;
import com.kuailv.emergency.common.security.Actor;
import com.kuailv.emergency.incident.IncidentApi.IncidentView;
import com.kuailv.emergency.incident.IncidentService;
import com.kuailv.emergency.incident.TimelineKind;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * Routes one group of queued alerts in one unit of work: silencing, the rule's decision, the
 * incident opened or joined (with its timeline), the group's incident and taking the alerts off the
 * queue commit together or not at all. A crash in between leaves the alerts queued and no incident
 * behind, so the next run cannot open a second one.
 */
@ApplicationScoped
class GroupRouting {
  private final IncidentService incidents;
  private final AuditService audit;
  private final Clock clock;

  GroupRouting(IncidentService incidents, AuditService audit, Clock clock) {
    this.incidents = incidents;
    this.audit = audit;
    this.clock = clock;
  }

  /** Routes the alerts (one integration, one group key, oldest first) under the policy. */
  @WithTransaction
  Uni<Void> route(AlertPolicy policy, List<AlertRouter.Queued> alerts) {
    OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    Map<Long, List<Long>> silenced = new LinkedHashMap<>();
    List<AlertRouter.Queued> routed = new ArrayList<>();
    for (AlertRouter.Queued alert : alerts) {
      AlertPolicy.Silence silence = policy.silenceFor(alert.facts(), now.toInstant());
      if (silence == null) {
        routed.add(alert);
      } else {
        silenced.computeIfAbsent(silence.id(), k -> new ArrayList<>()).add(alert.alertId());
      }
    }
    return Panache.getSession()
        .chain(
            session -> {
              Uni<Void> done = Uni.createFrom().voidItem();
              for (Map.Entry<Long, List<Long>> entry : silenced.entrySet()) {
                done =
                    done.chain(
                        () -> record(session, entry.getValue(), null, null, entry.getKey(), now));
              }
              return routed.isEmpty()
                  ? done
                  : done.chain(() -> decide(session, policy, routed, now));
            });
  }

  private Uni<Void> decide(
      Mutiny.Session session,
      AlertPolicy policy,
      List<AlertRouter.Queued> alerts,
      OffsetDateTime now) {
    AlertRouter.Queued first = alerts.get(0);
    List<Long> ids = alerts.stream().map(AlertRouter.Queued::alertId).toList();
    AlertPolicy.Rule rule = policy.ruleFor(first.facts());
    String ruleName = rule == null ? null : rule.name();
    if (rule != null && rule.action() == AlertPolicy.Action.RECORD) {
      return record(session, ids, null, ruleName, null, now);
    }
    int window = rule != null && rule.action() == AlertPolicy.Action.ATTACH ? rule.window() : 0;
    return groupIncident(session, first, window, now)
        .chain(
            group -> {
              if (group != null && group.usable()) {
                return record(session, ids, group.incidentId(), ruleName, null, now);
              }
              Long earlier = group == null || !group.ended() ? null : group.incidentId();
              IncidentDraft draft = IncidentDraft.of(first, alerts.size(), rule, earlier, now);
              Actor system =
                  new Actor(
                      "integration:" + first.integrationId(),
                      "integration",
                      "告警 · " + first.integrationName(),
                      Set.of());
              return incidents
                  .reportIncident(draft.report(), draft.proposedGrade(), system)
                  .map(IncidentView::id)
                  .call(
                      opened ->
                          earlier == null
                              ? Uni.createFrom().voidItem()
                              : incidents.noteFromSystem(
                                  opened, TimelineKind.ALERT_RETRIGGERED, "#" + earlier, system))
                  .call(opened -> record(session, ids, opened, ruleName, null, now))
                  .call(
                      opened ->
                          session
                              .createNativeQuery(
                                  "insert into alert_group_incident"
                                      + " (integration_id, group_key, incident_id)"
                                      + " values (:integration, :group, :incident)"
                                      + " on conflict (integration_id, group_key)"
                                      + " do update set incident_id = excluded.incident_id")
                              .setParameter("integration", first.integrationId())
                              .setParameter("group", first.groupKey())
                              .setParameter("incident", opened)
                              .executeUpdate())
                  .replaceWithVoid();
            });
  }

  /**
   * Notes a routing failure on the group's alerts (ids of one integration and group key): they are
   * routed again on the next run unless the failure is {@code permanent} or this was attempt {@code
   * maxAttempts}; then they are set aside with the error (audited), for an admin to see and retry.
   */
  @WithTransaction
  Uni<Void> noteFailure(
      List<AlertRouter.Queued> alerts, String error, boolean permanent, int maxAttempts) {
    String ids =
        alerts.stream()
            .map(alert -> String.valueOf(alert.alertId()))
            .collect(Collectors.joining(","));
    return Panache.getSession()
        .chain(
            session ->
                session
                    .<Object>createNativeQuery(
                        "update alert_routing_queue set attempts = attempts + 1, error = :error,"
                            + " failed_at = case when :permanent or attempts + 1 >= :max"
                            + " then cast(:now as timestamptz) end"
                            + " where alert_id = any(cast(string_to_array(:ids, ',') as bigint[]))"
                            + " returning failed_at is not null")
                    .setParameter("error", error)
                    .setParameter("permanent", permanent)
                    .setParameter("max", maxAttempts)
                    .setParameter("now", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                    .setParameter("ids", ids)
                    .getResultList())
        .chain(
            setAside ->
                setAside.isEmpty() || !Boolean.TRUE.equals(setAside.get(0))
                    ? Uni.createFrom().voidItem()
                    : audit.record(
                        AuditService.SYSTEM,
                        "alert.routing-set-aside",
                        "alert-routing",
                        alerts.get(0).integrationId() + ":" + alerts.get(0).groupKey(),
                        null,
                        Map.of(
                            "alerts",
                            alerts.stream().map(AlertRouter.Queued::alertId).toList(),
                            "error",
                            error)));
  }

  /**
   * The group's last incident, whether alerts may join it (active, within the window) and whether
   * it has ended (resolved, reviewed or cancelled).
   */
  private record GroupIncident(long incidentId, boolean usable, boolean ended) {}

  private Uni<GroupIncident> groupIncident(
      Mutiny.Session session, AlertRouter.Queued alert, int windowMinutes, OffsetDateTime now) {
    return session
        .<Object>createNativeQuery(
            "select incident_id from alert_group_incident"
                + " where integration_id = :integration and group_key = :group")
        .setParameter("integration", alert.integrationId())
        .setParameter("group", alert.groupKey())
        .getResultList()
        .chain(
            rows -> {
              if (rows.isEmpty()) {
                return Uni.createFrom().nullItem();
              }
              long incidentId = ((Number) rows.get(0)).longValue();
              return incidents
                  .lockForRouting(incidentId)
                  .map(
                      state -> {
                        if (state == null) {
                          return null;
                        }
                        boolean active = state.status().isActive();
                        boolean recent =
                            windowMinutes == 0
                                || !state
                                    .reportedAt()
                                    .isBefore(now.minusMinutes(windowMinutes).toInstant());
                        return new GroupIncident(incidentId, active && recent, !active);
                      });
            });
  }

  /**
   * Records one decision for these alerts (the incident they joined, the rule that decided, the
   * silence that suppressed them; each may be null) and takes them off the queue. An alert is
   * routed once: a second decision for it changes nothing.
   */
  private Uni<Void> record(
      Mutiny.Session session,
      List<Long> ids,
      Long incidentId,
      String routedBy,
      Long suppressedBy,
      OffsetDateTime now) {
    String list = ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    return session
        .createNativeQuery(
            "insert into alert_route (alert_id, incident_id, routed_by, suppressed_by, routed_at)"
                + " select unnest(cast(string_to_array(:ids, ',') as bigint[])),"
                + " cast(:incident as bigint), cast(:rule as varchar), cast(:silence as bigint),"
                + " :now on conflict (alert_id) do nothing")
        .setParameter("ids", list)
        .setParameter("incident", incidentId)
        .setParameter("rule", routedBy)
        .setParameter("silence", suppressedBy)
        .setParameter("now", now)
        .executeUpdate()
        .chain(
            () ->
                session
                    .createNativeQuery(
                        "delete from alert_routing_queue"
                            + " where alert_id = any(cast(string_to_array(:ids, ',') as bigint[]))")
                    .setParameter("ids", list)
                    .executeUpdate())
        .replaceWithVoid();
  }

  /**
   * Senders' acknowledgements and resolves of alerts that routing has decided, by incident (0 for
   * none), oldest first, at most 500: alert id, summary, integration id, integration name, action
   * (ACKNOWLEDGED or RESOLVED). Those of alerts not routed yet wait for routing.
   */
  @WithTransaction
  Uni<Map<Long, List<Object[]>>> pendingSenderNotes() {
    return Panache.getSession()
        .chain(
            session ->
                session
                    .<Object[]>createNativeQuery(
                        "select q.alert_id, coalesce(r.incident_id, 0), a.summary, i.id, i.name,"
                            + " q.action from alert_sender_note q"
                            + " join alert_route r on r.alert_id = q.alert_id"
                            + " join alert a on a.id = q.alert_id"
                            + " join integration i on i.id = a.integration_id"
                            + " order by q.at, q.alert_id limit 500")
                    .getResultList())
        .map(
            rows -> {
              Map<Long, List<Object[]>> byIncident = new LinkedHashMap<>();
              for (Object[] row : rows) {
                byIncident
                    .computeIfAbsent(((Number) row[1]).longValue(), k -> new ArrayList<>())
                    .add(row);
              }
              return byIncident;
            });
  }

  /**
   * Notes what the senders said (rows as {@link #pendingSenderNotes} gives them) on the incident's
   * timeline, nothing for incident 0, and takes them off the queue.
   */
  @WithTransaction
  Uni<Void> noteSenders(long incidentId, List<Object[]> notes) {
    String keys = notes.stream().map(row -> row[0] + ":" + row[5]).collect(Collectors.joining(","));
    Uni<Void> noted = Uni.createFrom().voidItem();
    if (incidentId != 0) {
      // One entry per sender and action: a storm's thousand resolves is one line, not a thousand.
      Map<String, List<Object[]>> said = new LinkedHashMap<>();
      for (Object[] note : notes) {
        said.computeIfAbsent(note[3] + ":" + note[5], k -> new ArrayList<>()).add(note);
      }
      for (List<Object[]> same : said.values()) {
        Object[] first = same.get(0);
        Actor sender =
            new Actor("integration:" + first[3], "integration", "告警 · " + first[4], Set.of());
        TimelineKind kind =
            "RESOLVED".equals(first[5])
                ? TimelineKind.ALERT_RESOLVED
                : TimelineKind.ALERT_ACKNOWLEDGED;
        String message =
            same.size() == 1 ? (String) first[2] : first[2] + "（共 " + same.size() + " 条告警）";
        noted = noted.chain(() -> incidents.noteFromSystem(incidentId, kind, message, sender));
      }
    }
    return noted.chain(
        () ->
            Panache.getSession()
                .chain(
                    session ->
                        session
                            .createNativeQuery(
                                "delete from alert_sender_note where alert_id || ':' || action"
                                    + " = any(string_to_array(:keys, ','))")
                            .setParameter("keys", keys)
                            .executeUpdate())
                .replaceWithVoid());
  }
}
