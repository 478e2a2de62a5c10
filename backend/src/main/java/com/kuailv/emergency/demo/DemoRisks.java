package com.kuailv.emergency.demo;

import static com.kuailv.emergency.demo.DemoData.risk;
import static com.kuailv.emergency.risk.RiskApi.Category.BUSINESS;
import static com.kuailv.emergency.risk.RiskApi.Category.EXTERNAL;
import static com.kuailv.emergency.risk.RiskApi.Category.TECHNICAL;
import static com.kuailv.emergency.risk.RiskApi.Status.ACCEPTED;
import static com.kuailv.emergency.risk.RiskApi.Status.MITIGATING;
import static com.kuailv.emergency.risk.RiskApi.Status.OPEN;

import com.kuailv.emergency.risk.RiskApi.RiskInput;
import com.kuailv.emergency.risk.RiskApi.SubType;
import java.time.LocalDate;
import java.util.List;

/** Fifteen risks of a fresh-produce supply chain, in the project's own words. */
final class DemoRisks {
  private DemoRisks() {}

  static List<RiskInput> all(LocalDate today) {
    return List.of(
        risk(
            "大促期间订单服务过载宕机",
            TECHNICAL,
            SubType.SYSTEM_CRASH,
            3,
            5,
            "订单平台组",
            MITIGATING,
            today.plusDays(20),
            "压测后扩容到三倍峰值",
            "降级非核心接口"),
        risk(
            "仓储系统数据库主库故障",
            TECHNICAL,
            SubType.SYSTEM_CRASH,
            2,
            5,
            "仓储研发组",
            OPEN,
            today.plusDays(45),
            "主从切换演练每季度一次"),
        risk(
            "机房到云上专线中断",
            TECHNICAL,
            SubType.NETWORK_FAILURE,
            2,
            4,
            "运维组",
            MITIGATING,
            today.plusDays(30),
            "双运营商专线",
            "VPN 备用通道"),
        risk(
            "门店与司机 App 接入网关故障",
            TECHNICAL,
            SubType.NETWORK_FAILURE,
            3,
            3,
            "运维组",
            OPEN,
            today.minusDays(3),
            "网关多可用区部署"),
        risk(
            "库存流水表误删",
            TECHNICAL,
            SubType.DATA_LOSS,
            1,
            5,
            "数据平台组",
            MITIGATING,
            today.plusDays(60),
            "每日逻辑备份并校验恢复",
            "生产库只读账号"),
        risk(
            "订单与支付对账数据不一致",
            TECHNICAL,
            SubType.DATA_LOSS,
            2,
            4,
            "支付组",
            OPEN,
            today.plusDays(15),
            "日终对账告警"),
        risk(
            "凌晨集单时订单处理中断",
            BUSINESS,
            SubType.ORDER_INTERRUPTION,
            3,
            4,
            "销售运营",
            MITIGATING,
            today.plusDays(10),
            "手工下单表格预案",
            "客服电话接单"),
        risk(
            "采购订单无法下发供应商",
            BUSINESS,
            SubType.ORDER_INTERRUPTION,
            2,
            3,
            "采购部",
            OPEN,
            today.plusDays(40),
            "电话与微信确认采购量"),
        risk(
            "系统库存与实物库存不符",
            BUSINESS,
            SubType.INVENTORY_DISORDER,
            3,
            4,
            "仓储部",
            MITIGATING,
            today.plusDays(25),
            "纸质盘点预案",
            "每周循环盘点"),
        risk(
            "冷库温控数据缺失导致报损",
            BUSINESS,
            SubType.INVENTORY_DISORDER,
            2,
            4,
            "仓储部",
            OPEN,
            today.minusDays(10),
            "温控设备离线告警"),
        risk(
            "早高峰干线车辆晚到",
            BUSINESS,
            SubType.DELIVERY_DELAY,
            4,
            3,
            "物流部",
            OPEN,
            today.plusDays(7),
            "备用运力池",
            "电话调度预案"),
        risk(
            "司机 App 无法签收",
            BUSINESS,
            SubType.DELIVERY_DELAY,
            2,
            3,
            "物流部",
            ACCEPTED,
            today.plusDays(90),
            "纸质签收单回传"),
        risk(
            "食品安全追溯新规要求",
            EXTERNAL,
            SubType.REGULATORY_CHANGE,
            3,
            3,
            "法务与质量部",
            OPEN,
            today.plusDays(30),
            "跟踪法规征求意见稿"),
        risk(
            "暴雨导致区域仓停运",
            EXTERNAL,
            SubType.NATURAL_DISASTER,
            2,
            5,
            "区域运营",
            OPEN,
            today.plusDays(14),
            "跨仓调拨预案",
            "气象预警订阅"),
        risk(
            "第三方地图服务限流",
            EXTERNAL,
            SubType.CUSTOM,
            2,
            2,
            "物流研发组",
            ACCEPTED,
            today.plusDays(120),
            "缓存常用路线"));
  }
}
