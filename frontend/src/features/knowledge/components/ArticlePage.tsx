import { DiffOutlined, EditOutlined } from "@ant-design/icons";
import {
  Alert,
  Button,
  Card,
  Col,
  Empty,
  Flex,
  Row,
  Select,
  Skeleton,
  Space,
  Tag,
  Typography,
} from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate, useParams, useSearchParams } from "react-router";
import { LineDiffView } from "@/components/LineDiffView";
import { ProblemAlert } from "@/components/ProblemAlert";
import { ApiError } from "@/lib/api-client";
import { useMe } from "@/lib/me";
import { formatBeijing } from "@/lib/time";
import {
  useArticle,
  useArticleDiff,
  useArticleVersion,
  useArticleVersions,
  type Article,
  type ArticleStep,
} from "../api/articles";
import { canWriteKnowledge } from "../permissions";
import { ArticleFormDrawer } from "./ArticleFormDrawer";
import { CategoryTags, KindTag } from "./article-display";

const positive = (value: string | null) => {
  const number = Number(value);
  return value && Number.isInteger(number) && number > 0 ? number : undefined;
};

/** The steps, numbered, one under the other: readable on a 360 px phone. */
export function StepList({ steps }: { steps: ArticleStep[] }) {
  const { t } = useTranslation();
  if (steps.length === 0) {
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("knowledge.noSteps")} />;
  }
  return (
    <ol
      role="list"
      data-testid="article-steps"
      style={{ listStyle: "none", margin: 0, padding: 0 }}
    >
      {steps.map((step, index) => (
        <li
          key={index}
          style={{
            display: "flex",
            gap: 12,
            padding: "10px 0",
            borderTop: index === 0 ? undefined : "1px solid #f0f0f0",
          }}
        >
          <span
            aria-label={t("knowledge.stepN", { n: index + 1 })}
            style={{
              flex: "none",
              width: 28,
              height: 28,
              borderRadius: 14,
              background: "#1677ff",
              color: "#fff",
              display: "flex",
              alignItems: "center",
              justifyContent: "center",
              fontWeight: 600,
            }}
          >
            {index + 1}
          </span>
          <div style={{ flex: 1, minWidth: 0, paddingTop: 3 }}>
            <Typography.Text strong style={{ overflowWrap: "anywhere" }}>
              {step.title}
            </Typography.Text>
            {step.detail && (
              <Typography.Paragraph
                style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere", margin: "4px 0 0" }}
              >
                {step.detail}
              </Typography.Paragraph>
            )}
          </div>
        </li>
      ))}
    </ol>
  );
}

/** One article: its steps, its versions, an earlier version, and what changed between two. */
export function ArticlePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const id = Number(useParams().id);
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const [editing, setEditing] = useState(false);
  const article = useArticle(id);
  const versions = useArticleVersions(id);
  const current = article.data?.version;
  const requested = positive(params.get("v"));
  const viewing = requested !== undefined && requested !== current ? requested : undefined;
  const old = useArticleVersion(id, viewing);
  const from = positive(params.get("from"));
  const to = positive(params.get("to"));
  const diff = useArticleDiff(id, from, to);

  const update = (changes: Record<string, number | undefined>) =>
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        for (const [key, value] of Object.entries(changes)) {
          if (value === undefined) next.delete(key);
          else next.set(key, String(value));
        }
        return next;
      },
      { replace: true },
    );

  const back = (
    <Button type="link" style={{ padding: 0 }} onClick={() => void navigate("/knowledge")}>
      ← {t("knowledge.back")}
    </Button>
  );
  if (article.isLoading) return <Skeleton active />;
  if (article.error || !article.data) {
    const notFound = article.error instanceof ApiError && article.error.status === 404;
    return (
      <Space orientation="vertical" style={{ width: "100%" }}>
        {back}
        {notFound ? (
          <Typography.Paragraph role="alert">{t("knowledge.notFound")}</Typography.Paragraph>
        ) : (
          <ProblemAlert error={article.error} onRetry={() => void article.refetch()} />
        )}
      </Space>
    );
  }

  const shown: Article | undefined = viewing ? old.data : article.data;
  const writer = canWriteKnowledge(me.data);
  const info = versions.data?.find((version) => version.version === viewing);

  return (
    <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
      {back}
      {viewing && (
        <Alert
          type="info"
          showIcon
          data-testid="old-version"
          title={t("knowledge.viewingOld", {
            version: viewing,
            at: formatBeijing(info?.editedAt),
            by: info?.editedBy ?? "",
          })}
          action={
            <Button size="small" onClick={() => update({ v: undefined })}>
              {t("knowledge.backToCurrent")}
            </Button>
          }
        />
      )}
      {viewing && old.isLoading && <Skeleton active />}
      {viewing && old.error && (
        <ProblemAlert error={old.error} onRetry={() => void old.refetch()} />
      )}
      {shown && (
        <Row gutter={[16, 16]}>
          <Col xs={24} lg={16}>
            <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
              <Flex justify="space-between" align="flex-start" wrap gap={8}>
                <Flex vertical gap={6} style={{ minWidth: 0 }}>
                  <Typography.Title level={3} style={{ margin: 0, overflowWrap: "anywhere" }}>
                    {shown.title}
                  </Typography.Title>
                  <Flex gap={4} wrap align="center">
                    <KindTag kind={shown.kind} />
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {t("knowledge.meta", {
                        version: shown.version,
                        at: formatBeijing(shown.updatedAt),
                        by: shown.updatedBy,
                      })}
                    </Typography.Text>
                  </Flex>
                </Flex>
                {writer && !viewing && (
                  <Button type="primary" icon={<EditOutlined />} onClick={() => setEditing(true)}>
                    {t("knowledge.edit")}
                  </Button>
                )}
              </Flex>
              {shown.summary && (
                <Typography.Paragraph style={{ whiteSpace: "pre-wrap", margin: 0 }}>
                  {shown.summary}
                </Typography.Paragraph>
              )}
              <CategoryTags categories={shown.incidentCategories} subTypes={shown.riskSubTypes} />
              {from !== undefined && to !== undefined && (
                <Card
                  size="small"
                  title={t("knowledge.diff.title", { from, to })}
                  extra={
                    <Button size="small" onClick={() => update({ from: undefined, to: undefined })}>
                      {t("knowledge.diff.close")}
                    </Button>
                  }
                >
                  {from === to ? (
                    <Typography.Text type="secondary">
                      {t("knowledge.diff.pickTwo")}
                    </Typography.Text>
                  ) : diff.isLoading ? (
                    <Skeleton active />
                  ) : diff.error ? (
                    <ProblemAlert error={diff.error} onRetry={() => void diff.refetch()} />
                  ) : (
                    <LineDiffView lines={diff.data ?? []} />
                  )}
                </Card>
              )}
              <Card size="small" title={t("knowledge.fields.steps")}>
                <StepList steps={shown.steps} />
              </Card>
            </Space>
          </Col>
          <Col xs={24} lg={8}>
            <VersionsCard
              versions={versions}
              current={current}
              viewing={viewing}
              onView={(version) => update({ v: version === current ? undefined : version })}
              onCompare={(a, b) => update({ from: Math.min(a, b), to: Math.max(a, b) })}
            />
          </Col>
        </Row>
      )}

      {editing && (
        <ArticleFormDrawer
          article={article.data}
          onClose={() => setEditing(false)}
          onSaved={() => setEditing(false)}
          onReload={async () => (await article.refetch()).data}
        />
      )}
    </Space>
  );
}

