import { PlusOutlined } from "@ant-design/icons";
import { useQueryClient } from "@tanstack/react-query";
import { Button, Checkbox, Flex, Grid, Pagination, Select, Space } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { ProblemAlert } from "@/components/ProblemAlert";
import { useLiveEvents } from "@/lib/event-stream";
import {
  useIncidents,
  type Grade,
  type IncidentCategory,
  type IncidentStatus,
} from "../api/get-incidents";
import { CATEGORIES, GRADES } from "../api/lifecycle";
import { IncidentTable } from "./IncidentTable";
import { ReportedRange, type DayRange } from "./ReportedRange";

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
  const [range, setRange] = useState<DayRange>(null);
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

  const total = incidents.data?.total ?? 0;

  return (
    <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <h1 style={{ margin: 0, fontSize: 24, fontWeight: 600, lineHeight: 1.35 }}>
          {t("incident.list.title")}
        </h1>
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
        <ReportedRange value={range} onChange={filtered(setRange)} width={wide ? 260 : "100%"} />
        <Checkbox checked={mine} onChange={(e) => filtered(setMine)(e.target.checked)}>
          {t("incident.list.mine")}
        </Checkbox>
      </Flex>
      {incidents.error && (
        <ProblemAlert error={incidents.error} onRetry={() => void incidents.refetch()} />
      )}
      <IncidentTable
        incidents={incidents.data?.items ?? []}
        loading={incidents.isLoading}
        busy={incidents.isPlaceholderData}
        wide={wide}
        filtered={status.length + grade.length + category.length > 0 || range !== null || mine}
        onClearFilters={() => {
          setStatus([]);
          setGrade([]);
          setCategory([]);
          setRange(null);
          setMine(false);
          setPage(0);
        }}
      />
      {total > 0 && (
        <Pagination
          align={wide ? "end" : "center"}
          simple={!wide}
          current={page + 1}
          pageSize={PAGE_SIZE}
          total={total}
          showSizeChanger={false}
          showTotal={(count) => t("incident.list.total", { count })}
          onChange={(next) => setPage(next - 1)}
        />
      )}
    </Space>
  );
}
