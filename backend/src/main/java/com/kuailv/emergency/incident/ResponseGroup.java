package com.kuailv.emergency.incident;

import com.kuailv.emergency.common.i18n.Labelled;
import com.kuailv.emergency.common.security.Roles;

/**
 * The plan's response groups and business sub-groups (their organization codes), each held by the
 * realm role {@link Roles#roleOf} names.
 */
public enum ResponseGroup implements Labelled {
  COMMAND("指挥中心", "Command Center"),
  TECHNICAL("技术组", "Technical Team"),
  BUSINESS("业务组", "Business Team"),
  PROCUREMENT("采购", "Procurement"),
  WAREHOUSE("仓储", "Warehouse"),
  LOGISTICS("物流", "Logistics"),
  SALES("销售/客服", "Sales & Customer Service"),
  COMMUNICATIONS("沟通组", "Communications Team");

  private final String zh;
  private final String en;

  ResponseGroup(String zh, String en) {
    this.zh = zh;
    this.en = en;
  }

  /** The group as people read it: 技术组, or "Technical Team" in an English sentence. */
  @Override
  public String label(boolean english) {
    return english ? en : zh;
  }

  public String role() {
    return Roles.roleOf(name());
  }
}
