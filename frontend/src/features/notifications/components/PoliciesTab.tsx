import { EditOutlined, PlusOutlined, WarningOutlined } from "@ant-design/icons";
import { Button, Card, Empty, Flex, List, Skeleton, Space, Tag, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ProblemAlert } from "@/components/ProblemAlert";
import { useResponseGroups } from "../api/notifications";
import { usePolicies, type EscalationPolicy } from "../api/escalation";
import { PolicyFormDrawer } from "./PolicyFormDrawer";

/** Escalation policies: who is paged at each step and when, with late-step warnings. */
export function PoliciesTab({ admin }: { admin: boolean }) {
  const { t, i18n } = useTranslation();
  const policies = usePolicies();
  const groups = useResponseGroups();
  const [editing, setEditing] = useState<EscalationPolicy | "new" | null>(null);
  const english = i18n.language.startsWith("en");
  const groupName = (code?: string) => {
    const group = groups.data?.find((g) => g.code === code);
    return group ? (english ? group.nameEn : group.nameZh) : (code ?? "");
  };

  if (policies.isLoading) return <Skeleton active />;
  return (
    <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Text type="secondary">{t("escalation.hint")}</Typography.Text>
        {admin && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing("new")}>
            {t("escalation.new")}
          </Button>
        )}
      </Flex>
      {policies.error && (
        <ProblemAlert error={policies.error} onRetry={() => void policies.refetch()} />
      )}
      {(policies.data ?? []).length === 0 && <Empty description={t("escalation.empty")} />}
      {(policies.data ?? []).map((policy) => (
        <Card
          key={policy.id}
          size="small"
          title={
            <Flex gap={8} wrap align="center" style={{ minWidth: 0 }}>
              <Typography.Text strong style={{ overflowWrap: "anywhere", whiteSpace: "normal" }}>
                {policy.name}
              </Typography.Text>
              {policy.isDefault && <Tag color="blue">{t("escalation.default")}</Tag>}
              {policy.afterActivation.length > 0 && (
                <Tag color="orange">
                  {t("escalation.afterActivationTag", {
                    grades: policy.afterActivation
                      .map((grade) => t(`mySettings.grade.${grade}`))
                      .join("、"),
                  })}
                </Tag>
              )}
            </Flex>
          }
          extra={
            admin && (
              <Button
                size="small"
                icon={<EditOutlined />}
                aria-label={t("escalation.editN", { name: policy.name })}
                onClick={() => setEditing(policy)}
              >
                {t("escalation.edit")}
              </Button>
            )
          }
        >
          <List
            size="small"
            dataSource={policy.steps}
            renderItem={(step) => (
              <List.Item>
                <Flex vertical gap={2} style={{ minWidth: 0 }}>
                  <Typography.Text>
                    {t("escalation.stepLine", {
                      position: step.position,
                      after: step.firesAfterMinutes,
                      target: t(`escalation.target.${step.target}`, {
                        group: groupName(step.groupCode),
                      }),
                    })}
                    {step.notifyBy.length > 0 &&
                      t("escalation.notifyByLine", {
                        media: step.notifyBy.map((m) => t(`notify.medium.${m}`)).join("/"),
                      })}
                  </Typography.Text>
                  {step.target !== "GROUP" && (
                    <Typography.Text type={step.pagedNow ? undefined : "warning"}>
                      {step.pagedNow
                        ? t("escalation.pagedNow", { name: step.pagedNow })
                        : t("escalation.nobodyNow")}
                    </Typography.Text>
                  )}
                  <Typography.Text type="secondary">
                    {t("escalation.waitLine", { minutes: step.waitMinutes })}
                  </Typography.Text>
                </Flex>
              </List.Item>
            )}
          />
          <Typography.Text type="secondary">
            {t("escalation.repeatLine", { count: policy.repeatTimes })}
          </Typography.Text>
          {policy.warnings.map((late) => (
            <Typography.Paragraph key={late.step} type="warning" style={{ margin: "4px 0 0" }}>
              <WarningOutlined />{" "}
              {t("escalation.lateStep", {
                step: late.step,
                after: late.firesAfterMinutes,
                grade: t(`warRoom.grade.${late.grade}`),
                ack: late.ackMinutes,
              })}
            </Typography.Paragraph>
          ))}
        </Card>
      ))}
      {editing && (
        <PolicyFormDrawer
          policy={editing === "new" ? undefined : editing}
          onClose={() => setEditing(null)}
        />
      )}
    </Space>
  );
}
