import { Button, Spin } from "antd";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { hasAuthParams, useAuth } from "react-oidc-context";
import { setAccessTokenSource } from "@/lib/api-client";
import { AppRouter } from "./AppRouter";

/** Nothing but the sign-in redirect happens until the user is signed in. */
export function AuthGate() {
  const auth = useAuth();
  const { t, i18n } = useTranslation();
  setAccessTokenSource(() => auth.user?.access_token);

  const needsSignIn =
    !hasAuthParams() &&
    !auth.isAuthenticated &&
    !auth.activeNavigator &&
    !auth.isLoading &&
    !auth.error;

  useEffect(() => {
    if (needsSignIn) {
      void auth.signinRedirect({
        state: window.location.pathname + window.location.search,
        extraQueryParams: { ui_locales: i18n.language },
      });
    }
  }, [needsSignIn, auth, i18n.language]);

  if (auth.error) {
    // Plain markup: antd's Result brings its illustrations into every page's first load.
    return (
      <div
        role="alert"
        style={{ maxWidth: 480, margin: "64px auto", padding: 24, textAlign: "center" }}
      >
        <p style={{ fontSize: 16 }}>{t("auth.failed", { message: auth.error.message })}</p>
        <Button type="primary" onClick={() => void auth.signinRedirect()}>
          {t("auth.signInAgain")}
        </Button>
      </div>
    );
  }
  if (!auth.isAuthenticated) {
    return (
      <div style={{ display: "grid", placeItems: "center", minHeight: "100vh" }}>
        <Spin size="large" tip={t("auth.signingIn")}>
          <div style={{ width: 200, height: 80 }} />
        </Spin>
      </div>
    );
  }
  return <AppRouter />;
}
