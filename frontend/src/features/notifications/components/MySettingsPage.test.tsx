import { fireEvent, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { meWith } from "@/testing/me";
import { jsonResponse, renderPage } from "@/testing/render";
import { MySettingsPage } from "./MySettingsPage";

const mine = {
  phone: "13800000001",
  email: "",
  smsGrades: ["MAJOR"],
  emailGrades: ["SERIOUS", "MAJOR"],
  alwaysSmsGrades: ["MAJOR"],
  smsAvailable: false,
  language: "zh-CN",
  version: 3,
};

function backend(put: (init?: RequestInit) => Response) {
  return vi.spyOn(globalThis, "fetch").mockImplementation(async (input, init) => {
    const url = String(input);
    if (url === "/api/v1/me") return jsonResponse(meWith(["tech"]));
    if (url === "/api/v1/me/notification-settings" && init?.method === "PUT") return put(init);
    if (url === "/api/v1/me/notification-settings") return jsonResponse(mine);
    return jsonResponse({ status: 404 }, 404, "application/problem+json");
  });
}

describe("my notification settings", () => {
  it("keeps MAJOR's SMS fixed, warns without an SMS account and saves at the version read", async () => {
    // Like the server: once saved, the version read before is stale (412).
    let saved = false;
    const fetch = backend((init) => {
      if (saved && new Headers(init?.headers).get("If-Match") === '"3"') {
        return jsonResponse({ status: 412 }, 412, "application/problem+json");
      }
      saved = true;
      return jsonResponse({ ...mine, smsGrades: ["UNGRADED"], version: 4 });
    });
    renderPage(<MySettingsPage />);
    expect(await screen.findByText(/平台还没有配置短信通道/)).toBeInTheDocument();
    const sms = screen.getAllByRole("checkbox", { name: "重大" })[0];
    expect(sms).toBeChecked();
    expect(sms).toBeDisabled();
    fireEvent.click(screen.getAllByRole("checkbox", { name: "未定级" })[0]);
    expect(
      screen.getByText("呼叫你的邮件用这种语言书写；短信用短信模板的语言。"),
    ).toBeInTheDocument();
    fireEvent.mouseDown(screen.getByRole("combobox", { name: "邮件语言" }));
    fireEvent.click((await screen.findAllByTitle("English")).at(-1)!);
    // A double click is the user's own repeat, never "changed elsewhere": one save at a time, and
    // a repeat carries the version the first save made.
    await userEvent.setup().dblClick(screen.getByRole("button", { name: /保\s?存/ }));
    await screen.findByText("通知设置已保存");
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(screen.queryByText(/你的设置已在别处修改/)).not.toBeInTheDocument();
    const versions = fetch.mock.calls
      .filter(([, init]) => init?.method === "PUT")
      .map(([, init]) => new Headers(init?.headers).get("If-Match"));
    expect(versions[0]).toBe('"3"');
    expect(versions.slice(1).every((v) => v === '"4"')).toBe(true);
    const put = fetch.mock.calls.find(([, init]) => init?.method === "PUT");
    expect(new Headers(put?.[1]?.headers).get("If-Match")).toBe('"3"');
    // MAJOR is the plan's rule, not a choice: only UNGRADED is sent as chosen.
    expect(JSON.parse(String(put?.[1]?.body))).toMatchObject({
      phone: "13800000001",
      smsGrades: ["UNGRADED"],
      emailGrades: ["SERIOUS", "MAJOR"],
      language: "en",
    });
  });

  it("puts a bad phone on its field, and after a change elsewhere offers to reload", async () => {
    let answer = jsonResponse(
      {
        status: 400,
        title: "请求有误",
        errors: [{ field: "phone", message: "格式不正确" }],
      },
      400,
      "application/problem+json",
    );
    backend(() => answer);
    renderPage(<MySettingsPage />);
    const phone = await screen.findByLabelText("手机号");
    fireEvent.change(phone, { target: { value: "call me" } });
    fireEvent.click(screen.getByRole("button", { name: /保\s?存/ }));
    expect(await screen.findByText(/手机号只能包含数字/)).toBeInTheDocument();
    fireEvent.change(phone, { target: { value: "13800000009" } });
    fireEvent.click(screen.getByRole("button", { name: /保\s?存/ }));
    expect(await screen.findByText("格式不正确")).toBeInTheDocument();
    answer = jsonResponse({ status: 412, title: "已被修改" }, 412, "application/problem+json");
    fireEvent.click(screen.getByRole("button", { name: /保\s?存/ }));
    fireEvent.click(await screen.findByRole("button", { name: /重新加载/ }));
    await waitFor(() => expect(screen.getByLabelText("手机号")).toHaveValue("13800000001"));
  });
});
