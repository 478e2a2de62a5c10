import { App as AntApp, ConfigProvider } from "antd";
import enUS from "antd/locale/en_US";
import zhCN from "antd/locale/zh_CN";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

/**
 * antd's theme, locale and message context for the pages built with it: the desktop frame and
 * the page-link page. The driver's phone page is plain markup and never loads antd.
 */
export function AntdProvider({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  return (
    <ConfigProvider
      locale={i18n.language === "en" ? enUS : zhCN}
      // 提交, not 提 交: two-character Chinese labels read as one word.
      button={{ autoInsertSpace: false }}
      theme={{
        token: { colorPrimary: "#d4380d", borderRadius: 6 },
        // Every section fits in the top bar at 1440 px (审计日志 included), none under "…".
        components: { Menu: { itemPaddingInline: 10, iconMarginInlineEnd: 6 } },
      }}
    >
      <AntApp>{children}</AntApp>
    </ConfigProvider>
  );
}
