package com.kuailv.emergency.demo;

import com.kuailv.emergency.safeguard.SafeguardApi.SystemInput;
import java.util.List;

/** The protected systems of the example; the transport system has no verified restore yet. */
final class DemoSystems {
  private DemoSystems() {}

  static List<SystemInput> all() {
    return List.of(
        new SystemInput("订单系统", "门店与客户下单", 24, 30, true, "一主两从，跨可用区", 30),
        new SystemInput("仓储系统", "库存、库位与出入库", 24, 30, true, "主备切换", 30),
        new SystemInput("运输系统", "线路、车辆与签收", 24, 14, false, "单实例，待改造", 30),
        new SystemInput("采购系统", "采购计划与供应商下单", 24, 30, true, "主备切换", 60),
        new SystemInput("支付系统", "收款与对账", 6, 90, true, "双活", 30));
  }

  static boolean verified(SystemInput system) {
    return !system.name().equals("运输系统");
  }
}
