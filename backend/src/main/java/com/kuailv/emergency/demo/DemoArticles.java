package com.kuailv.emergency.demo;

import static com.kuailv.emergency.demo.DemoData.article;
import static com.kuailv.emergency.demo.DemoData.step;
import static com.kuailv.emergency.knowledge.KnowledgeApi.Kind.FALLBACK;
import static com.kuailv.emergency.knowledge.KnowledgeApi.Kind.RUNBOOK;

import com.kuailv.emergency.knowledge.KnowledgeApi.ArticleInput;
import java.util.List;

/** Ten runbooks and fallback procedures, in the project's own words. */
final class DemoArticles {
  private DemoArticles() {}

  static List<ArticleInput> all() {
    return List.of(
        article(
            RUNBOOK,
            "订单服务宕机处置",
            "订单服务不可用时先止血再定位。",
            "SYSTEM_CRASH",
            "SYSTEM_CRASH",
            step("确认影响范围", "查看告警与错误率面板，确认受影响的城市和渠道"),
            step("回滚最近发布", "如一小时内有发布，先回滚到上一版本"),
            step("扩容与限流", "扩容实例并对非核心接口限流")),
        article(
            RUNBOOK,
            "数据库主库故障切换",
            "主库不可写时切换到同步从库。",
            "SYSTEM_CRASH",
            "SYSTEM_CRASH",
            step("确认主库状态", "检查复制延迟与连接数"),
            step("执行切换", "按切换手册提升从库，更新连接配置"),
            step("核对数据", "抽查最近十分钟的订单与库存流水")),
        article(
            RUNBOOK,
            "专线中断排查",
            "机房与云之间的专线中断。",
            "NETWORK_FAILURE",
            "NETWORK_FAILURE",
            step("切换备用线路", "启用第二运营商专线或 VPN 通道"),
            step("联系运营商", "报障并记录工单号")),
        article(
            RUNBOOK,
            "误删数据恢复",
            "从最近一次校验过的备份恢复。",
            "DATA_LOSS",
            "DATA_LOSS",
            step("停止写入", "冻结相关服务的写入，避免覆盖"),
            step("恢复到临时库", "用 verify-restore 恢复并比对"),
            step("回灌数据", "只回灌缺失的记录并复核")),
        article(
            FALLBACK,
            "手工下单流程",
            "订单系统不可用时，客服用共享表格接单。",
            "ORDER_INTERRUPTION",
            "ORDER_PROCESSING",
            step("启用手工订单表", "按门店、商品、数量、送达时间登记"),
            step("电话确认", "客服回拨确认大客户订单"),
            step("恢复后补录", "系统恢复后逐条补录并标记来源")),
        article(
            FALLBACK,
            "采购电话下单",
            "采购系统无法下发时，电话通知供应商。",
            "ORDER_INTERRUPTION",
            "ORDER_PROCESSING",
            step("按清单致电供应商", "使用当日采购计划表"),
            step("记录确认人", "记录供应商确认人和时间")),
        article(
            FALLBACK,
            "纸质盘点预案",
            "仓储系统停摆时改用纸质单据记录出入库。",
            "INVENTORY_DISORDER",
            "INVENTORY_DISORDER",
            step("打印盘点表", "按库位打印空白盘点表"),
            step("纸质出入库", "每笔出入库由两人签字"),
            step("恢复后录入", "系统恢复后由专人补录并复核差异")),
        article(
            FALLBACK,
            "电话调度司机",
            "调度系统不可用时，按线路电话派车。",
            "DELIVERY_DELAY",
            "DELIVERY_DELAY",
            step("导出当日线路", "从最近一次导出的线路表获取司机和门店"),
            step("逐一电话派车", "记录出车时间和预计到店时间"),
            step("通知门店", "向受影响门店说明预计送达时间")),
        article(
            FALLBACK,
            "纸质签收单回传",
            "司机 App 无法签收时使用纸质签收单。",
            "DELIVERY_DELAY",
            "DELIVERY_DELAY",
            step("门店签字", "门店在纸质签收单签字并拍照"),
            step("拍照回传", "司机把照片发到调度群")),
        article(
            RUNBOOK,
            "区域仓停运跨仓调拨",
            "极端天气导致区域仓停运时的调拨步骤。",
            "NATURAL_DISASTER",
            "OTHER",
            step("确认可用仓", "查看周边仓库存与运力"),
            step("调整配送路线", "按新的发货仓重排线路")));
  }
}
