# shellcheck shell=bash
# Shared by backup.sh, restore.sh and verify-restore.sh; sourced, not run.
#
# Connection: the standard libpq variables (PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE, ...).
# PG_BIN: optional directory holding pg_dump / pg_restore / psql (e.g. /usr/lib/postgresql/17/bin);
# without it the ones on PATH are used. Client tools must be at least the server's major version.
#
# Exit codes used by all three scripts:
#   0  success
#   1  verify-restore.sh: the restored data does not match the dump's manifest
#   2  usage or configuration error (arguments, environment, missing binaries or files)
#   3  backup set refused: .sha256 missing or not matching the dump, or .tables manifest missing
#   4  backup.sh: off-site copy failed (the local backup itself is complete and valid)
#   5  database or tool failure (pg_dump, pg_restore, psql, file system, ...)

# shellcheck disable=SC2034 # used by the scripts that source this file
readonly KL_EXIT_MISMATCH=1
readonly KL_EXIT_USAGE=2
readonly KL_EXIT_REFUSED=3
# shellcheck disable=SC2034
readonly KL_EXIT_OFFSITE=4
readonly KL_EXIT_FAILURE=5

kl_now() { date -u +%Y-%m-%dT%H:%M:%SZ; }

kl_log() { printf '%s %s\n' "$(kl_now)" "$*"; }

# kl_die CODE MESSAGE... — only from the main shell, never inside $(...).
kl_die() {
    local code=$1
    shift
    printf '%s ERROR: %s\n' "$(kl_now)" "$*" >&2
    exit "$code"
}

# Any command failing under set -e ends the script with exit code 5 and says which one failed
# (inside $(...) the original code is passed up, so the message names the tool's own code).
kl_on_err() {
    local rc=$1 cmd=$2 line=$3
    ((BASH_SUBSHELL == 0)) || exit "$rc"
    printf '%s ERROR: %s (line %s) failed with exit code %s\n' "$(kl_now)" "$cmd" "$line" "$rc" >&2
    exit "$KL_EXIT_FAILURE"
}
trap 'kl_on_err "$?" "$BASH_COMMAND" "$LINENO"' ERR

# kl_bin NAME — path of a PostgreSQL client tool, honouring PG_BIN.
kl_bin() {
    if [[ -n ${PG_BIN:-} ]]; then
        printf '%s/%s' "${PG_BIN%/}" "$1"
    else
        printf '%s' "$1"
    fi
}

kl_require_bins() {
    local tool
    for tool in "$@"; do
        command -v "$(kl_bin "$tool")" >/dev/null 2>&1 ||
            kl_die "$KL_EXIT_USAGE" "$(kl_bin "$tool") not found (set PG_BIN to the client tools directory)"
    done
}

kl_psql() { "$(kl_bin psql)" -X -q -v ON_ERROR_STOP=1 "$@"; }

kl_tool_version() { "$(kl_bin "$1")" --version | head -n 1; }

# kl_verify_sha256 DUMP — refuses (exit 3) unless DUMP.sha256 exists and matches DUMP. The expected
# hash is the first word of the file (sha256sum format), so a renamed dump still verifies.
kl_verify_sha256() {
    local dump=$1 sumfile="$1.sha256" expected actual
    [[ -f $sumfile ]] || kl_die "$KL_EXIT_REFUSED" "$sumfile is missing: refusing to use an unverifiable dump"
    read -r expected _ <"$sumfile" || true
    [[ ${expected:-} =~ ^[0-9a-f]{64}$ ]] || kl_die "$KL_EXIT_REFUSED" "$sumfile is malformed"
    read -r actual _ < <(sha256sum <"$dump")
    if [[ $actual != "$expected" ]]; then
        kl_die "$KL_EXIT_REFUSED" "checksum mismatch for $dump: expected $expected, got $actual (corrupt or tampered dump)"
    fi
    kl_log "sha256 OK: $dump ($actual)"
}

# Fixed output settings so that row::text is the same on the source and on a restored copy,
# whatever the server or role defaults are.
readonly KL_MANIFEST_SETTINGS="SET LOCAL TimeZone = 'UTC';
SET LOCAL DateStyle = 'ISO, YMD';
SET LOCAL IntervalStyle = 'postgres';
SET LOCAL extra_float_digits = 1;
SET LOCAL bytea_output = 'hex';
SET LOCAL lc_monetary = 'C';"

# One line per table of schema public (ordinary and partitioned tables, flyway_schema_history
# included): name <TAB> rows <TAB> checksum. The checksum is md5 over the row count and two exact
# (numeric) sums of the two 64-bit halves of md5(row::text): independent of row order and of
# collation, and computed in constant memory, unlike md5(string_agg(... order by ...)), which has
# to hold a whole table in one value (1 GB limit) and sorts text by the database's collation.
# FROM ONLY: every row is counted once, in the table (or partition) that stores it.
# Identifiers are quoted with %I/%L, so any table name works except ones containing tab/newline.
# shellcheck disable=SC2016 # $q$ is SQL dollar quoting, not a shell expansion
readonly KL_MANIFEST_SQL='SELECT format(
    $q$SELECT %L, count(*), md5(count(*) || $$:$$
        || coalesce(sum((($$x$$ || substr(h, 1, 16))::bit(64))::bigint), 0) || $$:$$
        || coalesce(sum((($$x$$ || substr(h, 17, 16))::bit(64))::bigint), 0))
      FROM (SELECT md5(t::text) AS h FROM ONLY %I.%I AS t) AS s$q$,
    c.relname, n.nspname, c.relname)
  FROM pg_class AS c
  JOIN pg_namespace AS n ON n.oid = c.relnamespace
 WHERE n.nspname = $$public$$ AND c.relkind IN ($$r$$, $$p$$)
 ORDER BY c.relname COLLATE "C"
\gexec'

# kl_manifest DBNAME [SNAPSHOT_ID] — prints the per-table lines for DBNAME, inside one
# REPEATABLE READ transaction (all tables from the same snapshot); with SNAPSHOT_ID, in that
# exported snapshot, i.e. exactly the data pg_dump --snapshot=SNAPSHOT_ID writes.
kl_manifest() {
    local db=$1 snapshot=${2:-} import=''
    if [[ -n $snapshot ]]; then
        import="SET TRANSACTION SNAPSHOT '$snapshot';"
    fi
    printf '%s\n' \
        'BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY;' \
        "$import" \
        "$KL_MANIFEST_SETTINGS" \
        "$KL_MANIFEST_SQL" \
        'COMMIT;' |
        kl_psql -d "$db" -A -t -F $'\t'
}

# kl_manifest_body FILE — the table lines of a .tables file (comments and blank lines dropped).
kl_manifest_body() { grep -v -e '^#' -e '^[[:space:]]*$' -- "$1" || true; }
