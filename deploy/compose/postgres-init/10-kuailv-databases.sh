#!/bin/bash
# First start of the compose PostgreSQL (empty data volume) only: one login role and one database
# each for the platform and for Keycloak, neither a superuser. Passwords come from the container's
# environment (KUAILV_DB_PASSWORD, KEYCLOAK_DB_PASSWORD; see compose.yaml) and reach SQL as psql
# variables, quoted by psql. To change a password later, ALTER ROLE by hand: this never runs again.
set -euo pipefail
: "${KUAILV_DB_PASSWORD:?KUAILV_DB_PASSWORD must be set}"
: "${KEYCLOAK_DB_PASSWORD:?KEYCLOAK_DB_PASSWORD must be set}"

psql -v ON_ERROR_STOP=1 --username "${POSTGRES_USER:-postgres}" --dbname "${POSTGRES_DB:-postgres}" \
  -v kuailv_password="$KUAILV_DB_PASSWORD" \
  -v keycloak_password="$KEYCLOAK_DB_PASSWORD" <<'SQL'
CREATE ROLE kuailv LOGIN PASSWORD :'kuailv_password';
CREATE DATABASE kuailv OWNER kuailv ENCODING 'UTF8' TEMPLATE template0;
REVOKE ALL ON DATABASE kuailv FROM PUBLIC;

CREATE ROLE keycloak LOGIN PASSWORD :'keycloak_password';
CREATE DATABASE keycloak OWNER keycloak ENCODING 'UTF8' TEMPLATE template0;
REVOKE ALL ON DATABASE keycloak FROM PUBLIC;
SQL
