import { type ComponentType, Suspense, lazy } from "react";
import { BrowserRouter, Navigate, useRoutes } from "react-router";
import { Loading } from "@/components/Loading";
import { PhoneShell } from "./PhoneShell";
import { RequirePermission } from "./RequirePermission";

/** The desktop frame (menu, drawer, user menu): a chunk of its own, not loaded by phone pages. */
const AppShell = lazy(() => import("./AppShell").then((module) => ({ default: module.AppShell })));

/** A page loaded when first visited: each route is its own chunk, so the phone page stays light. */
function page<K extends string>(
  load: () => Promise<Record<K, ComponentType>>,
  name: K,
  permission?: string,
) {
  const Page: ComponentType = lazy(() =>
    load().then((module) => ({ default: module[name] as ComponentType })),
  );
  const loaded = (
    <Suspense fallback={<Loading />}>
      <Page />
    </Suspense>
  );
  return permission ? (
    <RequirePermission permission={permission}>{loaded}</RequirePermission>
  ) : (
    loaded
  );
}

export const routes = [
  {
    path: "/m",
    element: <PhoneShell />,
    children: [
      {
        index: true,
        element: page(() => import("@/features/incidents/components/FieldPage"), "FieldPage"),
      },
      {
        path: "pages/:token",
        element: page(
          () => import("@/features/notifications/components/PageAckPage"),
          "PageAckPage",
        ),
      },
    ],
  },
  {
    path: "/",
    element: (
      <Suspense fallback={<Loading />}>
        <AppShell />
      </Suspense>
    ),
    children: [
      { index: true, element: <Navigate to="/incidents" replace /> },
      {
        path: "me/notifications",
        element: page(
          () => import("@/features/notifications/components/MySettingsPage"),
          "MySettingsPage",
          "me:notification-settings",
        ),
      },
      {
        path: "incidents",
        element: page(
          () => import("@/features/incidents/components/IncidentListPage"),
          "IncidentListPage",
          "incident:read",
        ),
      },
      {
        path: "incidents/new",
        element: page(
          () => import("@/features/incidents/components/ReportIncidentPage"),
          "ReportIncidentPage",
        ),
      },
      {
        path: "incidents/:id",
        element: page(
          () => import("@/features/incidents/components/WarRoomPage"),
          "WarRoomPage",
          "incident:read",
        ),
      },
      {
        path: "detection",
        element: page(
          () => import("@/features/detection/components/DetectionPage"),
          "DetectionPage",
          "alert:read",
        ),
      },
      {
        path: "risks",
        element: page(
          () => import("@/features/risks/components/RiskListPage"),
          "RiskListPage",
          "risk:read",
        ),
      },
      {
        path: "risks/:id",
        element: page(
          () => import("@/features/risks/components/RiskDetailPage"),
          "RiskDetailPage",
          "risk:read",
        ),
      },
      {
        path: "knowledge",
        element: page(
          () => import("@/features/knowledge/components/KnowledgeListPage"),
          "KnowledgeListPage",
          "knowledge:read",
        ),
      },
      {
        path: "knowledge/:id",
        element: page(
          () => import("@/features/knowledge/components/ArticlePage"),
          "ArticlePage",
          "knowledge:read",
        ),
      },
      {
        path: "plan",
        element: page(
          () => import("@/features/plan/components/PlanPage"),
          "PlanPage",
          "plan:read-published",
        ),
      },
      {
        path: "plan/versions",
        element: page(
          () => import("@/features/plan/components/PlanVersionsPage"),
          "PlanVersionsPage",
          "plan:read",
        ),
      },
      {
        path: "plan/versions/:id",
        element: page(
          () => import("@/features/plan/components/PlanVersionPage"),
          "PlanVersionPage",
          "plan:read",
        ),
      },
      {
        path: "safeguards",
        element: page(
          () => import("@/features/safeguards/components/SafeguardsPage"),
          "SafeguardsPage",
          "safeguard:read",
        ),
      },
      {
        path: "notifications",
        element: page(
          () => import("@/features/notifications/components/NotificationsPage"),
          "NotificationsPage",
          // Tech reads escalation policies there; the page shows each tab to whom it may.
          "escalation:read",
        ),
      },
      {
        path: "audit",
        element: page(
          () => import("@/features/audit/components/AuditPage"),
          "AuditPage",
          "audit:read",
        ),
      },
      {
        path: "org",
        element: page(
          () => import("@/features/org/components/OrgPage"),
          "OrgPage",
          "org:read-groups",
        ),
      },
      { path: "*", element: <Navigate to="/incidents" replace /> },
    ],
  },
];

/**
 * The routes in react-router's declarative mode: the app loads its data with TanStack Query, so
 * the data router (loaders, actions, fetchers) would be weight every page carries for nothing.
 */
export function AppRouter() {
  return (
    <BrowserRouter>
      <Routes />
    </BrowserRouter>
  );
}

function Routes() {
  return useRoutes(routes);
}
