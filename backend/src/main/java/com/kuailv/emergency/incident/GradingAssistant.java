package com.kuailv.emergency.incident;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Proposes a grade from an assessment: the highest grade any matching rule names. */
final class GradingAssistant {
  private GradingAssistant() {}

  record Proposal(Grade grade, List<GradingApi.GradingReason> reasons) {}

  static Proposal propose(Assessment assessment, List<GradingRule> rules) {
    Grade grade = Grade.GENERAL;
    List<GradingApi.GradingReason> reasons = new ArrayList<>();
    for (Grade candidate : List.of(Grade.MAJOR, Grade.SERIOUS)) {
      for (GradingRule rule : rules) {
        if (rule.grade == candidate && measured(assessment, rule).compareTo(rule.threshold) >= 0) {
          reasons.add(new GradingApi.GradingReason(rule.measure, rule.threshold));
        }
      }
      if (!reasons.isEmpty()) {
        grade = candidate;
        break;
      }
    }
    return new Proposal(grade, reasons);
  }

  private static BigDecimal measured(Assessment assessment, GradingRule rule) {
    return switch (rule.measure) {
      case CORE_FLOWS_DOWN -> BigDecimal.valueOf(assessment.coreFlowsDown.length);
      case AFFECTED_MODULES -> BigDecimal.valueOf(assessment.affectedModules.length);
      case ORDERS_PER_HOUR -> BigDecimal.valueOf(assessment.ordersAffectedPerHour);
      case RECOVERY_MINUTES -> BigDecimal.valueOf(assessment.expectedRecoveryMinutes);
      case ESTIMATED_LOSS -> assessment.estimatedLoss;
    };
  }
}
