import {
  App,
  Button,
  Card,
  Collapse,
  Descriptions,
  Form,
  Input,
  Select,
  Skeleton,
  Typography,
} from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { FormDrawer, placeFieldErrors } from "@/components/FormDrawer";
import { ProblemAlert } from "@/components/ProblemAlert";
import { can, type Me } from "@/lib/me";
import { formatBeijing } from "@/lib/time";
import type { Incident } from "../api/get-incidents";
import {
  STATUS_PART_LIMIT,
  usePostStatusUpdate,
  useStatusUpdates,
  type StatusUpdate,
} from "../api/status-updates";

const ENDED = ["RESOLVED", "REVIEWED", "CANCELLED"];
const PARTS = ["currentState", "impact", "nextSteps"] as const;
const FIELDS = [...PARTS, "nextInMinutes", "nextUpdateAt", "nextUpdateInMinutes"];
/** Minutes until the next update a poster may promise; 0 means the grade's cadence. */
const NEXT_IN = [0, 15, 30, 60, 120];

interface Values {
  currentState: string;
  impact: string;
  nextSteps: string;
  nextInMinutes: number;
}

/**
 * 进展通报: the latest structured update (state, impact, next steps, when the next is due) and the
 * earlier ones; the commander, tech and communications post one, which reaches the groups' chats.
 */
export function StatusUpdateCard({ incident, me }: { incident: Incident; me: Me | undefined }) {
  const { t } = useTranslation();
  const updates = useStatusUpdates(incident.id);
  const [open, setOpen] = useState(false);
  const mayPost = can(me, "incident:status-update") && !ENDED.includes(incident.status);
  const [latest, ...earlier] = updates.data ?? [];
  return (
    <Card
      size="small"
      title={t("warRoom.statusUpdate.title")}
      data-testid="status-update-card"
      extra={
        mayPost && (
          <Button size="small" type="primary" onClick={() => setOpen(true)}>
            {t("warRoom.statusUpdate.post")}
          </Button>
        )
      }
    >
      {updates.isLoading ? (
        <Skeleton active paragraph={{ rows: 2 }} />
      ) : updates.error ? (
        <ProblemAlert error={updates.error} onRetry={() => void updates.refetch()} />
      ) : latest ? (
        <UpdateView update={latest} />
      ) : (
        <Typography.Text type="secondary">{t("warRoom.statusUpdate.empty")}</Typography.Text>
      )}
      {earlier.length > 0 && (
        <Collapse
          ghost
          size="small"
          items={[
            {
              key: "earlier",
              label: t("warRoom.statusUpdate.earlier", { count: earlier.length }),
              children: earlier.map((update) => <UpdateView key={update.id} update={update} />),
            },
          ]}
        />
      )}
      {open && <StatusUpdateForm incidentId={incident.id} onClose={() => setOpen(false)} />}
    </Card>
  );
}

function UpdateView({ update }: { update: StatusUpdate }) {
  const { t } = useTranslation();
  const text = { whiteSpace: "pre-wrap", overflowWrap: "anywhere", margin: 0 } as const;
  return (
    <Descriptions column={1} size="small" style={{ marginBottom: 8 }}>
      {PARTS.map((part) => (
        <Descriptions.Item key={part} label={t(`warRoom.statusUpdate.${part}`)}>
          <Typography.Paragraph style={text} ellipsis={{ rows: 6, expandable: true }}>
            {update[part]}
          </Typography.Paragraph>
        </Descriptions.Item>
      ))}
      <Descriptions.Item label={t("warRoom.statusUpdate.nextUpdateAt")}>
        {formatBeijing(update.nextUpdateAt)}
      </Descriptions.Item>
      <Descriptions.Item label={t("warRoom.statusUpdate.postedBy")}>
        {`${update.author.name} · ${formatBeijing(update.createdAt)}`}
      </Descriptions.Item>
    </Descriptions>
  );
}

function StatusUpdateForm({ incidentId, onClose }: { incidentId: number; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const post = usePostStatusUpdate(incidentId);
  const submit = (values: Values) => {
    post.mutate(
      {
        currentState: values.currentState.trim(),
        impact: values.impact.trim(),
        nextSteps: values.nextSteps.trim(),
        // Minutes, so the server's clock decides the time and a retry sends the same body.
        nextUpdateInMinutes: values.nextInMinutes > 0 ? values.nextInMinutes : undefined,
      },
      {
        onSuccess: () => {
          void message.success(t("warRoom.statusUpdate.saved"));
          onClose();
        },
        onError: (failure) => placeFieldErrors(form, failure, FIELDS),
      },
    );
  };
  return (
    <FormDrawer<Values>
      form={form}
      text={{
        title: t("warRoom.statusUpdate.post"),
        cancel: t("warRoom.statusUpdate.cancel"),
        submit: t("warRoom.statusUpdate.submit"),
      }}
      saving={post.isPending}
      error={post.error}
      fields={FIELDS}
      onClose={onClose}
      initialValues={{ currentState: "", impact: "", nextSteps: "", nextInMinutes: 0 }}
      onFinish={submit}
    >
      <Typography.Paragraph type="secondary">{t("warRoom.statusUpdate.hint")}</Typography.Paragraph>
      {PARTS.map((part) => (
        <Form.Item
          key={part}
          name={part}
          label={t(`warRoom.statusUpdate.${part}`)}
          rules={[
            {
              required: true,
              whitespace: true,
              message: t("warRoom.statusUpdate.required", {
                field: t(`warRoom.statusUpdate.${part}`),
              }),
            },
            { max: STATUS_PART_LIMIT },
          ]}
        >
          <Input.TextArea
            autoSize={{ minRows: 2, maxRows: 8 }}
            maxLength={STATUS_PART_LIMIT}
            placeholder={t(`warRoom.statusUpdate.placeholder.${part}`)}
          />
        </Form.Item>
      ))}
      <Form.Item name="nextInMinutes" label={t("warRoom.statusUpdate.nextIn")}>
        <Select
          options={NEXT_IN.map((minutes) => ({
            value: minutes,
            label:
              minutes === 0
                ? t("warRoom.statusUpdate.cadence")
                : t("warRoom.statusUpdate.inMinutes", { count: minutes }),
          }))}
        />
      </Form.Item>
    </FormDrawer>
  );
}
