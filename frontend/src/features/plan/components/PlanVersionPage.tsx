import { CheckOutlined, EditOutlined, RollbackOutlined, SendOutlined } from "@ant-design/icons";
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Flex,
  Form,
  Input,
  Modal,
  Popconfirm,
  Select,
  Skeleton,
  Space,
  Typography,
} from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate, useParams, useSearchParams } from "react-router";
import { LineDiffView } from "@/components/LineDiffView";
import { ProblemAlert } from "@/components/ProblemAlert";
import { ApiError } from "@/lib/api-client";
import { isStale } from "@/lib/field-path";
import { useMe } from "@/lib/me";
import { formatBeijing } from "@/lib/time";
import {
  LIMITS,
  usePlanAction,
  usePlanDiff,
  usePlanVersion,
  usePlanVersions,
  type PlanAction,
  type PlanDocument,
} from "../api/plan";
import { canManagePlan, canReviewPlan } from "../permissions";
import { PlanDraftDrawer } from "./PlanDraftDrawer";
import { PlanDocumentView, PlanStatusTag } from "./plan-display";

/** What went wrong with an action, in words that say what to do next. */
function ActionProblem({ error, onReload }: { error: unknown; onReload: () => void }) {
  const { t } = useTranslation();
  if (isStale(error)) {
    return (
      <Alert
        type="warning"
        showIcon
        role="alert"
        title={t("plan.actions.stale")}
        action={
          <Button size="small" onClick={onReload}>
            {t("plan.actions.reload")}
          </Button>
        }
      />
    );
  }
  if (error instanceof ApiError && error.status === 403 && error.problem?.detail) {
    // The role allows it but this person may not, e.g. approving a draft they wrote.
    return (
      <Alert
        type="error"
        showIcon
        role="alert"
        data-testid="action-refused"
        title={t("plan.actions.refused")}
        description={error.problem.detail}
      />
    );
  }
  return <ProblemAlert error={error} />;
}

