import { useQueryClient } from "@tanstack/react-query";
import { Alert, App, Button, Card, Empty, Flex, Modal, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ProblemAlert } from "@/components/ProblemAlert";
import { useLiveEvents } from "@/lib/event-stream";
import { actsFor, useMe, type Me } from "@/lib/me";
import { dayjs } from "@/lib/time";
import { useIncidents, type Incident } from "../api/get-incidents";
import {
  useReportIncident,
  type BusinessLine,
  type ReportIncidentInput,
} from "../api/report-incident";
import type { Task } from "../api/tasks";
import { IncidentStatusTag } from "./IncidentStatusTag";
import { TaskList } from "./TaskList";

type Preset = "DELIVERY_LIST" | "CONFIRM_DELIVERY" | "ROUTE_WRONG" | "WAREHOUSE_BLOCKED" | "OTHER";
const PRESETS: {
  key: Preset;
  line: BusinessLine;
  system: string;
  category: ReportIncidentInput["category"];
}[] = [
  { key: "DELIVERY_LIST", line: "LOGISTICS", system: "司机端 TMS", category: "DELIVERY_DELAY" },
  { key: "CONFIRM_DELIVERY", line: "LOGISTICS", system: "司机端 TMS", category: "DELIVERY_DELAY" },
  { key: "ROUTE_WRONG", line: "LOGISTICS", system: "路线规划", category: "DELIVERY_DELAY" },
  {
    key: "WAREHOUSE_BLOCKED",
    line: "WAREHOUSE",
    system: "仓储 WMS",
    category: "INVENTORY_DISORDER",
  },
  { key: "OTHER", line: "LOGISTICS", system: "现场", category: "OTHER" },
];

function lineOf(me: Me | undefined): BusinessLine | undefined {
  if (actsFor(me, "LOGISTICS")) return "LOGISTICS";
  if (actsFor(me, "WAREHOUSE")) return "WAREHOUSE";
  return undefined;
}

/**
 * The phone page for drivers and warehouse staff: report a problem in two taps, see the
 * emergencies that affect them, follow and tick off their fallback steps.
 */
export function FieldPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const me = useMe();
  const line = lineOf(me.data);
  const [preset, setPreset] = useState<(typeof PRESETS)[number] | null>(null);
  const report = useReportIncident();
  const active = useIncidents({
    status: ["ASSESSING", "RESPONDING", "VERIFYING"],
    page: 0,
    size: 50,
  });
  const queryClient = useQueryClient();
  const refresh = () => void queryClient.invalidateQueries({ queryKey: ["incidents"] });
  useLiveEvents("/incidents/stream", refresh, refresh);

  const affecting = (incident: Incident) => {
    const lines = incident.scope.businessLines ?? [];
    return !line || lines.length === 0 || lines.includes(line);
  };
  const mine = (task: Task) =>
    task.kind === "FALLBACK" && (task.ownerGroup === line || task.ownerGroup === "BUSINESS");

  const send = () => {
    if (!preset) return;
    report.mutate(
      {
        title: t(`field.presets.${preset.key}`),
        phenomenon: t(`field.presetDetail.${preset.key}`),
        occurredAt: dayjs().format(),
        scope: {
          affectedSystems: [preset.system],
          businessLines: [line ?? preset.line],
          regions: [],
        },
        category: preset.category,
      },
      {
        onSuccess: (incident) => {
          setPreset(null);
          void message.success(t("field.sent", { id: incident.id }));
        },
      },
    );
  };

  const incidents = (active.data?.items ?? []).filter(affecting);
  return (
    <Flex vertical gap={12} style={{ maxWidth: 560, margin: "0 auto" }}>
      <Card size="small" title={t("field.report")}>
        <Flex vertical gap={8}>
          {PRESETS.map((p) => (
            <Button key={p.key} size="large" block onClick={() => setPreset(p)}>
              {t(`field.presets.${p.key}`)}
            </Button>
          ))}
        </Flex>
      </Card>
      <Modal
        open={preset !== null}
        title={preset ? t(`field.presets.${preset.key}`) : ""}
        okText={t("field.confirm")}
        onOk={send}
        confirmLoading={report.isPending}
        onCancel={() => setPreset(null)}
      >
        {preset && (
          <Typography.Paragraph>{t(`field.presetDetail.${preset.key}`)}</Typography.Paragraph>
        )}
        {report.error && <ProblemAlert error={report.error} />}
      </Modal>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t("field.active")}
      </Typography.Title>
      {active.error && <ProblemAlert error={active.error} onRetry={() => void active.refetch()} />}
      {incidents.length === 0 && !active.isLoading && <Empty description={t("field.none")} />}
      {incidents.map((incident) => (
        <Card
          key={incident.id}
          size="small"
          data-testid={`field-incident-${incident.id}`}
          title={
            <Flex gap={8} align="center" wrap>
              <Link to={`/incidents/${incident.id}`}>{incident.title}</Link>
              <IncidentStatusTag status={incident.status} />
            </Flex>
          }
        >
          <Alert type="warning" showIcon title={t("field.follow")} style={{ marginBottom: 8 }} />
          <TaskList incidentId={incident.id} me={me.data} only={mine} />
        </Card>
      ))}
      <Link to="/incidents">{t("field.fullVersion")}</Link>
    </Flex>
  );
}
