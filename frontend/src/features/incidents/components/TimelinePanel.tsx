import { Button, Card, Flex, Form, Input, Timeline, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { ProblemAlert } from "@/components/ProblemAlert";
import { formatBeijing } from "@/lib/time";
import { NOTE_LIMIT, useAddNote, type TimelineEntry } from "../api/timeline";

const TOKEN_KEYS: Record<string, string> = {
  GENERAL: "warRoom.grade.GENERAL",
  SERIOUS: "warRoom.grade.SERIOUS",
  MAJOR: "warRoom.grade.MAJOR",
  COMMAND: "warRoom.group.COMMAND",
  TECHNICAL: "warRoom.group.TECHNICAL",
  BUSINESS: "warRoom.group.BUSINESS",
  COMMUNICATIONS: "warRoom.group.COMMUNICATIONS",
  PASSED: "warRoom.verificationStatus.PASSED",
  FAILED: "warRoom.verificationStatus.FAILED",
};

/** Entries the server writes for lifecycle events name grades, groups and results as codes. */
export function translateTokens(message: string, t: (key: string) => string): string {
  return message.replace(/\b[A-Z_]{4,}\b/g, (token) =>
    TOKEN_KEYS[token] ? t(TOKEN_KEYS[token]) : token,
  );
}

/** Everything that happened, oldest first, and a box to add a note. */
export function TimelinePanel({
  incidentId,
  entries,
}: {
  incidentId: number;
  entries: TimelineEntry[];
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ text: string }>();
  const addNote = useAddNote(incidentId);
  const submit = ({ text }: { text: string }) =>
    addNote.mutate(text.trim(), { onSuccess: () => form.resetFields() });
  return (
    <Card title={t("incident.detail.timeline")} size="small">
      <Timeline
        data-testid="timeline"
        items={entries.map((entry) => ({
          key: entry.id,
          content: (
            <>
              <Typography.Text type="secondary">{formatBeijing(entry.occurredAt)}</Typography.Text>{" "}
              <Typography.Text strong>{entry.actor.name}</Typography.Text>{" "}
              {t(`incident.timelineKind.${entry.kind}`)}
              {entry.message && entry.kind !== "REPORTED" && (
                <div style={{ whiteSpace: "pre-wrap" }}>{translateTokens(entry.message, t)}</div>
              )}
            </>
          ),
        }))}
      />
      <Form form={form} onFinish={submit}>
        <Flex gap={8} align="start">
          <Form.Item
            name="text"
            style={{ flex: 1, marginBottom: 0 }}
            rules={[{ required: true, whitespace: true, message: t("warRoom.notePlaceholder") }]}
          >
            <Input.TextArea
              rows={2}
              maxLength={NOTE_LIMIT}
              placeholder={t("warRoom.notePlaceholder")}
              aria-label={t("warRoom.addNote")}
            />
          </Form.Item>
          <Button htmlType="submit" loading={addNote.isPending}>
            {t("warRoom.addNote")}
          </Button>
        </Flex>
      </Form>
      {addNote.error && <ProblemAlert error={addNote.error} />}
    </Card>
  );
}
