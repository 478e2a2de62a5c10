import { PlusOutlined } from "@ant-design/icons";
import { Button, Card, Empty, Flex, Grid, Input, Select, Skeleton, Space, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useSearchParams } from "react-router";
import { ProblemAlert } from "@/components/ProblemAlert";
import { useMe } from "@/lib/me";
import {
  INCIDENT_CATEGORIES,
  KINDS,
  LIMITS,
  useArticles,
  type ArticleKind,
  type IncidentCategory,
} from "../api/articles";
import { canWriteKnowledge } from "../permissions";
import { ArticleFormDrawer } from "./ArticleFormDrawer";
import { CategoryTags, KindTag } from "./article-display";

function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T | undefined {
  return allowed.find((item) => item === value);
}

/** Search the runbooks and fallback procedures; the search lives in the address. */
export function KnowledgeListPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const wide = Grid.useBreakpoint().md ?? false;
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const q = params.get("q") ?? "";
  const kind = oneOf<ArticleKind>(params.get("kind"), KINDS);
  const category = oneOf<IncidentCategory>(params.get("category"), INCIDENT_CATEGORIES);
  const [text, setText] = useState(q);
  const [creating, setCreating] = useState(false);
  const articles = useArticles({ q: q.trim(), kind, category });
  const writer = canWriteKnowledge(me.data);
  const items = articles.data ?? [];

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

  const filtering = !!(q.trim() || kind || category);
  const empty = (
    <Empty
      image={Empty.PRESENTED_IMAGE_SIMPLE}
      description={
        filtering
          ? t("knowledge.list.emptyFiltered", { q: q.trim() })
          : writer
            ? t("knowledge.list.emptyWriter")
            : t("knowledge.list.empty")
      }
    />
  );

  return (
    <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t("knowledge.title")}
        </Typography.Title>
        {writer && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t("knowledge.new")}
          </Button>
        )}
      </Flex>
      <Typography.Text type="secondary">{t("knowledge.list.hint")}</Typography.Text>

      <Input.Search
        allowClear
        value={text}
        maxLength={LIMITS.query}
        aria-label={t("knowledge.list.searchLabel")}
        placeholder={t("knowledge.list.searchPlaceholder")}
        enterButton={t("knowledge.list.search")}
        onChange={(event) => {
          setText(event.target.value);
          // Clearing the box shows everything again.
          if (event.target.value === "") setParam("q", undefined);
        }}
        onSearch={(value) => setParam("q", value.trim() || undefined)}
      />
      <Flex gap={8} wrap>
        <Select
          allowClear
          virtual={false}
          aria-label={t("knowledge.list.filterKind")}
          placeholder={t("knowledge.list.allKinds")}
          value={kind}
          onChange={(value?: string) => setParam("kind", value)}
          options={KINDS.map((value) => ({ value, label: t(`knowledge.kind.${value}`) }))}
          style={{ width: wide ? 180 : "100%" }}
        />
        <Select
          allowClear
          virtual={false}
          aria-label={t("knowledge.list.filterCategory")}
          placeholder={t("knowledge.list.allCategories")}
          value={category}
          onChange={(value?: string) => setParam("category", value)}
          options={INCIDENT_CATEGORIES.map((value) => ({
            value,
            label: t(`warRoom.category.${value}`),
          }))}
          style={{ width: wide ? 200 : "100%" }}
        />
      </Flex>

      {articles.error && (
        <ProblemAlert error={articles.error} onRetry={() => void articles.refetch()} />
      )}
      {articles.isLoading ? (
        <Skeleton active />
      ) : articles.error ? null : items.length === 0 ? (
        empty
      ) : (
        <Flex vertical gap={8} data-testid="article-results" aria-busy={articles.isFetching}>
          {filtering && (
            <Typography.Text type="secondary">
              {t("knowledge.list.found", { count: items.length })}
            </Typography.Text>
          )}
          {items.map((article) => (
            <Card
              key={article.id}
              size="small"
              data-testid={`article-${article.id}`}
              onClick={() => void navigate(`/knowledge/${article.id}`)}
              style={{ cursor: "pointer" }}
            >
              <Flex justify="space-between" gap={8} align="flex-start">
                <Link to={`/knowledge/${article.id}`} style={{ minWidth: 0 }}>
                  <Typography.Text strong style={{ overflowWrap: "anywhere" }}>
                    {article.title}
                  </Typography.Text>
                </Link>
                <KindTag kind={article.kind} />
              </Flex>
              {article.summary && (
                <Typography.Paragraph
                  type="secondary"
                  ellipsis={{ rows: 2 }}
                  style={{ margin: "6px 0" }}
                >
                  {article.summary}
                </Typography.Paragraph>
              )}
              <CategoryTags categories={article.incidentCategories} />
            </Card>
          ))}
        </Flex>
      )}

      {creating && (
        <ArticleFormDrawer
          onClose={() => setCreating(false)}
          onSaved={(saved) => {
            setCreating(false);
            void navigate(`/knowledge/${saved.id}`);
          }}
        />
      )}
    </Space>
  );
}
