import { Button, Card, Empty, Flex, List, Tag, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { ProblemAlert } from "@/components/ProblemAlert";
import type { Me } from "@/lib/me";
import { useSignOff, useVerification } from "../api/tasks";
import { actsFor } from "../permissions";

const COLORS = { PENDING: "default", PASSED: "green", FAILED: "red" } as const;

/** The recovery checklist; each check is signed off by its owning group. */
export function VerificationList({
  incidentId,
  verifying,
  me,
}: {
  incidentId: number;
  verifying: boolean;
  me: Me | undefined;
}) {
  const { t } = useTranslation();
  const checks = useVerification(incidentId, true);
  const signOff = useSignOff(incidentId);
  const items = checks.data ?? [];
  return (
    <Card title={t("warRoom.verification")} size="small" data-testid="verification-list">
      {checks.error && <ProblemAlert error={checks.error} />}
      {signOff.error && <ProblemAlert error={signOff.error} />}
      {items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("warRoom.noVerification")} />
      ) : (
        <List
          dataSource={items}
          renderItem={(item) => (
            <List.Item data-testid={`check-${item.area}`}>
              <Flex vertical gap={4} style={{ width: "100%" }}>
                <Flex justify="space-between" gap={8} wrap>
                  <Typography.Text>
                    {item.area === "CUSTOM" ? item.label : t(`warRoom.checkArea.${item.area}`)}
                  </Typography.Text>
                  <Tag color={COLORS[item.status]}>
                    {t(`warRoom.verificationStatus.${item.status}`)}
                  </Tag>
                </Flex>
                <Typography.Text type="secondary">
                  {t(`warRoom.group.${item.ownerGroup}`)}
                  {item.signedBy ? ` · ${item.signedBy.name}` : ""}
                </Typography.Text>
                {verifying && actsFor(item.ownerGroup, me) && item.status !== "PASSED" && (
                  <Flex gap={8}>
                    <Button
                      size="small"
                      type="primary"
                      onClick={() => signOff.mutate({ itemId: item.id, result: "PASSED" })}
                    >
                      {t("warRoom.pass")}
                    </Button>
                    <Button
                      size="small"
                      danger
                      onClick={() => signOff.mutate({ itemId: item.id, result: "FAILED" })}
                    >
                      {t("warRoom.fail")}
                    </Button>
                  </Flex>
                )}
              </Flex>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
