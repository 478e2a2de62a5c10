-- Every timeline entry is announced on channel incident_events when its transaction commits, so
-- live screens on every backend replica hear about it (LISTEN/NOTIFY).
create function announce_timeline_entry() returns trigger language plpgsql as $$
begin
    perform pg_notify('incident_events', json_build_object(
        'incidentId', new.incident_id, 'entryId', new.id, 'kind', new.kind)::text);
    return new;
end;
$$;

create trigger incident_timeline_announce
    after insert on incident_timeline
    for each row execute function announce_timeline_entry();

-- Starter task templates in the project's own words; the knowledge base will take over.
insert into task_template (category, kind, action, title, owner_group, critical, due_minutes, position) values
    ('ANY', 'TECHNICAL', 'OTHER', '确认故障范围并在时间线记录首个诊断结论', 'TECHNICAL', true, 15, 10),
    ('ANY', 'FALLBACK', 'PHONE_DISPATCH', '通知一线班组长当前状况与临时联系人', 'BUSINESS', false, 20, 20),
    ('SYSTEM_CRASH', 'TECHNICAL', 'ROLLBACK', '回滚最近一次发布并观察错误率', 'TECHNICAL', true, 30, 30),
    ('SYSTEM_CRASH', 'FALLBACK', 'MANUAL_ORDERS', '启用手工接单表，客服电话登记门店订单', 'SALES', true, 30, 40),
    ('NETWORK_FAILURE', 'TECHNICAL', 'NETWORK_CHANGE', '切换备用线路并核对仓库与系统连通性', 'TECHNICAL', true, 20, 50),
    ('NETWORK_FAILURE', 'FALLBACK', 'PAPER_INVENTORY', '仓库改用纸质出入库单，记录单号待补录', 'WAREHOUSE', true, 30, 60),
    ('DATA_LOSS', 'TECHNICAL', 'DATA_RESTORE', '从最近的已验证备份恢复数据到隔离库并比对', 'TECHNICAL', true, 60, 70),
    ('DATA_LOSS', 'FALLBACK', 'OTHER', '暂停依赖受损数据的结算与对账操作', 'BUSINESS', false, 30, 80),
    ('ORDER_PROCESSING', 'TECHNICAL', 'OTHER', '排查订单队列积压并恢复消费', 'TECHNICAL', true, 30, 90),
    ('ORDER_PROCESSING', 'FALLBACK', 'MANUAL_ORDERS', '客服手工接单，按门店汇总后交仓库', 'SALES', true, 30, 100),
    ('INVENTORY_DISORDER', 'TECHNICAL', 'DATA_RESTORE', '冻结库存同步任务，定位差异批次', 'TECHNICAL', true, 30, 110),
    ('INVENTORY_DISORDER', 'FALLBACK', 'PAPER_INVENTORY', '对易腐品做纸质盘点，优先临期商品', 'WAREHOUSE', true, 45, 120),
    ('DELIVERY_DELAY', 'TECHNICAL', 'OTHER', '核查路线与配送单接口，恢复司机端数据', 'TECHNICAL', true, 30, 130),
    ('DELIVERY_DELAY', 'FALLBACK', 'PHONE_DISPATCH', '调度员电话派单，司机口头确认送达', 'LOGISTICS', true, 20, 140);
