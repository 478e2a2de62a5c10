package com.kuailv.emergency.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class GradingAssistantTest {
  static GradingRule rule(Grade grade, GradingRule.Measure measure, String threshold, String why) {
    GradingRule rule = new GradingRule();
    rule.grade = grade;
    rule.measure = measure;
    rule.threshold = new BigDecimal(threshold);
    rule.description = why;
    return rule;
  }

  static final List<GradingRule> RULES =
      List.of(
          rule(Grade.MAJOR, GradingRule.Measure.CORE_FLOWS_DOWN, "3", "three flows"),
          rule(Grade.MAJOR, GradingRule.Measure.ESTIMATED_LOSS, "500000", "big loss"),
          rule(Grade.SERIOUS, GradingRule.Measure.AFFECTED_MODULES, "2", "two modules"),
          rule(Grade.SERIOUS, GradingRule.Measure.RECOVERY_MINUTES, "120", "long recovery"));

  static Assessment assessment(int flows, int modules, int minutes, String loss) {
    Assessment a = new Assessment();
    a.coreFlowsDown = new String[flows];
    a.affectedModules = new String[modules];
    a.expectedRecoveryMinutes = minutes;
    a.ordersAffectedPerHour = 0;
    a.estimatedLoss = new BigDecimal(loss);
    return a;
  }

  @Test
  void nothingMetIsGeneral() {
    var proposal = GradingAssistant.propose(assessment(0, 1, 30, "0"), RULES);
    assertEquals(Grade.GENERAL, proposal.grade());
    assertEquals(List.of(), proposal.reasons());
  }

  @Test
  void theHighestGradeMetWinsWithAllItsReasons() {
    var proposal = GradingAssistant.propose(assessment(3, 2, 200, "600000.00"), RULES);
    assertEquals(Grade.MAJOR, proposal.grade());
    assertEquals(
        List.of(GradingRule.Measure.CORE_FLOWS_DOWN, GradingRule.Measure.ESTIMATED_LOSS),
        proposal.reasons().stream().map(GradingApi.GradingReason::measure).toList());
  }

  @Test
  void thresholdsAreInclusive() {
    assertEquals(
        Grade.SERIOUS, GradingAssistant.propose(assessment(0, 1, 120, "0"), RULES).grade());
    assertEquals(
        Grade.GENERAL, GradingAssistant.propose(assessment(0, 1, 119, "499999.99"), RULES).grade());
  }
}
