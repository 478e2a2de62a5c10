#!/usr/bin/env bash
# restore.sh DUMP [TARGET_DB] — checks DUMP against DUMP.sha256 (refuses on mismatch), creates
# TARGET_DB (default $PGDATABASE) if missing, then restores with
# pg_restore --clean --if-exists --no-owner --exit-on-error --single-transaction: every object of
# the dump is dropped and recreated in one transaction, so a failed restore leaves the target as
# it was. Stop the backend first when restoring over a live database (DROP waits for its locks).
#
# Environment: PGHOST PGPORT PGUSER PGPASSWORD PGDATABASE (libpq), PG_BIN (optional),
# PG_MAINTENANCE_DB (database used for CREATE DATABASE, default postgres).
# Exit codes: see lib.sh (0 ok, 2 usage, 3 dump refused, 5 failure).
set -Eeuo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=lib.sh
. "$here/lib.sh"

(($# >= 1 && $# <= 2)) || kl_die "$KL_EXIT_USAGE" "usage: restore.sh DUMP [TARGET_DB]"
dump=$1
target=${2:-${PGDATABASE:-}}
[[ -n $target ]] || kl_die "$KL_EXIT_USAGE" "no TARGET_DB given and PGDATABASE is not set"
[[ -f $dump ]] || kl_die "$KL_EXIT_USAGE" "$dump: no such file"
maintenance_db=${PG_MAINTENANCE_DB:-postgres}
kl_require_bins pg_restore psql

kl_verify_sha256 "$dump"
"$(kl_bin pg_restore)" --list -- "$dump" >/dev/null

exists=$(printf '%s\n' "SELECT 1 FROM pg_database WHERE datname = :'target';" |
    kl_psql -d "$maintenance_db" -A -t -v target="$target")
if [[ -z $exists ]]; then
    printf '%s\n' "CREATE DATABASE :\"target\" TEMPLATE template0 ENCODING 'UTF8';" |
        kl_psql -d "$maintenance_db" -v target="$target"
    kl_log "created database '$target'"
else
    kl_log "database '$target' exists: the dump's objects in it will be dropped and recreated"
fi

kl_log "restoring $dump into '$target' on ${PGHOST:-local socket}:${PGPORT:-5432} ($(kl_tool_version pg_restore))"
started=$SECONDS
"$(kl_bin pg_restore)" --clean --if-exists --no-owner --exit-on-error --single-transaction \
    --dbname="$target" -- "$dump"
# Fresh planner statistics (pg_restore does not analyze). A non-superuser cannot analyze the
# shared catalogs: those warnings are noise here.
printf '%s\n' 'SET client_min_messages = error;' 'ANALYZE;' | kl_psql -d "$target"
kl_log "restore done: '$target' from $dump in $((SECONDS - started))s (including ANALYZE)"
