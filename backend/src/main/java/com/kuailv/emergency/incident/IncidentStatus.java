package com.kuailv.emergency.incident;

/** Where an incident is in its life (product.md, "Incident lifecycle"). */
public enum IncidentStatus implements com.kuailv.emergency.common.i18n.Labelled {
  REPORTED("已上报", "reported"),
  ASSESSING("评估中", "being assessed"),
  RESPONDING("响应中", "in response"),
  VERIFYING("恢复验证", "in recovery verification"),
  RESOLVED("应急结束", "resolved"),
  REVIEWED("已复盘", "reviewed"),
  CANCELLED("已取消", "cancelled");

  private final String zh;
  private final String en;

  IncidentStatus(String zh, String en) {
    this.zh = zh;
    this.en = en;
  }

  /** The status as people read it: 评估中, or "being assessed" in a sentence in English. */
  @Override
  public String label(boolean english) {
    return english ? en : zh;
  }

  /**
   * Whether an incident in this status is still being handled (not resolved, reviewed, cancelled).
   */
  public boolean isActive() {
    return this == REPORTED || this == ASSESSING || this == RESPONDING || this == VERIFYING;
  }
}
