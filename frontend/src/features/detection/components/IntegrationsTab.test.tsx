import { fireEvent, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { jsonResponse, renderPage } from "@/testing/render";
import { IntegrationsTab } from "./IntegrationsTab";

const existing = {
  id: 7,
  name: "Prometheus 生产",
  type: "ALERTMANAGER",
  keyHint: "AbCdEf…",
  url: "/api/v1/intake/alertmanager/{key}",
  createdAt: "2026-11-27T20:00:00Z",
  keyRotatedAt: "2026-11-27T20:00:00Z",
};

describe("integrations", () => {
  it("lists integrations without their keys and shows a new key once", async () => {
    const fetch = vi.spyOn(globalThis, "fetch").mockImplementation(async (_url, init) => {
      if (init?.method === "POST") {
        return jsonResponse(
          {
            ...existing,
            id: 8,
            name: "OMS",
            type: "EVENTS",
            url: "/api/v1/events",
            key: "s3cr3t-key",
          },
          201,
        );
      }
      return jsonResponse([existing]);
    });
    renderPage(<IntegrationsTab />);
    expect(await screen.findByText("Prometheus 生产")).toBeInTheDocument();
    expect(screen.getByText("密钥 AbCdEf…", { exact: false })).toBeInTheDocument();

    fireEvent.click(screen.getByRole("button", { name: "新建集成" }));
    await userEvent.type(await screen.findByLabelText("名称"), "OMS");
    fireEvent.click(screen.getByRole("button", { name: /确\s?定|OK/ }));
    expect(await screen.findByTestId("revealed-key")).toHaveTextContent("s3cr3t-key");
    const post = fetch.mock.calls.find(([, init]) => init?.method === "POST");
    expect(JSON.parse(String(post?.[1]?.body))).toEqual({ name: "OMS", type: "ALERTMANAGER" });
  });

  it("asks for a heartbeat interval before creating a heartbeat", async () => {
    const fetch = vi.spyOn(globalThis, "fetch").mockResolvedValue(jsonResponse([]));
    renderPage(<IntegrationsTab />);
    fireEvent.click(await screen.findByRole("button", { name: "新建集成" }));
    await userEvent.type(await screen.findByLabelText("名称"), "WMS 心跳");
    fireEvent.mouseDown(screen.getByRole("combobox", { name: "类型" }));
    const option = (await screen.findAllByText("心跳")).at(-1)!;
    fireEvent.click(option);
    expect(await screen.findByLabelText("心跳间隔（秒）")).toBeInTheDocument();
    fireEvent.click(screen.getByRole("button", { name: /确\s?定|OK/ }));
    expect(await screen.findByText("心跳类型需要间隔")).toBeInTheDocument();
    await waitFor(() =>
      expect(fetch.mock.calls.some(([, init]) => init?.method === "POST")).toBe(false),
    );
  });

  it("binds an events integration to an OIDC client and shows the binding", async () => {
    const bound = { ...existing, id: 9, name: "WMS", type: "EVENTS", clientId: "wms-prod" };
    const fetch = vi
      .spyOn(globalThis, "fetch")
      .mockImplementation(async (_url, init) =>
        init?.method === "POST"
          ? jsonResponse({ ...bound, id: 10, key: "k3y" }, 201)
          : jsonResponse([bound]),
      );
    renderPage(<IntegrationsTab />);
    expect(
      await screen.findByText("客户端 wms-prod 可凭令牌发送", { exact: false }),
    ).toBeInTheDocument();
    fireEvent.click(screen.getByRole("button", { name: "新建集成" }));
    await userEvent.type(await screen.findByLabelText("名称"), "WMS");
    fireEvent.mouseDown(screen.getByRole("combobox", { name: "类型" }));
    fireEvent.click((await screen.findAllByText("事件 API（供应链系统）")).at(-1)!);
    const client = await screen.findByLabelText("OIDC 客户端（可选）");
    await userEvent.type(client, "wms prod");
    fireEvent.click(screen.getByRole("button", { name: /确\s?定|OK/ }));
    expect(await screen.findByText("只能包含字母、数字和 . _ : -")).toBeInTheDocument();
    await userEvent.clear(client);
    await userEvent.type(client, "wms-prod-2");
    fireEvent.click(screen.getByRole("button", { name: /确\s?定|OK/ }));
    expect(await screen.findByTestId("revealed-key")).toHaveTextContent("k3y");
    const post = fetch.mock.calls.find(([, init]) => init?.method === "POST");
    expect(JSON.parse(String(post?.[1]?.body))).toEqual({
      name: "WMS",
      type: "EVENTS",
      clientId: "wms-prod-2",
    });
  });

  it("renames an integration and unbinds its client on top of the version it was read at", async () => {
    const bound = { ...existing, id: 11, version: 4, name: "TMS", type: "EVENTS", clientId: "tms" };
    const fetch = vi
      .spyOn(globalThis, "fetch")
      .mockImplementation(async (_url, init) =>
        init?.method === "PUT"
          ? jsonResponse({ ...bound, version: 5, name: "TMS 运输", clientId: null })
          : jsonResponse([bound]),
      );
    renderPage(<IntegrationsTab />);
    fireEvent.click(await screen.findByRole("button", { name: /修\s?改/ }));
    const name = await screen.findByLabelText("名称");
    await userEvent.clear(name);
    await userEvent.type(name, "TMS 运输");
    await userEvent.clear(screen.getByLabelText("OIDC 客户端（可选）"));
    fireEvent.click(screen.getByRole("button", { name: /确\s?定|OK/ }));
    await waitFor(() =>
      expect(fetch.mock.calls.some(([, init]) => init?.method === "PUT")).toBe(true),
    );
    const [url, init] = fetch.mock.calls.find(([, call]) => call?.method === "PUT")!;
    expect(String(url)).toContain("/integrations/11");
    expect(new Headers(init?.headers).get("If-Match")).toBe('"4"');
    expect(JSON.parse(String(init?.body))).toEqual({ name: "TMS 运输", clientId: "" });
  });
});