function VersionsCard({
  versions,
  current,
  viewing,
  onView,
  onCompare,
}: {
  versions: ReturnType<typeof useArticleVersions>;
  current: number | undefined;
  viewing: number | undefined;
  onView: (version: number) => void;
  onCompare: (from: number, to: number) => void;
}) {
  const { t } = useTranslation();
  const list = versions.data ?? [];
  const [pick, setPick] = useState<{ from?: number; to?: number }>({});
  // Until the user picks, compare the newest version with the one before it.
  const from = pick.from ?? list[1]?.version;
  const to = pick.to ?? list[0]?.version;
  const options = list.map((version) => ({
    value: version.version,
    label: t("knowledge.versionN", { n: version.version }),
  }));
  return (
    <Card size="small" title={t("knowledge.versions")}>
      {versions.isLoading ? (
        <Skeleton active />
      ) : versions.error ? (
        <ProblemAlert error={versions.error} onRetry={() => void versions.refetch()} />
      ) : (
        <Space orientation="vertical" style={{ width: "100%" }}>
          <ul data-testid="article-versions" style={{ listStyle: "none", margin: 0, padding: 0 }}>
            {list.map((version) => (
              <li
                key={version.version}
                data-testid={`article-version-${version.version}`}
                style={{
                  display: "flex",
                  justifyContent: "space-between",
                  alignItems: "center",
                  gap: 8,
                  padding: "6px 0",
                  borderBottom: "1px solid #f0f0f0",
                }}
              >
                <Flex vertical style={{ minWidth: 0 }}>
                  <Flex gap={4} align="center">
                    <Typography.Text strong>
                      {t("knowledge.versionN", { n: version.version })}
                    </Typography.Text>
                    {version.version === current && (
                      <Tag color="green">{t("knowledge.current")}</Tag>
                    )}
                  </Flex>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {formatBeijing(version.editedAt)} · {version.editedBy}
                  </Typography.Text>
                </Flex>
                <Button
                  size="small"
                  type="link"
                  disabled={version.version === (viewing ?? current)}
                  onClick={() => onView(version.version)}
                >
                  {t("knowledge.view")}
                </Button>
              </li>
            ))}
          </ul>
          {list.length < 2 ? (
            <Typography.Text type="secondary">{t("knowledge.diff.onlyOne")}</Typography.Text>
          ) : (
            <Flex gap={8} wrap align="center">
              <Select
                virtual={false}
                aria-label={t("knowledge.diff.from")}
                value={from}
                onChange={(value: number) => setPick((p) => ({ ...p, from: value }))}
                options={options}
                style={{ flex: 1, minWidth: 100 }}
              />
              <Typography.Text type="secondary">→</Typography.Text>
              <Select
                virtual={false}
                aria-label={t("knowledge.diff.to")}
                value={to}
                onChange={(value: number) => setPick((p) => ({ ...p, to: value }))}
                options={options}
                style={{ flex: 1, minWidth: 100 }}
              />
              <Button
                icon={<DiffOutlined />}
                disabled={from === undefined || to === undefined || from === to}
                onClick={() => onCompare(from!, to!)}
              >
                {t("knowledge.diff.compare")}
              </Button>
            </Flex>
          )}
        </Space>
      )}
    </Card>
  );
}
