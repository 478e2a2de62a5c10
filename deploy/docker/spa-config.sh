#!/bin/sh
# Writes the SPA's runtime configuration from the environment at container start.
set -eu
: "${KUAILV_OIDC_AUTHORITY:?set KUAILV_OIDC_AUTHORITY to the Keycloak realm URL}"
: "${KUAILV_OIDC_CLIENT_ID:?set KUAILV_OIDC_CLIENT_ID to the SPA client id}"
printf '{"oidcAuthority":"%s","oidcClientId":"%s"}\n' \
  "$KUAILV_OIDC_AUTHORITY" "$KUAILV_OIDC_CLIENT_ID" >/usr/share/nginx/html/config.json
