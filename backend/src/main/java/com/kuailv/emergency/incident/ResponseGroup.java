package com.kuailv.emergency.incident;

import com.kuailv.emergency.common.i18n.Labelled;
import com.kuailv.emergency.common.security.Roles;

/**
 * The plan's response groups and business sub-groups (their organization codes), each held by the
 * realm role {@link Roles#roleOf} names, and named as the organization's groups are (V12's names),
 * so a refusal, a timeline entry and a notice call a group the same.
 */
public enum ResponseGroup implements Labelled {
  COMMAND("应急指挥中心", "Command center"),
  TECHNICAL("技术应急小组", "Technical team"),
  BUSINESS("业务应急小组", "Business team"),
  PROCUREMENT("采购组", "Procurement"),
  WAREHOUSE("仓储组", "Warehouse"),
  LOGISTICS("物流组", "Logistics"),
  SALES("销售与客服组", "Sales and customer service"),
  COMMUNICATIONS("沟通协调小组", "Communications");

  private final String zh;
  private final String en;

  ResponseGroup(String zh, String en) {
    this.zh = zh;
    this.en = en;
  }

  /** The group as people read it: 技术应急小组, or "Technical team" in an English sentence. */
  @Override
  public String label(boolean english) {
    return english ? en : zh;
  }

  public String role() {
    return Roles.roleOf(name());
  }
}
