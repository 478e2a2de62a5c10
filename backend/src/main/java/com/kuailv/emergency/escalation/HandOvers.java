package com.kuailv.emergency.escalation;

import com.kuailv.emergency.common.i18n.Texts;
import com.kuailv.emergency.common.paging.PageResponse;
import com.kuailv.emergency.incident.IncidentApi.IncidentView;
import com.kuailv.emergency.incident.IncidentService;
import com.kuailv.emergency.notification.Delivery;
import com.kuailv.emergency.notification.Notice;
import com.kuailv.emergency.notification.NotificationService;
import com.kuailv.emergency.org.OrgApi;
import com.kuailv.emergency.org.OrgApi.OnDuty;
import com.kuailv.emergency.org.OrgService;
import com.kuailv.emergency.org.RosterService;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Shift hand-over notices: when a group's on-duty person changes (a shift or override starts, the
 * rotation hands over), the incoming person is @-mentioned in the group's chat, and mailed, with
 * the incidents still open and where each stands. Each change is announced once across replicas
 * (the last person seen per group is swapped by a conditional update). The first look at a group
 * only records who is on duty, so a new deployment does not announce every shift at once.
 */
@ApplicationScoped
public class HandOvers {
  /** Open incidents a notice lists by name; the rest are counted. */
  static final int LISTED = 10;

  private final RosterService roster;
  private final OrgService org;
  private final IncidentService incidents;
  private final NotificationService notifications;
  private final Clock clock;

  HandOvers(
      RosterService roster,
      OrgService org,
      IncidentService incidents,
      NotificationService notifications,
      Clock clock) {
    this.roster = roster;
    this.org = org;
    this.incidents = incidents;
    this.notifications = notifications;
    this.clock = clock;
  }

  @Scheduled(
      every = "${kuailv.escalation.handover-check-every}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  Uni<Void> handOverNow() {
    return handOver(clock.instant()).replaceWithVoid();
  }

  /**
   * Announces every on-duty change at {@code now} (tests pass the time); answers how many incoming
   * people were told.
   */
  public Uni<Integer> handOver(Instant now) {
    return Panache.withTransaction(
        () ->
            roster
                .onDuty(now)
                .chain(
                    duty ->
                        org.groupNames()
                            .chain(
                                names ->
                                    incidents
                                        .openIncidents(LISTED)
                                        .chain(open -> announce(duty, names, open, now)))));
  }

  private Uni<Integer> announce(
      List<OnDuty> duty,
      Map<String, OrgApi.GroupName> names,
      PageResponse<IncidentView> open,
      Instant now) {
    List<Integer> told = new ArrayList<>();
    Uni<Void> chain = Uni.createFrom().voidItem();
    for (OnDuty group : duty) {
      chain =
          chain.call(
              () ->
                  changed(group.groupCode(), group.subject(), now)
                      .chain(
                          incoming ->
                              !incoming || group.subject() == null
                                  ? Uni.createFrom().voidItem()
                                  : tell(group, names.get(group.groupCode()), open, now)
                                      .invoke(() -> told.add(1))));
    }
    return chain.map(ignored -> told.size());
  }

  /** Records who is on duty now; true when that replaced someone else (a hand-over). */
  private Uni<Boolean> changed(String group, String subject, Instant now) {
    return Panache.getSession()
        .chain(
            session ->
                session
                    .createNativeQuery(
                        "insert into duty_handover (group_code, subject, changed_at)"
                            + " values (:group, :subject, :now) on conflict (group_code) do nothing")
                    .setParameter("group", group)
                    .setParameter("subject", subject)
                    .setParameter("now", now)
                    .executeUpdate()
                    .chain(
                        first ->
                            first > 0
                                ? Uni.createFrom().item(false)
                                : session
                                    .createNativeQuery(
                                        "update duty_handover set subject = :subject,"
                                            + " changed_at = :now where group_code = :group"
                                            + " and subject is distinct from :subject")
                                    .setParameter("group", group)
                                    .setParameter("subject", subject)
                                    .setParameter("now", now)
                                    .executeUpdate()
                                    .map(updated -> updated > 0)));
  }

  private Uni<Void> tell(
      OnDuty incoming, OrgApi.GroupName groupName, PageResponse<IncidentView> open, Instant now) {
    String key = "handover:" + incoming.groupCode() + ":" + incoming.subject() + ":" + now;
    JsonObject mention =
        new JsonObject()
            .put("subject", incoming.subject())
            .put("name", incoming.displayName())
            .put("phone", incoming.contact() == null ? null : incoming.contact().phone())
            .put("dingtalkId", incoming.contact() == null ? null : incoming.contact().dingtalkId())
            .put("wecomId", incoming.contact() == null ? null : incoming.contact().wecomId())
            .put("feishuId", incoming.contact() == null ? null : incoming.contact().feishuId());
    String payload =
        new JsonObject()
            .put("incidentId", (Long) null)
            .put("grade", (String) null)
            .put("title", summary(incoming.displayName(), groupName, open, false))
            .put("titleEn", summary(incoming.displayName(), groupName, open, true))
            .put("mentions", new JsonArray().add(mention))
            .encode();
    return notifications
        .enqueue(key, null, incoming.groupCode(), Notice.HANDOVER, payload)
        .call(
            () ->
                notifications.reach(
                    key, incoming.subject(), incoming.displayName(), Delivery.Medium.EMAIL))
        .replaceWithVoid();
  }

  /**
   * 王工，你现在是技术应急小组的值班人员。进行中的故障 2 起：#12 订单系统无法下单（严重，响应中）；#13 …, or in English ("王工, you are now on
   * duty for Technical Team. 2 open incidents: …") for channels that read it.
   */
  static String summary(
      String name, OrgApi.GroupName group, PageResponse<IncidentView> open, boolean english) {
    StringBuilder text =
        new StringBuilder(words(english, "you", name, group == null ? "" : group.in(english)));
    if (open.total() == 0) {
      return text.append(words(english, "none")).toString();
    }
    text.append(
        open.total() == 1
            ? words(english, "open.one")
            : words(english, "open", String.valueOf(open.total())));
    List<String> lines = new ArrayList<>();
    for (IncidentView incident : open.items()) {
      lines.add(
          words(
              english,
              "line",
              String.valueOf(incident.id()),
              incident.title(),
              incident.grade() == null
                  ? Texts.text("texts", english, "notice.grade.none")
                  : incident.grade().label(english),
              incident.status().label(english)));
    }
    text.append(String.join(words(english, "separator"), lines));
    if (open.total() > open.items().size()) {
      text.append(words(english, "more", String.valueOf(open.total() - open.items().size())));
    }
    return text.append(words(english, "end")).toString();
  }

  private static String words(boolean english, String key, Object... arguments) {
    return Texts.text("texts", english, "notice.handover." + key, arguments);
  }
}
