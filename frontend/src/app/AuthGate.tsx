import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { hasAuthParams, useAuth } from "react-oidc-context";
import { Loading } from "@/components/Loading";
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
    // Plain markup: antd loads with the pages that use it, not before sign-in.
    return (
      <div
        role="alert"
        style={{ maxWidth: 480, margin: "64px auto", padding: 24, textAlign: "center" }}
      >
        <p style={{ fontSize: 16 }}>{t("auth.failed", { message: auth.error.message })}</p>
        <button
          type="button"
          className="kl-button kl-button-primary"
          onClick={() => void auth.signinRedirect()}
        >
          {t("auth.signInAgain")}
        </button>
      </div>
    );
  }
  if (!auth.isAuthenticated) {
    return (
      <div style={{ display: "grid", placeItems: "center", minHeight: "100vh" }}>
        <Loading label={t("auth.signingIn")} />
      </div>
    );
  }
  return <AppRouter />;
}
