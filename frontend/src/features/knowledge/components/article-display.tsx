import { Flex, Tag } from "antd";
import { useTranslation } from "react-i18next";
import type { ArticleKind } from "../api/articles";

const KIND_COLORS: Record<ArticleKind, string> = { RUNBOOK: "blue", FALLBACK: "orange" };

export function KindTag({ kind }: { kind: ArticleKind }) {
  const { t } = useTranslation();
  return (
    <Tag color={KIND_COLORS[kind]} data-testid="article-kind">
      {t(`knowledge.kind.${kind}`)}
    </Tag>
  );
}

/** Known incident categories and risk sub-types by name, anything else as stored. */
export function useTagLabel() {
  const { t, i18n } = useTranslation();
  return (section: "warRoom.category" | "risk.subType", code: string) =>
    i18n.exists(`${section}.${code}`) ? t(`${section}.${code}`) : code;
}

export function CategoryTags({
  categories,
  subTypes = [],
}: {
  categories: string[];
  subTypes?: string[];
}) {
  const label = useTagLabel();
  if (categories.length + subTypes.length === 0) return null;
  return (
    <Flex gap={4} wrap data-testid="article-categories">
      {categories.map((code) => (
        <Tag key={`c-${code}`}>{label("warRoom.category", code)}</Tag>
      ))}
      {subTypes.map((code) => (
        <Tag key={`s-${code}`} variant="filled">
          {label("risk.subType", code)}
        </Tag>
      ))}
    </Flex>
  );
}
