import { Button, Card, DatePicker, Descriptions, Empty, Form, Input, List, Modal } from "antd";
import type { Dayjs } from "dayjs";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ProblemAlert } from "@/components/ProblemAlert";
import { ApiError } from "@/lib/api-client";
import type { Me } from "@/lib/me";
import { dayjs } from "@/lib/time";
import type { Incident } from "../api/get-incidents";
import { useFileAction, usePostmortem } from "../api/postmortem";
import { actsFor } from "../permissions";

/** After the emergency: the postmortem as written, and the improvement actions filed. */
export function ReviewCard({ incident, me }: { incident: Incident; me: Me | undefined }) {
  const { t } = useTranslation();
  const postmortem = usePostmortem(incident.id, true);
  const fileAction = useFileAction(incident.id);
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ title: string; ownerName: string; dueDate: Dayjs }>();
  const mayFile = actsFor("COMMAND", me) || actsFor("TECHNICAL", me);
  const missing = postmortem.error instanceof ApiError && postmortem.error.status === 404;

  const submit = async () => {
    const values = await form.validateFields();
    await fileAction.mutateAsync({
      title: values.title,
      ownerName: values.ownerName,
      dueDate: values.dueDate.format("YYYY-MM-DD"),
    });
    setOpen(false);
    form.resetFields();
  };

  return (
    <Card
      title={t("warRoom.review")}
      size="small"
      data-testid="review-card"
      extra={
        mayFile && (
          <Button size="small" onClick={() => setOpen(true)}>
            {t("warRoom.fileAction")}
          </Button>
        )
      }
    >
      {missing && (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("warRoom.noPostmortem")} />
      )}
      {postmortem.error && !missing && <ProblemAlert error={postmortem.error} />}
      {postmortem.data && (
        <>
          <Descriptions column={1} size="small">
            {(
              ["causeCategory", "causeDescription", "wentWell", "wentBadly", "lessons"] as const
            ).map((field) => (
              <Descriptions.Item key={field} label={t(`warRoom.postmortem.${field}`)}>
                {postmortem.data[field]}
              </Descriptions.Item>
            ))}
          </Descriptions>
          <List
            header={t("warRoom.actionsFiled")}
            dataSource={postmortem.data.actions}
            locale={{ emptyText: t("common.none") }}
            renderItem={(action) => (
              <List.Item>
                {action.title} · {action.ownerName} · {action.dueDate}
              </List.Item>
            )}
          />
        </>
      )}
      <Modal
        open={open}
        title={t("warRoom.fileAction")}
        onOk={() => void submit().catch(() => undefined)}
        confirmLoading={fileAction.isPending}
        onCancel={() => setOpen(false)}
      >
        <Form form={form} layout="vertical" initialValues={{ dueDate: dayjs().add(14, "day") }}>
          <Form.Item
            name="title"
            label={t("warRoom.actionTitle")}
            rules={[{ required: true, whitespace: true, message: t("warRoom.reasonRequired") }]}
          >
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item
            name="ownerName"
            label={t("warRoom.actionOwner")}
            rules={[{ required: true, whitespace: true, message: t("warRoom.reasonRequired") }]}
          >
            <Input maxLength={255} />
          </Form.Item>
          <Form.Item name="dueDate" label={t("warRoom.actionDue")} rules={[{ required: true }]}>
            <DatePicker style={{ width: "100%" }} />
          </Form.Item>
        </Form>
        {fileAction.error && <ProblemAlert error={fileAction.error} />}
      </Modal>
    </Card>
  );
}
