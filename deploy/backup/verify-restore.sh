#!/usr/bin/env bash
# verify-restore.sh DUMP — restore drill: restores DUMP (through restore.sh, so the .sha256 is
# checked first) into a scratch database kuailv_verify_<random>, recomputes every table's rows and
# checksum with the same query backup.sh used (lib.sh) and compares them with DUMP.tables.
# Prints one line per table; the scratch database is always dropped.
#
# Environment: PGHOST PGPORT PGUSER PGPASSWORD (libpq; the role needs CREATEDB), PG_BIN (optional),
# PG_MAINTENANCE_DB (default postgres), VERIFY_RECORD_FILE (optional: one line per run is appended,
# date <TAB> OK|FAILED(exit code) <TAB> dump <TAB> tables <TAB> rows <TAB> seconds).
# Exit codes: see lib.sh (0 all tables match, 1 mismatch, 2 usage, 3 dump refused, 5 failure).
set -Eeuo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=lib.sh
. "$here/lib.sh"

(($# == 1)) || kl_die "$KL_EXIT_USAGE" "usage: verify-restore.sh DUMP"
dump=$1
manifest="$dump.tables"
[[ -f $dump ]] || kl_die "$KL_EXIT_USAGE" "$dump: no such file"
[[ -f $manifest ]] || kl_die "$KL_EXIT_REFUSED" "$manifest is missing: nothing to verify against"
maintenance_db=${PG_MAINTENANCE_DB:-postgres}
kl_require_bins pg_restore psql

scratch="kuailv_verify_$(od -An -N6 -tx1 /dev/urandom | tr -d ' \n')"
started=$SECONDS
tables=0
rows=0

finish() {
    local rc=$? result
    if ! printf '%s\n' 'SET client_min_messages = warning;' "DROP DATABASE IF EXISTS :\"scratch\" WITH (FORCE);" |
        kl_psql -d "$maintenance_db" -v scratch="$scratch" 2>&1; then
        printf '%s WARNING: could not drop scratch database %s, drop it by hand\n' "$(kl_now)" "$scratch" >&2
    else
        kl_log "dropped scratch database $scratch"
    fi
    if [[ -n ${VERIFY_RECORD_FILE:-} ]]; then
        if ((rc == 0)); then result=OK; else result="FAILED($rc)"; fi
        printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$(kl_now)" "$result" "$(basename -- "$dump")" \
            "$tables" "$rows" "$((SECONDS - started))" >>"$VERIFY_RECORD_FILE" ||
            printf '%s WARNING: could not append to %s\n' "$(kl_now)" "$VERIFY_RECORD_FILE" >&2
    fi
    exit "$rc"
}
trap finish EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

kl_log "restore drill: $dump -> scratch database $scratch"
"$here/restore.sh" "$dump" "$scratch" || exit $?

declare -A want_rows want_sum got_rows got_sum
while IFS=$'\t' read -r table count sum; do
    want_rows[$table]=$count
    want_sum[$table]=$sum
done < <(kl_manifest_body "$manifest")
actual=$(kl_manifest "$scratch")
while IFS=$'\t' read -r table count sum; do
    [[ -n $table ]] || continue
    got_rows[$table]=$count
    got_sum[$table]=$sum
done <<<"$actual"

mapfile -t names < <(printf '%s\n' "${!want_rows[@]}" "${!got_rows[@]}" | grep -v '^$' | LC_ALL=C sort -u)
failures=0
printf '%-40s %12s %12s  %-32s  %s\n' TABLE ROWS RESTORED CHECKSUM STATUS
for table in "${names[@]}"; do
    want=${want_rows[$table]:--}
    got=${got_rows[$table]:--}
    if [[ -z ${want_sum[$table]:-} ]]; then
        status='EXTRA (not in manifest)'
    elif [[ -z ${got_sum[$table]:-} ]]; then
        status='MISSING (not restored)'
    elif [[ $want == "$got" && ${want_sum[$table]} == "${got_sum[$table]}" ]]; then
        status=OK
    elif [[ $want != "$got" ]]; then
        status='MISMATCH (rows)'
    else
        status="MISMATCH (checksum, restored ${got_sum[$table]})"
    fi
    [[ $status == OK ]] || failures=$((failures + 1))
    printf '%-40s %12s %12s  %-32s  %s\n' "$table" "$want" "$got" "${want_sum[$table]:-${got_sum[$table]}}" "$status"
    if [[ $got != - ]]; then
        tables=$((tables + 1))
        rows=$((rows + got))
    fi
done

if ((${#want_rows[@]} == 0)); then
    kl_die "$KL_EXIT_MISMATCH" "VERIFY FAILED: $manifest lists no tables"
fi
if ((failures > 0)); then
    kl_die "$KL_EXIT_MISMATCH" "VERIFY FAILED: $failures of ${#names[@]} table(s) differ from $manifest"
fi
kl_log "VERIFY OK: $tables tables, $rows rows restored from $(basename -- "$dump") match its manifest ($((SECONDS - started))s)"
