package com.kuailv.emergency.incident;

import com.kuailv.emergency.common.playbook.Playbooks;
import com.kuailv.emergency.common.security.Actor;
import com.kuailv.emergency.common.text.StorableText;
import com.kuailv.emergency.incident.GradingApi.AssessIncident;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Builds the records a transition creates: assessments, tasks and verification items. */
final class LifecyclePlan {
  private LifecyclePlan() {}

  record DefaultCheck(VerificationItem.Area area, String label, ResponseGroup owner) {}

  /** The checks every recovery goes through, each owned by the group that can confirm it. */
  static final List<DefaultCheck> DEFAULT_CHECKS =
      List.of(
          new DefaultCheck(VerificationItem.Area.ORDERS, "订单可正常提交并流转到仓库", ResponseGroup.SALES),
          new DefaultCheck(VerificationItem.Area.INVENTORY, "系统库存与实物一致", ResponseGroup.WAREHOUSE),
          new DefaultCheck(
              VerificationItem.Area.LOGISTICS, "配送单与路线信息正常下发", ResponseGroup.LOGISTICS),
          new DefaultCheck(VerificationItem.Area.PAYMENTS, "支付与结算正常", ResponseGroup.TECHNICAL),
          new DefaultCheck(
              VerificationItem.Area.DATA_ACCURACY, "故障期间的手工记录已补录且准确", ResponseGroup.TECHNICAL));

  static Assessment assessment(long incidentId, AssessIncident input, Actor actor, Instant at) {
    Assessment assessment = new Assessment();
    assessment.incidentId = incidentId;
    assessment.affectedModules = IncidentMapper.toArray(input.affectedModules());
    assessment.businessLines = IncidentMapper.namesOf(input.businessLines());
    assessment.coreFlowsDown =
        input.coreFlowsDown() == null
            ? new String[0]
            : input.coreFlowsDown().stream().distinct().map(Enum::name).toArray(String[]::new);
    assessment.ordersAffectedPerHour = input.ordersAffectedPerHour();
    assessment.expectedRecoveryMinutes = input.expectedRecoveryMinutes();
    assessment.estimatedLoss = input.estimatedLoss();
    assessment.assessedBySubject = actor.subject();
    assessment.assessedByName = actor.displayName();
    assessment.assessedAt = at;
    return assessment;
  }

  static IncidentTask task(long incidentId, TaskTemplate template, Instant now) {
    IncidentTask task = new IncidentTask();
    task.incidentId = incidentId;
    task.title = template.title;
    task.kind = template.kind;
    task.action = template.action;
    task.ownerGroup = template.ownerGroup;
    task.critical = template.critical;
    task.status = IncidentTask.Status.OPEN;
    task.createdAt = now;
    task.dueAt = now.plus(Duration.ofMinutes(template.dueMinutes));
    return task;
  }

  /** A task from a knowledge-base step: technical steps go to the technical team. */
  static IncidentTask task(long incidentId, Playbooks.PlaybookStep step, Instant now) {
    IncidentTask task = new IncidentTask();
    task.incidentId = incidentId;
    String title = step.articleTitle() + "：" + step.title();
    task.title = StorableText.shorten(title, 200);
    task.kind = step.technical() ? IncidentTask.Kind.TECHNICAL : IncidentTask.Kind.FALLBACK;
    task.action = IncidentTask.Action.OTHER;
    task.ownerGroup = step.technical() ? ResponseGroup.TECHNICAL : ResponseGroup.BUSINESS;
    task.critical = false;
    task.status = IncidentTask.Status.OPEN;
    task.createdAt = now;
    task.dueAt = now.plus(Duration.ofMinutes(60));
    return task;
  }

  static VerificationItem check(
      long incidentId, VerificationItem.Area area, String label, ResponseGroup owner) {
    VerificationItem item = new VerificationItem();
    item.incidentId = incidentId;
    item.area = area;
    item.label = label;
    item.ownerGroup = owner;
    item.status = VerificationItem.Status.PENDING;
    return item;
  }
}
