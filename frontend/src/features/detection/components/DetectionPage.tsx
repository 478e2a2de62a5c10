import { Tabs, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { can, useMe } from "@/lib/me";
import { AlertsTab } from "./AlertsTab";
import { IntegrationsTab } from "./IntegrationsTab";
import { SilencesTab } from "./SilencesTab";

/** Detection: alerts from monitoring and other systems, silences, and (admin) integrations. */
export function DetectionPage() {
  const { t } = useTranslation();
  const me = useMe();
  const admin = can(me.data, "integration:read");
  const items = [
    { key: "alerts", label: t("detection.alerts"), children: <AlertsTab /> },
    { key: "silences", label: t("detection.silences"), children: <SilencesTab /> },
    ...(admin
      ? [{ key: "integrations", label: t("detection.integrations"), children: <IntegrationsTab /> }]
      : []),
  ];
  return (
    <>
      <Typography.Title level={3}>{t("detection.title")}</Typography.Title>
      <Tabs items={items} />
    </>
  );
}
