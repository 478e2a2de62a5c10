import { WebStorageStateStore } from "oidc-client-ts";
import type { AuthProviderProps } from "react-oidc-context";
import type { AppConfig } from "./config";

export const SIGNIN_CALLBACK_PATH = "/signin-callback";

/** Authorization code + PKCE against Keycloak; tokens renewed silently with the refresh token. */
export function oidcSettings(config: AppConfig): AuthProviderProps {
  const origin = window.location.origin;
  return {
    authority: config.oidcAuthority,
    client_id: config.oidcClientId,
    redirect_uri: `${origin}${SIGNIN_CALLBACK_PATH}`,
    post_logout_redirect_uri: `${origin}/`,
    response_type: "code",
    scope: "openid profile email",
    automaticSilentRenew: true,
    userStore: new WebStorageStateStore({ store: window.sessionStorage }),
    onSigninCallback: (user) => {
      const target =
        typeof user?.state === "string" && user.state.startsWith("/") ? user.state : "/";
      window.history.replaceState({}, document.title, target);
    },
  };
}
