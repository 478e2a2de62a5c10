import { useMemo } from "react";
import { Navigate, RouterProvider, createBrowserRouter } from "react-router";
import { WarRoomPage } from "@/features/incidents/components/WarRoomPage";
import { DetectionPage } from "@/features/detection/components/DetectionPage";
import { FieldPage } from "@/features/incidents/components/FieldPage";
import { IncidentListPage } from "@/features/incidents/components/IncidentListPage";
import { ReportIncidentPage } from "@/features/incidents/components/ReportIncidentPage";
import { RiskDetailPage } from "@/features/risks/components/RiskDetailPage";
import { RiskListPage } from "@/features/risks/components/RiskListPage";
import { AuditPage } from "@/features/audit/components/AuditPage";
import { OrgPage } from "@/features/org/components/OrgPage";
import { ArticlePage } from "@/features/knowledge/components/ArticlePage";
import { KnowledgeListPage } from "@/features/knowledge/components/KnowledgeListPage";
import { PlanPage } from "@/features/plan/components/PlanPage";
import { PlanVersionPage } from "@/features/plan/components/PlanVersionPage";
import { PlanVersionsPage } from "@/features/plan/components/PlanVersionsPage";
import { NotificationsPage } from "@/features/notifications/components/NotificationsPage";
import { PageAckPage } from "@/features/notifications/components/PageAckPage";
import { SafeguardsPage } from "@/features/safeguards/components/SafeguardsPage";
import { AppShell } from "./AppShell";

export const routes = [
  {
    path: "/",
    element: <AppShell />,
    children: [
      { index: true, element: <Navigate to="/incidents" replace /> },
      { path: "incidents", element: <IncidentListPage /> },
      { path: "incidents/new", element: <ReportIncidentPage /> },
      { path: "incidents/:id", element: <WarRoomPage /> },
      { path: "m", element: <FieldPage /> },
      { path: "m/pages/:token", element: <PageAckPage /> },
      { path: "detection", element: <DetectionPage /> },
      { path: "risks", element: <RiskListPage /> },
      { path: "risks/:id", element: <RiskDetailPage /> },
      { path: "knowledge", element: <KnowledgeListPage /> },
      { path: "knowledge/:id", element: <ArticlePage /> },
      { path: "plan", element: <PlanPage /> },
      { path: "plan/versions", element: <PlanVersionsPage /> },
      { path: "plan/versions/:id", element: <PlanVersionPage /> },
      { path: "safeguards", element: <SafeguardsPage /> },
      { path: "notifications", element: <NotificationsPage /> },
      { path: "audit", element: <AuditPage /> },
      { path: "org", element: <OrgPage /> },
      { path: "*", element: <Navigate to="/incidents" replace /> },
    ],
  },
];

export function AppRouter() {
  const router = useMemo(() => createBrowserRouter(routes), []);
  return <RouterProvider router={router} />;
}
