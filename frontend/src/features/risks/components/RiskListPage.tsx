import { PlusOutlined, SettingOutlined } from "@ant-design/icons";
import {
  Button,
  Card,
  Checkbox,
  Empty,
  Flex,
  Grid,
  Select,
  Skeleton,
  Space,
  Table,
  Typography,
} from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useSearchParams } from "react-router";
import { ProblemAlert } from "@/components/ProblemAlert";
import { useMe } from "@/lib/me";
import { useBands } from "../api/bands";
import {
  CATEGORIES,
  STATUSES,
  useHeatMap,
  useRisks,
  type Risk,
  type RiskCategory,
  type RiskStatus,
} from "../api/risks";
import { canEditBands, canEditRisks } from "../permissions";
import { BandsEditor } from "./BandsEditor";
import { HeatMap, type CellPick } from "./HeatMap";
import { RiskFormDrawer } from "./RiskFormDrawer";
import { OverdueTag, RiskStatusTag, ScoreTag, useBandLabel, useSubTypeLabel } from "./risk-display";

function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T | undefined {
  return allowed.find((item) => item === value);
}

/** "4-5" in the address: likelihood 4, impact 5. */
function parseCell(value: string | null): CellPick | null {
  const match = /^([1-5])-([1-5])$/.exec(value ?? "");
  return match ? { likelihood: Number(match[1]), impact: Number(match[2]) } : null;
}

