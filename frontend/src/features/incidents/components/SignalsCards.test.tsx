import { fireEvent, screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { jsonResponse, renderPage } from "@/testing/render";
import { IncidentAlertsCard, RecentChangesCard } from "./SignalsCards";

const alert = {
  id: 5,
  integrationId: 2,
  dedupKey: "oms-5xx",
  status: "ACKNOWLEDGED",
  severity: "CRITICAL",
  summary: "订单接口 5xx 比例超过 20%",
  source: "oms-1",
  count: 3,
  firstSeenAt: "2026-11-30T00:10:00Z",
  lastSeenAt: "2026-11-30T00:12:00Z",
  acknowledgedAt: "2026-11-30T00:13:00Z",
  incidentId: 42,
  details: { custom_details: "Triggered metrics: http_5xx_ratio=0.27" },
};

describe("war room signals", () => {
  it("shows the incident's alerts with the sender's acknowledgement and details as sent", async () => {
    const fetch = vi
      .spyOn(globalThis, "fetch")
      .mockResolvedValue(jsonResponse({ items: [alert], page: 0, size: 20, total: 1 }));
    renderPage(<IncidentAlertsCard incidentId={42} />);
    expect(await screen.findByText("关联告警（1）")).toBeInTheDocument();
    expect(screen.getByText("发送方已确认")).toBeInTheDocument();
    expect(screen.getByText("严重")).toBeInTheDocument();
    fireEvent.click(screen.getByText("订单接口 5xx 比例超过 20%"));
    expect(await screen.findByText("Triggered metrics: http_5xx_ratio=0.27")).toBeInTheDocument();
    expect(String(fetch.mock.calls[0][0])).toContain("incidentId=42");
  });

  it("lists recent changes with their web links only", async () => {
    vi.spyOn(globalThis, "fetch").mockResolvedValue(
      jsonResponse([
        {
          id: 1,
          integrationId: 2,
          integrationName: "OMS 发布",
          summary: "oms 发布 v5.2.0",
          source: "oms",
          happenedAt: "2026-11-29T23:40:00Z",
          customDetails: { build: 520 },
          links: [
            { href: "https://ci.example/oms/520", text: "CI 520" },
            { href: "javascript:alert(1)", text: "bad" },
          ],
        },
      ]),
    );
    renderPage(<RecentChangesCard incidentId={42} />);
    expect(await screen.findByText("oms 发布 v5.2.0")).toBeInTheDocument();
    expect(screen.getByText("2026-11-30 07:40", { exact: false })).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "CI 520 (ci.example)" })).toHaveAttribute(
      "href",
      "https://ci.example/oms/520",
    );
    expect(screen.queryByRole("link", { name: "bad" })).not.toBeInTheDocument();
  });
});
