import { useTranslation } from "react-i18next";
import { useAuth } from "react-oidc-context";
import { Link, Outlet } from "react-router";
import { changeLanguage } from "@/lib/i18n";

/**
 * The frame of the phone pages (/m, a page link): the name, the language switch, sign-out and a
 * way to the full site, and nothing else, so a driver's phone loads little before it shows them.
 * Plain markup: antd is loaded only by the pages that use it.
 */
export function PhoneShell() {
  const { t, i18n } = useTranslation();
  const auth = useAuth();
  return (
    <div style={{ minHeight: "100vh", background: "#f5f5f5" }}>
      <header
        style={{
          display: "flex",
          alignItems: "center",
          gap: 8,
          padding: "8px 12px",
          background: "#fff",
          borderBottom: "1px solid #f0f0f0",
        }}
      >
        <strong style={{ fontSize: 16, whiteSpace: "nowrap" }}>{t("app.shortName")}</strong>
        <Link to="/incidents" style={{ marginLeft: "auto", whiteSpace: "nowrap" }}>
          {t("nav.fullSite")}
        </Link>
        <button
          type="button"
          className="kl-button kl-button-small"
          onClick={() => void changeLanguage(i18n.language === "en" ? "zh-CN" : "en")}
          data-testid="language-switch"
        >
          {t("language.switchTo")}
        </button>
        <button
          type="button"
          className="kl-button kl-button-small kl-button-text"
          onClick={() => void auth.signoutRedirect()}
          data-testid="sign-out"
        >
          {t("auth.signOut")}
        </button>
      </header>
      <main style={{ padding: 12 }}>
        <Outlet />
      </main>
    </div>
  );
}
