import { Card, Col, Flex, Grid, Row, Tag, Typography } from "antd";
import type { MouseEvent } from "react";
import { useTranslation } from "react-i18next";
import type { PlanSection, PlanStatus } from "../api/plan";

const STATUS_COLORS: Record<PlanStatus, string> = {
  DRAFT: "default",
  IN_REVIEW: "processing",
  APPROVED: "cyan",
  PUBLISHED: "green",
  SUPERSEDED: "default",
};

export function PlanStatusTag({ status }: { status: PlanStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATUS_COLORS[status]} data-testid="plan-status">
      {t(`plan.status.${status}`)}
    </Tag>
  );
}

const anchorOf = (prefix: string, index: number) => `${prefix}-${index + 1}`;

/** The plan as a document: a table of contents linking to numbered sections. */
export function PlanDocumentView({
  sections,
  prefix = "plan-section",
}: {
  sections: PlanSection[];
  prefix?: string;
}) {
  const { t } = useTranslation();
  const wide = Grid.useBreakpoint().lg ?? false;
  const jump = (event: MouseEvent<HTMLAnchorElement>, id: string) => {
    const target = document.getElementById(id);
    if (!target) return;
    event.preventDefault();
    target.scrollIntoView?.({ behavior: "smooth", block: "start" });
  };
  if (sections.length === 0) {
    return <Typography.Text type="secondary">{t("plan.noSections")}</Typography.Text>;
  }
  const toc = (
    <nav aria-label={t("plan.toc")} data-testid="plan-toc">
      <Typography.Text strong>{t("plan.toc")}</Typography.Text>
      <ol style={{ margin: "8px 0 0", paddingInlineStart: 22, lineHeight: 1.9 }}>
        {sections.map((section, index) => (
          <li key={index}>
            <a
              href={`#${anchorOf(prefix, index)}`}
              onClick={(event) => jump(event, anchorOf(prefix, index))}
              style={{ overflowWrap: "anywhere" }}
            >
              {section.heading}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
  const body = (
    <article data-testid="plan-sections">
      {sections.map((section, index) => (
        <section
          key={index}
          id={anchorOf(prefix, index)}
          aria-labelledby={`${anchorOf(prefix, index)}-heading`}
          style={{ scrollMarginTop: 72, marginBottom: 24 }}
        >
          <Typography.Title
            level={4}
            id={`${anchorOf(prefix, index)}-heading`}
            style={{ marginTop: 0, overflowWrap: "anywhere" }}
          >
            {index + 1}. {section.heading}
          </Typography.Title>
          <Typography.Paragraph
            style={{
              whiteSpace: "pre-wrap",
              overflowWrap: "anywhere",
              fontSize: 15,
              lineHeight: 1.8,
              maxWidth: "44em",
            }}
          >
            {section.body}
          </Typography.Paragraph>
        </section>
      ))}
    </article>
  );
  return wide ? (
    <Row gutter={24}>
      <Col lg={7}>
        <Card size="small" style={{ position: "sticky", top: 16 }}>
          {toc}
        </Card>
      </Col>
      <Col lg={17}>{body}</Col>
    </Row>
  ) : (
    <Flex vertical gap={16}>
      <Card size="small">{toc}</Card>
      {body}
    </Flex>
  );
}
