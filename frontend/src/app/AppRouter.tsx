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
      { path: "detection", element: <DetectionPage /> },
      { path: "risks", element: <RiskListPage /> },
      { path: "risks/:id", element: <RiskDetailPage /> },
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
