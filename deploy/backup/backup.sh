#!/usr/bin/env bash
# Logical backup of the kuailv database: $BACKUP_DIR/kuailv-YYYYmmddTHHMMSSZ.dump (pg_dump custom
# format, UTC time stamp) plus <dump>.sha256 and <dump>.tables (per-table rows and checksums taken
# in the very snapshot the dump was taken in). Then the optional off-site copy, then retention.
#
# Environment: PGHOST PGPORT PGUSER PGPASSWORD PGDATABASE (libpq), BACKUP_DIR (required),
# BACKUP_RETENTION_DAYS (14), BACKUP_KEEP_MIN (3), BACKUP_OFFSITE_CMD (optional), PG_BIN (optional).
# Exit codes: see lib.sh (0 ok, 2 usage, 4 off-site copy failed, 5 failure).
set -Eeuo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=lib.sh
. "$here/lib.sh"

(($# == 0)) || kl_die "$KL_EXIT_USAGE" "usage: backup.sh (configured by environment variables, see README.md)"
[[ -n ${BACKUP_DIR:-} ]] || kl_die "$KL_EXIT_USAGE" "BACKUP_DIR is not set"
[[ -n ${PGDATABASE:-} ]] || kl_die "$KL_EXIT_USAGE" "PGDATABASE is not set"
retention_days=${BACKUP_RETENTION_DAYS:-14}
keep_min=${BACKUP_KEEP_MIN:-3}
[[ $retention_days =~ ^[0-9]+$ ]] || kl_die "$KL_EXIT_USAGE" "BACKUP_RETENTION_DAYS must be a whole number of days"
[[ $keep_min =~ ^[0-9]+$ ]] || kl_die "$KL_EXIT_USAGE" "BACKUP_KEEP_MIN must be a whole number"
kl_require_bins pg_dump psql
db=$PGDATABASE

mkdir -p -- "$BACKUP_DIR"
# One backup at a time per directory (the lock goes away with the process).
if command -v flock >/dev/null 2>&1; then
    exec {lock_fd}>"$BACKUP_DIR/.backup.lock"
    flock -n "$lock_fd" || kl_die "$KL_EXIT_FAILURE" "another backup is running in $BACKUP_DIR"
fi

tmp_dump=''
tmp_tables=''
tmp_sha=''
holder_pid=''
holder_in=''
cleanup() {
    if [[ -n $holder_in ]]; then exec {holder_in}>&-; fi
    if [[ -n $holder_pid ]]; then kill "$holder_pid" 2>/dev/null || true; fi
    rm -f -- ${tmp_dump:+"$tmp_dump"} ${tmp_tables:+"$tmp_tables"} ${tmp_sha:+"$tmp_sha"}
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

kl_log "backup of database '$db' on ${PGHOST:-local socket}:${PGPORT:-5432} starting ($(kl_tool_version pg_dump))"
server_version=$(kl_psql -d "$db" -A -t -c 'SHOW server_version')

# A session that exports its snapshot and stays in its transaction until pg_dump has imported it.
# The manifest and pg_dump both import that snapshot, so they see exactly the same rows even while
# the platform keeps writing. The file name carries the snapshot's time (UTC).
coproc HOLDER { kl_psql -d "$db" -A -t -F ' '; }
# shellcheck disable=SC2153 # HOLDER_PID is set by coproc
holder_pid=$HOLDER_PID
holder_in=${HOLDER[1]}
holder_out=${HOLDER[0]}
printf '%s\n' \
    'SET idle_in_transaction_session_timeout = 0;' \
    'BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY;' \
    "SELECT pg_export_snapshot(), to_char(now() AT TIME ZONE 'UTC', 'YYYYMMDD\"T\"HH24MISS\"Z\"');" >&"$holder_in"
snapshot=''
stamp=''
if ! read -r -t 60 -u "$holder_out" snapshot stamp ||
    [[ ! $snapshot =~ ^[0-9A-Fa-f-]+$ || ! $stamp =~ ^[0-9]{8}T[0-9]{6}Z$ ]]; then
    kl_die "$KL_EXIT_FAILURE" "could not export a snapshot from '$db' (got '${snapshot:-nothing}')"
fi

name="kuailv-$stamp.dump"
dump="$BACKUP_DIR/$name"
[[ ! -e $dump ]] || kl_die "$KL_EXIT_FAILURE" "$dump already exists"
tmp_dump="$BACKUP_DIR/.$name.partial"
tmp_tables="$BACKUP_DIR/.$name.tables.partial"
tmp_sha="$BACKUP_DIR/.$name.sha256.partial"
kl_log "snapshot $snapshot exported; writing manifest and dump from it"

{
    printf '# kuailv backup manifest v1: table<TAB>rows<TAB>checksum (computation in lib.sh)\n'
    printf '# dump: %s\n# database: %s\n# server_version: %s\n# snapshot: %s (taken %s)\n' \
        "$name" "$db" "$server_version" "$snapshot" "$stamp"
    kl_manifest "$db" "$snapshot"
} >"$tmp_tables"

started=$SECONDS
"$(kl_bin pg_dump)" --format=custom --snapshot="$snapshot" --file="$tmp_dump" --dbname="$db"
dump_seconds=$((SECONDS - started))

# pg_dump holds its own locks and snapshot now; end the exporting transaction.
printf 'COMMIT;\n' >&"$holder_in"
exec {holder_in}>&-
holder_in=''
wait "$holder_pid" || kl_die "$KL_EXIT_FAILURE" "the snapshot session ended with an error"
holder_pid=''

read -r sha _ < <(sha256sum <"$tmp_dump")
printf '%s  %s\n' "$sha" "$name" >"$tmp_sha"
sync -- "$tmp_dump" "$tmp_tables" "$tmp_sha"
# The .dump appears last: a kuailv-*.dump file is always complete and has both companions.
mv -- "$tmp_tables" "$dump.tables"
mv -- "$tmp_sha" "$dump.sha256"
mv -- "$tmp_dump" "$dump"
sync -- "$BACKUP_DIR"

tables=0
rows=0
while IFS=$'\t' read -r _ count _; do
    tables=$((tables + 1))
    rows=$((rows + count))
done < <(kl_manifest_body "$dump.tables")
kl_log "wrote $dump ($(du -h -- "$dump" | cut -f1), pg_dump took ${dump_seconds}s)"
kl_log "wrote $dump.sha256 ($sha)"
kl_log "wrote $dump.tables ($tables tables in schema public, $rows rows)"

# Off-site copy: BACKUP_OFFSITE_CMD is run by bash with the file as $1 (also exported as
# BACKUP_FILE), once per file; the dump goes last. Any failure stops here, before retention.
if [[ -n ${BACKUP_OFFSITE_CMD:-} ]]; then
    for file in "$dump.tables" "$dump.sha256" "$dump"; do
        if ! BACKUP_FILE=$file bash -c "$BACKUP_OFFSITE_CMD" kuailv-offsite "$file"; then
            kl_die "$KL_EXIT_OFFSITE" "OFF-SITE COPY FAILED for $file (command: $BACKUP_OFFSITE_CMD); local backup $dump is complete"
        fi
        kl_log "off-site copy done: $file"
    done
else
    kl_log "BACKUP_OFFSITE_CMD not set: no off-site copy"
fi

# Retention: dumps older than BACKUP_RETENTION_DAYS go, but the newest BACKUP_KEEP_MIN always stay.
# Age comes from the UTC time stamp in the name (copying a file does not make it young again).
cutoff=$(date -u -d "-$retention_days days" +%Y%m%dT%H%M%SZ)
shopt -s nullglob
dumps=("$BACKUP_DIR"/kuailv-????????T??????Z.dump)
shopt -u nullglob
deleted=0
for ((i = ${#dumps[@]} - 1 - keep_min; i >= 0; i--)); do # oldest first, newest keep_min skipped
    old=${dumps[i]##*/}
    old_stamp=${old#kuailv-}
    old_stamp=${old_stamp%.dump}
    if [[ $old_stamp < $cutoff ]]; then
        rm -f -- "$BACKUP_DIR/$old" "$BACKUP_DIR/$old.sha256" "$BACKUP_DIR/$old.tables"
        kl_log "retention: deleted $old"
        deleted=$((deleted + 1))
    fi
done
# Leftovers of runs killed before their cleanup could run.
find "$BACKUP_DIR" -maxdepth 1 -type f -name '.kuailv-*.partial' -mmin +1440 -delete
kl_log "retention: kept $((${#dumps[@]} - deleted)) dump(s), deleted $deleted (older than $retention_days days, newest $keep_min always kept)"
kl_log "backup done: $dump"