/** One plan version: its text, what changed against another version, and the next step. */
export function PlanVersionPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const id = Number(useParams().id);
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const document = usePlanVersion(id);
  const versions = usePlanVersions();
  const compareWith = Number(params.get("compare")) || undefined;
  const diff = usePlanDiff(id, compareWith);
  const action = usePlanAction(id);
  const [editing, setEditing] = useState(false);
  const [rejecting, setRejecting] = useState(false);
  const [reasonForm] = Form.useForm<{ reason: string }>();

  const back = (
    <Button type="link" style={{ padding: 0 }} onClick={() => void navigate("/plan/versions")}>
      ← {t("plan.backToVersions")}
    </Button>
  );
  if (document.isLoading) return <Skeleton active />;
  if (document.error || !document.data) {
    const notFound = document.error instanceof ApiError && document.error.status === 404;
    return (
      <Space orientation="vertical" style={{ width: "100%" }}>
        {back}
        {notFound ? (
          <Typography.Paragraph role="alert">{t("plan.versionNotFound")}</Typography.Paragraph>
        ) : (
          <ProblemAlert error={document.error} onRetry={() => void document.refetch()} />
        )}
      </Space>
    );
  }

  const { summary, sections } = document.data;
  const manager = canManagePlan(me.data);
  const reviewer = canReviewPlan(me.data);
  const run = (name: PlanAction, reason?: string) =>
    action.mutate(
      // The version on screen is the one the user decided on.
      { action: name, version: summary.version, reason },
      {
        onSuccess: () => {
          setRejecting(false);
          void message.success(t(`plan.actions.done.${name}`));
        },
      },
    );
  const reload = async () => {
    action.reset();
    await document.refetch();
  };
  const busy = action.isPending;
  const buttons = [
    summary.status === "DRAFT" && manager && (
      <Button key="edit" icon={<EditOutlined />} onClick={() => setEditing(true)}>
        {t("plan.actions.edit")}
      </Button>
    ),
    summary.status === "DRAFT" && manager && (
      <Button
        key="submit"
        type="primary"
        icon={<SendOutlined />}
        loading={busy && action.variables?.action === "submit"}
        onClick={() => run("submit")}
      >
        {t("plan.actions.submit")}
      </Button>
    ),
    summary.status === "IN_REVIEW" && reviewer && (
      <Button
        key="reject"
        icon={<RollbackOutlined />}
        disabled={busy}
        onClick={() => setRejecting(true)}
      >
        {t("plan.actions.reject")}
      </Button>
    ),
    summary.status === "IN_REVIEW" && reviewer && (
      <Button
        key="approve"
        type="primary"
        icon={<CheckOutlined />}
        loading={busy && action.variables?.action === "approve"}
        onClick={() => run("approve")}
      >
        {t("plan.actions.approve")}
      </Button>
    ),
    summary.status === "APPROVED" && manager && (
      <Popconfirm
        key="publish"
        title={t("plan.actions.publishConfirm")}
        okText={t("plan.actions.publishOk")}
        cancelText={t("plan.form.cancel")}
        onConfirm={() => run("publish")}
      >
        <Button type="primary" loading={busy && action.variables?.action === "publish"}>
          {t("plan.actions.publish")}
        </Button>
      </Popconfirm>
    ),
  ].filter(Boolean);
  const others = (versions.data ?? []).filter((version) => version.id !== id);

  return (
    <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
      {back}
      <Flex justify="space-between" align="flex-start" wrap gap={8}>
        <Flex vertical gap={6} style={{ minWidth: 0 }}>
          <Typography.Title level={3} style={{ margin: 0, overflowWrap: "anywhere" }}>
            {t("plan.numberN", { n: summary.number })} · {summary.title}
          </Typography.Title>
          <Flex gap={4} wrap>
            <PlanStatusTag status={summary.status} />
          </Flex>
        </Flex>
        {buttons.length > 0 && (
          <Flex gap={8} wrap data-testid="plan-actions">
            {buttons}
          </Flex>
        )}
      </Flex>
      {summary.status === "IN_REVIEW" && !reviewer && (
        <Typography.Text type="secondary">{t("plan.actions.waitingForCommander")}</Typography.Text>
      )}
      {action.error && !rejecting && (
        <ActionProblem error={action.error} onReload={() => void reload()} />
      )}

      <Card size="small">
        <Descriptions
          column={{ xs: 1, md: 2 }}
          size="small"
          items={[
            { key: "author", label: t("plan.fields.author"), children: summary.authorName },
            {
              key: "approver",
              label: t("plan.fields.approver"),
              children: summary.approvedByName || t("common.none"),
            },
            {
              key: "updated",
              label: t("plan.fields.updatedAt"),
              children: formatBeijing(summary.updatedAt),
            },
            {
              key: "published",
              label: t("plan.fields.publishedAt"),
              children: summary.publishedAt ? formatBeijing(summary.publishedAt) : t("common.none"),
            },
            {
              key: "interval",
              label: t("plan.fields.reviewIntervalDays"),
              children: t("plan.daysN", { n: summary.reviewIntervalDays }),
            },
            {
              key: "changes",
              label: t("plan.fields.changeSummary"),
              children: summary.changeSummary ? (
                <Typography.Text style={{ whiteSpace: "pre-wrap" }}>
                  {summary.changeSummary}
                </Typography.Text>
              ) : (
                t("common.none")
              ),
            },
          ]}
        />
      </Card>

      <Card size="small" title={t("plan.compare.title")}>
        <Space orientation="vertical" style={{ width: "100%" }}>
          <Select
            allowClear
            virtual={false}
            aria-label={t("plan.compare.with")}
            placeholder={t("plan.compare.with")}
            loading={versions.isLoading}
            value={compareWith}
            notFoundContent={t("plan.compare.none")}
            onChange={(value?: number) =>
              setParams(value ? { compare: String(value) } : {}, { replace: true })
            }
            options={others.map((version) => ({
              value: version.id,
              label: `${t("plan.numberN", { n: version.number })} · ${t(`plan.status.${version.status}`)}`,
            }))}
            style={{ width: "100%", maxWidth: 360 }}
          />
          {compareWith !== undefined &&
            (diff.isLoading ? (
              <Skeleton active />
            ) : diff.error ? (
              <ProblemAlert error={diff.error} onRetry={() => void diff.refetch()} />
            ) : (
              <LineDiffView lines={diff.data ?? []} />
            ))}
        </Space>
      </Card>

      <PlanDocumentView sections={sections} prefix={`plan-${summary.id}-section`} />

      {editing && (
        <PlanDraftDrawer
          draft={document.data}
          onClose={() => setEditing(false)}
          onSaved={() => setEditing(false)}
          onReload={async (): Promise<PlanDocument | undefined> => (await document.refetch()).data}
        />
      )}
      <Modal
        open={rejecting}
        title={t("plan.actions.rejectTitle")}
        okText={t("plan.actions.rejectOk")}
        cancelText={t("plan.form.cancel")}
        confirmLoading={busy}
        onCancel={() => {
          setRejecting(false);
          action.reset();
        }}
        onOk={() => reasonForm.submit()}
        destroyOnHidden
      >
        {action.error && (
          <div style={{ marginBottom: 12 }}>
            <ActionProblem
              error={action.error}
              onReload={() => {
                setRejecting(false);
                void reload();
              }}
            />
          </div>
        )}
        <Form
          form={reasonForm}
          layout="vertical"
          onFinish={({ reason }) => run("reject", reason.trim())}
        >
          <Form.Item
            name="reason"
            label={t("plan.actions.reason")}
            rules={[
              { required: true, whitespace: true, message: t("plan.actions.reasonRequired") },
              {
                max: LIMITS.reason,
                message: t("plan.form.tooLong", {
                  field: t("plan.actions.reason"),
                  max: LIMITS.reason,
                }),
              },
            ]}
          >
            <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={LIMITS.reason} />
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  );
}
