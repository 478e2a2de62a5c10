-- Organization: the plan's four groups (the business team with its sub-groups), their duties,
-- members linked to Keycloak subjects, contact details, an on-duty roster and experts.
create extension if not exists btree_gist;

create table response_group (
    code        text     primary key,
    parent_code text     references response_group (code),
    name_zh     text     not null,
    name_en     text     not null,
    duties      text[]   not null default '{}',
    position    smallint not null
);
insert into response_group (code, parent_code, name_zh, name_en, duties, position) values
    ('COMMAND', null, '应急指挥中心', 'Command center',
        array['定级与启动响应', '调度各小组', '批准关闭与对外说明'], 1),
    ('TECHNICAL', null, '技术应急小组', 'Technical team',
        array['诊断与修复', '回滚与数据恢复', '恢复验证'], 2),
    ('BUSINESS', null, '业务应急小组', 'Business team',
        array['启用业务替代方案', '报告业务影响', '确认业务恢复'], 3),
    ('PROCUREMENT', 'BUSINESS', '采购组', 'Procurement', array['电话与供应商确认采购'], 4),
    ('WAREHOUSE', 'BUSINESS', '仓储组', 'Warehouse', array['纸质盘点与出入库'], 5),
    ('LOGISTICS', 'BUSINESS', '物流组', 'Logistics', array['电话调度与纸质签收'], 6),
    ('SALES', 'BUSINESS', '销售与客服组', 'Sales and customer service', array['手工接单与客户沟通'], 7),
    ('COMMUNICATIONS', null, '沟通协调小组', 'Communications',
        array['内部通知', '对外说明', '咨询登记'], 8);

create table member_contact (
    subject     varchar(255) primary key references person (subject),
    phone       text not null default '',
    email       text not null default '',
    wecom_id    text not null default '',
    dingtalk_id text not null default '',
    feishu_id   text not null default '',
    updated_at  timestamptz not null
);

create table group_member (
    group_code text         not null references response_group (code),
    subject    varchar(255) not null references person (subject),
    lead       boolean      not null default false,
    primary key (group_code, subject)
);

-- Explicit shifts and overrides; one person is never on two shifts at once.
create table roster_shift (
    id         bigserial    primary key,
    group_code text         not null references response_group (code),
    subject    varchar(255) not null references person (subject),
    starts_at  timestamptz  not null,
    ends_at    timestamptz  not null,
    override   boolean      not null default false,
    note       text         not null default '',
    check (ends_at > starts_at),
    exclude using gist (subject with =, tstzrange(starts_at, ends_at) with &&)
);
create index roster_shift_group on roster_shift (group_code, starts_at);

-- A rotation per group: members take turns of shift_days, handing over at handoff_time in the
-- rotation's time zone.
create table roster_rotation (
    group_code   text     primary key references response_group (code),
    time_zone    text     not null,
    starts_on    date     not null,
    handoff_time time     not null,
    shift_days   smallint not null check (shift_days between 1 and 28),
    members      text[]   not null check (cardinality(members) between 1 and 50)
);

create table expert (
    subject    varchar(255) primary key references person (subject),
    skills     text[]      not null check (cardinality(skills) between 1 and 20),
    note       text        not null default '',
    updated_at timestamptz not null
);
