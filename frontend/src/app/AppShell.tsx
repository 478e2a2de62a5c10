import {
  AlertOutlined,
  AuditOutlined,
  BookOutlined,
  FileProtectOutlined,
  HeatMapOutlined,
  MonitorOutlined,
  NotificationOutlined,
  MenuOutlined,
  MobileOutlined,
  SafetyCertificateOutlined,
  TeamOutlined,
  UnorderedListOutlined,
} from "@ant-design/icons";
import { Button, Dropdown, Grid, Layout, Menu, Space } from "antd";
import { Suspense, lazy, useState } from "react";
import { useTranslation } from "react-i18next";
import { useAuth } from "react-oidc-context";
import { Outlet, useLocation, useNavigate } from "react-router";
import { changeLanguage } from "@/lib/i18n";
import { AntdProvider } from "@/components/AntdProvider";
import { canReadAudit } from "@/features/audit/permissions";
import { canReadKnowledge } from "@/features/knowledge/permissions";
import { canReadPlan } from "@/features/plan/permissions";
import { canReadRisks } from "@/features/risks/permissions";
import { canReadDeliveries } from "@/features/notifications/permissions";
import { canReadSafeguards } from "@/features/safeguards/permissions";
import { can, useMe } from "@/lib/me";

/** The menu drawer of narrow screens loads when first opened. */
const MenuDrawer = lazy(() => import("./MenuDrawer"));

/** The desktop frame: top bar (a drawer on narrow screens), user menu, and the page below. */
export function AppShell() {
  return (
    <AntdProvider>
      <DesktopFrame />
    </AntdProvider>
  );
}

function DesktopFrame() {
  const { t, i18n } = useTranslation();
  const auth = useAuth();
  const me = useMe(); // also tells the backend who signed in, so they can be given tasks
  const navigate = useNavigate();
  const location = useLocation();
  const screens = Grid.useBreakpoint();
  const [drawerOpen, setDrawerOpen] = useState(false);
  const [drawerUsed, setDrawerUsed] = useState(false);
  const wide = screens.md ?? false;

  const items = [
    { key: "/incidents", icon: <UnorderedListOutlined />, label: t("nav.incidents") },
    { key: "/incidents/new", icon: <AlertOutlined />, label: t("nav.reportShort") },
    { key: "/m", icon: <MobileOutlined />, label: t("nav.field") },
    ...(can(me.data, "alert:read")
      ? [{ key: "/detection", icon: <MonitorOutlined />, label: t("nav.detection") }]
      : []),
    ...(canReadRisks(me.data)
      ? [{ key: "/risks", icon: <HeatMapOutlined />, label: t("risk.nav") }]
      : []),
    ...(canReadKnowledge(me.data)
      ? [{ key: "/knowledge", icon: <BookOutlined />, label: t("knowledge.nav") }]
      : []),
    ...(canReadPlan(me.data)
      ? [{ key: "/plan", icon: <FileProtectOutlined />, label: t("plan.nav") }]
      : []),
    ...(canReadSafeguards(me.data)
      ? [
          {
            key: "/safeguards",
            icon: <SafetyCertificateOutlined />,
            label: t("safeguard.nav"),
          },
        ]
      : []),
    { key: "/org", icon: <TeamOutlined />, label: t("org.nav") },
    ...(canReadDeliveries(me.data)
      ? [{ key: "/notifications", icon: <NotificationOutlined />, label: t("notify.nav") }]
      : []),
    ...(canReadAudit(me.data)
      ? [{ key: "/audit", icon: <AuditOutlined />, label: t("audit.nav") }]
      : []),
  ];
  // A page under a section (a risk, an article, a plan version) keeps the section highlighted.
  const section =
    ["/risks", "/knowledge", "/plan"].find((prefix) =>
      location.pathname.startsWith(`${prefix}/`),
    ) ?? location.pathname;
  // Incident pages (the list, the war room, a report, the phone page) keep 故障列表 highlighted; a
  // page the user may not open (no item of its own in the menu) highlights nothing.
  const incidentPage = section === "/" || /^\/(incidents|m)(\/|$)/.test(section);
  const selected = incidentPage
    ? "/incidents"
    : (items.find((item) => item.key === section)?.key ?? "");
  const go = ({ key }: { key: string }) => {
    setDrawerOpen(false);
    void navigate(key);
  };
  const profile = auth.user?.profile;
  const who = profile?.name ?? profile?.preferred_username ?? "";
  const toggleLanguage = () => void changeLanguage(i18n.language === "en" ? "zh-CN" : "en");

  return (
    <Layout style={{ minHeight: "100vh" }}>
      <Layout.Header
        style={{
          display: "flex",
          alignItems: "center",
          gap: 12,
          paddingInline: wide ? 24 : 12,
          background: "#fff",
          borderBottom: "1px solid #f0f0f0",
        }}
      >
        {!wide && (
          <Button
            type="text"
            icon={<MenuOutlined />}
            aria-label={t("nav.menu")}
            onClick={() => {
              setDrawerUsed(true);
              setDrawerOpen(true);
            }}
          />
        )}
        <strong style={{ fontSize: 16, whiteSpace: "nowrap" }}>
          {screens.xxl ? t("app.name") : t("app.shortName")}
        </strong>
        {wide && (
          <Menu
            mode="horizontal"
            selectedKeys={[selected]}
            items={items}
            onClick={go}
            style={{ flex: 1, minWidth: 0, borderBottom: "none" }}
          />
        )}
        <Space style={{ marginLeft: "auto" }} size={wide ? "middle" : "small"}>
          <Button size="small" onClick={toggleLanguage} data-testid="language-switch">
            {t("language.switchTo")}
          </Button>
          <Dropdown
            menu={{
              items: [
                ...(can(me.data, "me:notification-settings")
                  ? [{ key: "settings", label: t("mySettings.menu") }]
                  : []),
                { key: "signout", label: t("auth.signOut") },
              ],
              onClick: ({ key }) =>
                key === "settings"
                  ? void navigate("/me/notifications")
                  : void auth.signoutRedirect(),
            }}
          >
            <Button size="small" type="text" data-testid="user-menu">
              <span
                style={{
                  display: "inline-block",
                  maxWidth: wide ? 240 : 96,
                  overflow: "hidden",
                  textOverflow: "ellipsis",
                  whiteSpace: "nowrap",
                  verticalAlign: "bottom",
                }}
              >
                {who}
              </span>
            </Button>
          </Dropdown>
        </Space>
      </Layout.Header>
      {drawerUsed && (
        <Suspense>
          <MenuDrawer
            open={drawerOpen}
            onClose={() => setDrawerOpen(false)}
            title={t("app.name")}
            selectedKeys={[selected]}
            items={items}
            onClick={go}
          />
        </Suspense>
      )}
      <Layout.Content
        style={{ padding: wide ? 24 : 12, maxWidth: 1200, width: "100%", margin: "0 auto" }}
      >
        <Outlet />
      </Layout.Content>
    </Layout>
  );
}
