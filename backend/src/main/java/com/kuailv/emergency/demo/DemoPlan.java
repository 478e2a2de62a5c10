package com.kuailv.emergency.demo;

import com.kuailv.emergency.plan.PlanApi.DraftInput;
import com.kuailv.emergency.plan.PlanApi.Section;
import java.util.List;

/** Plan version 1 of the example, in the project's own words. */
final class DemoPlan {
  private DemoPlan() {}

  static DraftInput first() {
    return new DraftInput(
        "快驴供应链应急响应预案",
        "首次发布",
        List.of(
            new Section("目的与范围", "保障采购、仓储、物流、销售各环节在系统故障时持续运转。\n" + "适用于订单、仓储、运输、采购、支付等业务系统。"),
            new Section(
                "组织与职责",
                "应急指挥中心负责定级、启动响应和批准关闭。\n"
                    + "技术应急小组负责诊断、修复和数据恢复。\n"
                    + "业务应急小组负责启用手工下单、纸质盘点、电话调度等替代方案。\n"
                    + "沟通协调小组负责内部通知和对外说明。"),
            new Section(
                "分级标准", "一般：单一模块受影响，核心流程可用。\n" + "严重：核心流程之一中断，影响部分城市。\n" + "重大：多个核心流程中断或影响全国。"),
            new Section("响应流程", "发现与上报 → 评估定级 → 启动响应 → 处置 → 恢复验证 → 关闭复盘。"),
            new Section("保障措施", "核心系统每日备份并每月做恢复校验；关键链路双活或热备。"),
            new Section("培训与演练", "每季度至少一次演练，场景取自风险登记册。")),
        365);
  }
}
