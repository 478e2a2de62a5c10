package com.kuailv.emergency.incident;

/** 一般 / 严重 / 重大: how bad an incident is (product.md, "Grades"). Ordered from least severe. */
public enum Grade implements com.kuailv.emergency.common.i18n.Labelled {
  GENERAL("一般", "general"),
  SERIOUS("严重", "serious"),
  MAJOR("重大", "major");

  private final String zh;
  private final String en;

  Grade(String zh, String en) {
    this.zh = zh;
    this.en = en;
  }

  /** The grade as people read it: 严重, or "serious" in an English sentence. */
  @Override
  public String label(boolean english) {
    return english ? en : zh;
  }
}
