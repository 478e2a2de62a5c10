import { Skeleton, Tabs, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { useMe } from "@/lib/me";
import {
  canManageNotifications,
  canReadDeliveries,
  canReadPolicies,
  canWritePolicies,
} from "../permissions";
import { PoliciesTab } from "./PoliciesTab";
import { ChannelsTab } from "./ChannelsTab";
import { DeliveriesTab } from "./DeliveriesTab";
import { RulesTab } from "./RulesTab";

/** Notifications: the groups' chat robots and webhooks, and what was delivered where. */
export function NotificationsPage() {
  const { t } = useTranslation();
  const me = useMe();
  if (me.isLoading) return <Skeleton active />;
  const admin = canManageNotifications(me.data);
  if (!canReadDeliveries(me.data) && !canReadPolicies(me.data)) {
    return <Typography.Paragraph role="alert">{t("notify.notAllowed")}</Typography.Paragraph>;
  }
  return (
    <>
      <Typography.Title level={3}>{t("notify.title")}</Typography.Title>
      <Tabs
        items={[
          ...(admin
            ? [{ key: "channels", label: t("notify.channels"), children: <ChannelsTab /> }]
            : []),
          ...(canReadDeliveries(me.data)
            ? [
                {
                  key: "deliveries",
                  label: t("notify.deliveries"),
                  children: <DeliveriesTab admin={admin} />,
                },
              ]
            : []),
          ...(canReadDeliveries(me.data)
            ? [{ key: "rules", label: t("rules.tab"), children: <RulesTab admin={admin} /> }]
            : []),
          ...(canReadPolicies(me.data)
            ? [
                {
                  key: "escalation",
                  label: t("escalation.tab"),
                  children: <PoliciesTab admin={canWritePolicies(me.data)} />,
                },
              ]
            : []),
        ]}
      />
    </>
  );
}
