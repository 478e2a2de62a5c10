import { DeleteOutlined, PlusOutlined } from "@ant-design/icons";
import { App, Button, Flex, Form, Input, InputNumber, Modal, Skeleton, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { ProblemAlert } from "@/components/ProblemAlert";
import { ApiError } from "@/lib/api-client";
import { useBands, useReplaceBands, type Band } from "../api/bands";

/** Where a server field path such as "bands[1].maxScore" belongs in this form. */
export function bandFieldOf(serverField: string): (string | number)[] | undefined {
  const match = /^bands\[(\d+)\]\.(code|minScore|maxScore)$/.exec(serverField);
  return match ? ["bands", Number(match[1]), match[2]] : undefined;
}

/** Admin: the score bands, lowest first; together they must cover 1 to 25. */
export function BandsEditor({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const bands = useBands();
  const replace = useReplaceBands();
  const [form] = Form.useForm<{ bands: Band[] }>();
  const error = replace.error;
  // Complaints about the bands as a whole ("must cover 1 to 25") are shown above the list.
  const overall =
    error instanceof ApiError ? error.fieldErrors.filter((e) => !bandFieldOf(e.field)) : [];

  const submit = (values: { bands?: Band[] }) => {
    const wanted = (values.bands ?? []).map((band) => ({ ...band, code: band.code.trim() }));
    replace.mutate(wanted, {
      onSuccess: () => {
        void message.success(t("risk.bands.saved"));
        onClose();
      },
      onError: (failure) => {
        if (!(failure instanceof ApiError)) return;
        form.setFields(
          failure.fieldErrors.flatMap((fieldError) => {
            const name = bandFieldOf(fieldError.field);
            return name ? [{ name: name as never, errors: [fieldError.message] }] : [];
          }),
        );
      },
    });
  };

  const scoreRule = { required: true, message: t("risk.bands.scoreRequired") };
  return (
    <Modal
      open
      title={t("risk.bands.title")}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t("risk.bands.save")}
      confirmLoading={replace.isPending}
      okButtonProps={{ disabled: !bands.data }}
    >
      <Typography.Paragraph type="secondary">{t("risk.bands.hint")}</Typography.Paragraph>
      {bands.isLoading && <Skeleton active />}
      {bands.error && <ProblemAlert error={bands.error} onRetry={() => void bands.refetch()} />}
      {error && (
        <Flex vertical gap={4} style={{ marginBottom: 12 }} data-testid="bands-error">
          <ProblemAlert error={error} />
          {overall.map((e) => (
            <Typography.Text key={e.field} type="danger">
              {e.message}
            </Typography.Text>
          ))}
        </Flex>
      )}
      {bands.data && (
        <Form form={form} initialValues={{ bands: bands.data }} onFinish={submit}>
          <Form.List name="bands">
            {(fields, { add, remove }) => (
              <Flex vertical gap={8}>
                {fields.map((field, index) => (
                  <Flex key={field.key} gap={8} wrap align="flex-start">
                    <Form.Item
                      name={[field.name, "code"]}
                      rules={[
                        { required: true, whitespace: true, message: t("risk.bands.codeRequired") },
                      ]}
                      style={{ flex: "1 1 120px", marginBottom: 0 }}
                    >
                      <Input
                        maxLength={30}
                        aria-label={t("risk.bands.codeN", { n: index + 1 })}
                        placeholder={t("risk.bands.code")}
                      />
                    </Form.Item>
                    <Form.Item
                      name={[field.name, "minScore"]}
                      rules={[scoreRule]}
                      style={{ marginBottom: 0 }}
                    >
                      <InputNumber
                        min={1}
                        max={25}
                        precision={0}
                        style={{ width: 88 }}
                        aria-label={t("risk.bands.minN", { n: index + 1 })}
                        placeholder={t("risk.bands.min")}
                      />
                    </Form.Item>
                    <Form.Item
                      name={[field.name, "maxScore"]}
                      rules={[scoreRule]}
                      style={{ marginBottom: 0 }}
                    >
                      <InputNumber
                        min={1}
                        max={25}
                        precision={0}
                        style={{ width: 88 }}
                        aria-label={t("risk.bands.maxN", { n: index + 1 })}
                        placeholder={t("risk.bands.max")}
                      />
                    </Form.Item>
                    <Button
                      icon={<DeleteOutlined />}
                      aria-label={t("risk.bands.remove", { n: index + 1 })}
                      disabled={fields.length <= 1}
                      onClick={() => remove(field.name)}
                    />
                  </Flex>
                ))}
                <Button
                  type="dashed"
                  icon={<PlusOutlined />}
                  disabled={fields.length >= 10}
                  onClick={() => add({ code: "", minScore: undefined, maxScore: undefined })}
                >
                  {t("risk.bands.add")}
                </Button>
                <Typography.Text type="secondary">{t("risk.bands.known")}</Typography.Text>
              </Flex>
            )}
          </Form.List>
        </Form>
      )}
    </Modal>
  );
}
