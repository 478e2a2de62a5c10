import {
  Alert,
  App,
  Button,
  Card,
  DatePicker,
  Drawer,
  Empty,
  Flex,
  Form,
  Grid,
  Input,
  Radio,
  Skeleton,
  Space,
  Typography,
} from "antd";
import type { Dayjs } from "dayjs";
import { useTranslation } from "react-i18next";
import { ProblemAlert } from "@/components/ProblemAlert";
import { ApiError } from "@/lib/api-client";
import { splitFieldErrors } from "@/lib/field-path";
import { dayjs, formatBeijing } from "@/lib/time";
import {
  LIMITS,
  useRecordRestoreCheck,
  useRestoreChecks,
  type ProtectedSystem,
} from "../api/safeguards";
import {
  isFutureDay,
  LastRestore,
  OverdueTag,
  PassedTag,
  todayInBeijing,
} from "./safeguard-display";

interface CheckFormValues {
  checkedOn?: Dayjs;
  passed?: boolean;
  note?: string;
}

const FIELDS = ["checkedOn", "passed", "note"];

/** A system's restore tests, newest first; tech and admins record a new one here. */
export function RestoreChecksDrawer({
  system,
  writer,
  onClose,
}: {
  system: ProtectedSystem;
  writer: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const wide = Grid.useBreakpoint().md ?? false;
  const checks = useRestoreChecks(system.id);
  const items = checks.data ?? [];

  return (
    <Drawer
      open
      onClose={onClose}
      size={wide ? 520 : "100%"}
      title={t("safeguard.checks.title", { name: system.name })}
    >
      <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
        <Flex gap={8} wrap align="center">
          <OverdueTag system={system} />
          <Typography.Text type="secondary">
            {t("safeguard.checks.policy", { count: system.restoreCheckDays })}
          </Typography.Text>
        </Flex>
        <Flex gap={8} wrap align="center">
          <Typography.Text>{t("safeguard.fields.lastRestore")}:</Typography.Text>
          <LastRestore system={system} />
        </Flex>
        {writer && <RecordCheckForm systemId={system.id} />}
        <Typography.Title level={5} style={{ margin: 0 }}>
          {t("safeguard.checks.history")}
        </Typography.Title>
        {checks.isLoading ? (
          <Skeleton active />
        ) : checks.error ? (
          <ProblemAlert error={checks.error} onRetry={() => void checks.refetch()} />
        ) : items.length === 0 ? (
          <Empty
            image={Empty.PRESENTED_IMAGE_SIMPLE}
            description={writer ? t("safeguard.checks.emptyWriter") : t("safeguard.checks.empty")}
          />
        ) : (
          <ul data-testid="restore-history" style={{ listStyle: "none", margin: 0, padding: 0 }}>
            {items.map((check) => (
              <li
                key={check.id}
                data-testid={`restore-check-${check.id}`}
                style={{ padding: "8px 0", borderBottom: "1px solid #f0f0f0" }}
              >
                <Flex vertical gap={2} style={{ minWidth: 0 }}>
                  <Flex gap={8} align="center" wrap>
                    <Typography.Text strong>{check.checkedOn}</Typography.Text>
                    <PassedTag passed={check.passed} />
                  </Flex>
                  {check.note && (
                    <Typography.Text style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>
                      {check.note}
                    </Typography.Text>
                  )}
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t("safeguard.checks.recorded", {
                      by: check.recordedBy,
                      at: formatBeijing(check.recordedAt),
                    })}
                  </Typography.Text>
                </Flex>
              </li>
            ))}
          </ul>
        )}
      </Space>
    </Drawer>
  );
}

function RecordCheckForm({ systemId }: { systemId: number }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const wide = Grid.useBreakpoint().md ?? false;
  const [form] = Form.useForm<CheckFormValues>();
  const record = useRecordRestoreCheck(systemId);
  const { unplaced } = splitFieldErrors(record.error, FIELDS);
  const today = todayInBeijing();

  const submit = (values: CheckFormValues) =>
    record.mutate(
      {
        checkedOn: values.checkedOn!.format("YYYY-MM-DD"),
        passed: values.passed!,
        note: values.note?.trim() ?? "",
      },
      {
        onSuccess: () => {
          void message.success(t("safeguard.checks.saved"));
          form.resetFields();
        },
        onError: (failure) => {
          if (failure instanceof ApiError) {
            form.setFields(
              splitFieldErrors(failure, FIELDS).placed.map(({ name, errors }) => ({
                name: name as never,
                errors,
              })),
            );
          }
        },
      },
    );

  return (
    <Card size="small" title={t("safeguard.checks.record")}>
      {record.error && (
        <Flex vertical gap={4} style={{ marginBottom: 12 }}>
          <ProblemAlert error={record.error} />
          {unplaced.map((e) => (
            <Typography.Text key={e.field} type="danger">
              {e.field}: {e.message}
            </Typography.Text>
          ))}
        </Flex>
      )}
      {!record.error && (
        <Alert
          type="info"
          style={{ marginBottom: 12 }}
          title={t("safeguard.checks.recordHint")}
          showIcon
        />
      )}
      <Form<CheckFormValues>
        form={form}
        layout="vertical"
        initialValues={{ checkedOn: dayjs(today) }}
        onFinish={submit}
        disabled={record.isPending}
        data-testid="restore-form"
      >
        <Flex gap={12} wrap>
          <Form.Item
            name="checkedOn"
            label={t("safeguard.checks.checkedOn")}
            style={{ flex: 1, minWidth: 150 }}
            rules={[
              { required: true, message: t("safeguard.checks.dateRequired") },
              {
                validator: async (_, value?: Dayjs) => {
                  if (value && isFutureDay(value, today)) {
                    throw new Error(t("safeguard.checks.notFuture"));
                  }
                },
              },
            ]}
          >
            <DatePicker
              style={{ width: "100%" }}
              inputReadOnly={!wide}
              disabledDate={(date) => isFutureDay(date, today)}
            />
          </Form.Item>
          <Form.Item
            name="passed"
            label={t("safeguard.checks.passed")}
            style={{ flex: 1, minWidth: 150 }}
            rules={[{ required: true, message: t("safeguard.checks.passedRequired") }]}
          >
            <Radio.Group
              optionType="button"
              options={[
                { value: true, label: t("safeguard.passed") },
                { value: false, label: t("safeguard.failed") },
              ]}
            />
          </Form.Item>
        </Flex>
        <Form.Item name="note" label={t("safeguard.checks.note")}>
          <Input.TextArea
            autoSize={{ minRows: 2, maxRows: 6 }}
            maxLength={LIMITS.note}
            placeholder={t("safeguard.checks.notePlaceholder")}
          />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={record.isPending} block={!wide}>
          {t("safeguard.checks.submit")}
        </Button>
      </Form>
    </Card>
  );
}
