import { PlusOutlined } from "@ant-design/icons";
import { useQueryClient } from "@tanstack/react-query";
import {
  Button,
  Card,
  Checkbox,
  DatePicker,
  Flex,
  Grid,
  List,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from "antd";
import type { Dayjs } from "dayjs";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { ProblemAlert } from "@/components/ProblemAlert";
import { useLiveEvents } from "@/lib/event-stream";
import { formatBeijing } from "@/lib/time";
import {
  useIncidents,
  type Grade,
  type Incident,
  type IncidentCategory,
  type IncidentStatus,
} from "../api/get-incidents";
import { CATEGORIES, GRADES } from "../api/lifecycle";
import { IncidentStatusTag } from "./IncidentStatusTag";

const STATUSES: IncidentStatus[] = [
  "REPORTED",
  "ASSESSING",
  "RESPONDING",
  "VERIFYING",
  "RESOLVED",
  "REVIEWED",
  "CANCELLED",
];
const PAGE_SIZE = 20;

export function IncidentListPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const wide = Grid.useBreakpoint().md ?? false;
  const [status, setStatus] = useState<IncidentStatus[]>([]);
  const [grade, setGrade] = useState<Grade[]>([]);
  const [category, setCategory] = useState<IncidentCategory[]>([]);
  const [range, setRange] = useState<[Dayjs | null, Dayjs | null] | null>(null);
  const [mine, setMine] = useState(false);
  const [page, setPage] = useState(0);
  const incidents = useIncidents({
    status,
    grade,
    category,
    from: range?.[0]?.startOf("day").format(),
    to: range?.[1]?.endOf("day").format(),
    mine,
    page,
    size: PAGE_SIZE,
  });
  const queryClient = useQueryClient();
  const refresh = () => void queryClient.invalidateQueries({ queryKey: ["incidents"] });
  useLiveEvents("/incidents/stream", refresh, refresh);
  const filtered =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      set(value);
      setPage(0);
    };

  const pagination = {
    current: page + 1,
    pageSize: PAGE_SIZE,
    total: incidents.data?.total ?? 0,
    showSizeChanger: false,
    showTotal: (count: number) => t("incident.list.total", { count }),
    onChange: (next: number) => setPage(next - 1),
  };

  return (
    <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t("incident.list.title")}
        </Typography.Title>
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => void navigate("/incidents/new")}
        >
          {t("nav.report")}
        </Button>
      </Flex>
      <Flex gap={8} wrap>
        <Select
          mode="multiple"
          allowClear
          aria-label={t("incident.list.filterStatus")}
          placeholder={t("incident.list.allStatuses")}
          value={status}
          onChange={filtered(setStatus)}
          options={STATUSES.map((s) => ({ value: s, label: t(`incident.status.${s}`) }))}
          style={{ minWidth: wide ? 220 : "100%" }}
        />
        <Select
          mode="multiple"
          allowClear
          aria-label={t("incident.list.filterGrade")}
          placeholder={t("incident.list.allGrades")}
          value={grade}
          onChange={filtered(setGrade)}
          options={GRADES.map((g) => ({ value: g, label: t(`warRoom.grade.${g}`) }))}
          style={{ minWidth: wide ? 160 : "100%" }}
        />
        <Select
          mode="multiple"
          allowClear
          aria-label={t("incident.list.filterCategory")}
          placeholder={t("incident.list.allCategories")}
          value={category}
          onChange={filtered(setCategory)}
          options={CATEGORIES.map((c) => ({ value: c, label: t(`warRoom.category.${c}`) }))}
          style={{ minWidth: wide ? 200 : "100%" }}
        />
        <DatePicker.RangePicker
          value={range}
          onChange={filtered(setRange)}
          style={{ width: wide ? 260 : "100%" }}
        />
        <Checkbox checked={mine} onChange={(e) => filtered(setMine)(e.target.checked)}>
          {t("incident.list.mine")}
        </Checkbox>
      </Flex>
      {incidents.error && (
        <ProblemAlert error={incidents.error} onRetry={() => void incidents.refetch()} />
      )}
      {wide ? (
        <Table<Incident>
          rowKey="id"
          data-testid="incident-table"
          loading={incidents.isLoading}
          dataSource={incidents.data?.items ?? []}
          pagination={pagination}
          locale={{ emptyText: t("incident.list.empty") }}
          onRow={(incident) => ({
            onClick: () => void navigate(`/incidents/${incident.id}`),
            style: { cursor: "pointer" },
          })}
          columns={[
            { title: t("incident.fields.id"), dataIndex: "id", width: 80 },
            {
              title: t("incident.fields.title"),
              dataIndex: "title",
              render: (title: string, incident) => (
                <Link to={`/incidents/${incident.id}`}>{title}</Link>
              ),
            },
            {
              title: t("incident.fields.status"),
              dataIndex: "status",
              width: 120,
              render: (s: IncidentStatus) => <IncidentStatusTag status={s} />,
            },
            {
              title: t("incident.list.grade"),
              dataIndex: "grade",
              width: 90,
              render: (g?: Grade) => (g ? <Tag>{t(`warRoom.grade.${g}`)}</Tag> : null),
            },
            {
              title: t("incident.fields.occurredAt"),
              dataIndex: "occurredAt",
              width: 170,
              render: formatBeijing,
            },
            {
              title: t("incident.fields.reporter"),
              dataIndex: ["reporter", "name"],
              width: 160,
            },
          ]}
        />
      ) : (
        <List<Incident>
          data-testid="incident-cards"
          loading={incidents.isLoading}
          dataSource={incidents.data?.items ?? []}
          pagination={{ ...pagination, simple: true, align: "center" }}
          locale={{ emptyText: t("incident.list.empty") }}
          renderItem={(incident) => (
            <List.Item style={{ padding: "4px 0" }}>
              <Card
                size="small"
                style={{ width: "100%" }}
                onClick={() => void navigate(`/incidents/${incident.id}`)}
              >
                <Flex justify="space-between" gap={8}>
                  <Link to={`/incidents/${incident.id}`}>
                    <Typography.Text strong>{incident.title}</Typography.Text>
                  </Link>
                  <IncidentStatusTag status={incident.status} />
                </Flex>
                <Typography.Text type="secondary">
                  #{incident.id} · {formatBeijing(incident.occurredAt)}
                </Typography.Text>
              </Card>
            </List.Item>
          )}
        />
      )}
    </Space>
  );
}