/** The risk register: heat map, filters and the list; filters live in the address. */
export function RiskListPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const wide = Grid.useBreakpoint().md ?? false;
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const [creating, setCreating] = useState(false);
  const [editingBands, setEditingBands] = useState(false);
  const bandLabel = useBandLabel();
  const subTypeLabel = useSubTypeLabel();

  const category = oneOf<RiskCategory>(params.get("category"), CATEGORIES);
  const status = oneOf<RiskStatus>(params.get("status"), STATUSES);
  const band = params.get("band") ?? undefined;
  const overdue = params.get("overdue") === "1";
  const cell = parseCell(params.get("cell"));
  const setParam = (key: string, value: string | undefined) =>
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );

  const risks = useRisks({ category, status, band, overdue });
  const heatMap = useHeatMap();
  const bands = useBands();
  const items = (risks.data ?? []).filter(
    (risk) => !cell || (risk.likelihood === cell.likelihood && risk.impact === cell.impact),
  );
  const filtering = !!(category || status || band || overdue || cell);
  const editor = canEditRisks(me.data);

  const empty = (
    <Empty
      image={Empty.PRESENTED_IMAGE_SIMPLE}
      description={
        filtering
          ? t("risk.list.emptyFiltered")
          : editor
            ? t("risk.list.emptyEditor")
            : t("risk.list.empty")
      }
    />
  );

  return (
    <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t("risk.title")}
        </Typography.Title>
        <Flex gap={8} wrap>
          {canEditBands(me.data) && (
            <Button icon={<SettingOutlined />} onClick={() => setEditingBands(true)}>
              {t("risk.bands.edit")}
            </Button>
          )}
          {editor && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {t("risk.new")}
            </Button>
          )}
        </Flex>
      </Flex>

      <Card size="small" title={t("risk.heatMap")} style={{ maxWidth: 520 }}>
        {heatMap.isLoading ? (
          <Skeleton active />
        ) : heatMap.error ? (
          <ProblemAlert error={heatMap.error} onRetry={() => void heatMap.refetch()} />
        ) : (
          <>
            <HeatMap
              cells={heatMap.data ?? []}
              bands={bands.data}
              selected={cell}
              onSelect={(pick) =>
                setParam("cell", pick ? `${pick.likelihood}-${pick.impact}` : undefined)
              }
            />
            <Typography.Paragraph type="secondary" style={{ margin: "8px 0 0", fontSize: 12 }}>
              {t("risk.heatMapHint")}
            </Typography.Paragraph>
          </>
        )}
      </Card>

      <Flex gap={8} wrap>
        <Select
          allowClear
          virtual={false}
          aria-label={t("risk.list.filterCategory")}
          placeholder={t("risk.list.allCategories")}
          value={category}
          onChange={(value?: string) => setParam("category", value)}
          options={CATEGORIES.map((value) => ({ value, label: t(`risk.category.${value}`) }))}
          style={{ width: wide ? 160 : "100%" }}
        />
        <Select
          allowClear
          virtual={false}
          aria-label={t("risk.list.filterStatus")}
          placeholder={t("risk.list.allStatuses")}
          value={status}
          onChange={(value?: string) => setParam("status", value)}
          options={STATUSES.map((value) => ({ value, label: t(`risk.status.${value}`) }))}
          style={{ width: wide ? 160 : "100%" }}
        />
        <Select
          allowClear
          virtual={false}
          aria-label={t("risk.list.filterBand")}
          placeholder={t("risk.list.allBands")}
          value={band}
          onChange={(value?: string) => setParam("band", value)}
          options={(bands.data ?? []).map(({ code }) => ({ value: code, label: bandLabel(code) }))}
          style={{ width: wide ? 160 : "100%" }}
        />
        <Checkbox
          checked={overdue}
          onChange={(event) => setParam("overdue", event.target.checked ? "1" : undefined)}
        >
          {t("risk.list.overdueOnly")}
        </Checkbox>
      </Flex>

      {cell && (
        <Flex align="center" gap={8} wrap data-testid="cell-filter">
          <Typography.Text>{t("risk.list.cellFilter", { ...cell })}</Typography.Text>
          <Button size="small" onClick={() => setParam("cell", undefined)}>
            {t("risk.list.clearCell")}
          </Button>
        </Flex>
      )}

      {risks.error && <ProblemAlert error={risks.error} onRetry={() => void risks.refetch()} />}

      {wide ? (
        <Table<Risk>
          rowKey="id"
          data-testid="risk-table"
          loading={risks.isLoading}
          dataSource={items}
          pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
          locale={{ emptyText: risks.isLoading ? " " : empty }}
          columns={[
            {
              title: t("risk.fields.title"),
              dataIndex: "title",
              render: (title: string, risk) => (
                <Flex vertical>
                  <Link to={`/risks/${risk.id}`}>{title}</Link>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t(`risk.category.${risk.category}`)} · {subTypeLabel(risk)}
                  </Typography.Text>
                </Flex>
              ),
            },
            {
              title: t("risk.fields.score"),
              dataIndex: "score",
              width: 130,
              render: (_: number, risk) => <ScoreTag risk={risk} bands={bands.data} />,
            },
            {
              title: t("risk.fields.status"),
              dataIndex: "status",
              width: 100,
              render: (value: RiskStatus) => <RiskStatusTag status={value} />,
            },
            {
              title: t("risk.fields.nextReviewOn"),
              dataIndex: "nextReviewOn",
              width: 190,
              render: (date: string, risk) => (
                <Flex gap={4} align="center" wrap>
                  {date}
                  <OverdueTag risk={risk} />
                </Flex>
              ),
            },
            {
              title: t("risk.fields.ownerName"),
              dataIndex: "ownerName",
              width: 140,
              render: (owner: string) =>
                owner || <Typography.Text type="secondary">{t("risk.noOwner")}</Typography.Text>,
            },
          ]}
        />
      ) : risks.isLoading ? (
        <Skeleton active />
      ) : items.length === 0 ? (
        empty
      ) : (
        <Flex vertical gap={8} data-testid="risk-cards">
          {items.map((risk) => (
            <Card
              key={risk.id}
              size="small"
              data-testid={`risk-card-${risk.id}`}
              onClick={() => void navigate(`/risks/${risk.id}`)}
              style={{ cursor: "pointer" }}
            >
              <Flex justify="space-between" gap={8} align="flex-start">
                <Link to={`/risks/${risk.id}`} style={{ minWidth: 0 }}>
                  <Typography.Text strong>{risk.title}</Typography.Text>
                </Link>
                <ScoreTag risk={risk} bands={bands.data} />
              </Flex>
              <Flex gap={4} wrap style={{ margin: "6px 0" }}>
                <RiskStatusTag status={risk.status} />
                <OverdueTag risk={risk} />
              </Flex>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t(`risk.category.${risk.category}`)} · {subTypeLabel(risk)} ·{" "}
                {t("risk.reviewOn", { date: risk.nextReviewOn })} ·{" "}
                {risk.ownerName || t("risk.noOwner")}
              </Typography.Text>
            </Card>
          ))}
        </Flex>
      )}

      {creating && (
        <RiskFormDrawer
          onClose={() => setCreating(false)}
          onSaved={(saved) => {
            setCreating(false);
            void navigate(`/risks/${saved.id}`);
          }}
        />
      )}
      {editingBands && <BandsEditor onClose={() => setEditingBands(false)} />}
    </Space>
  );
}
