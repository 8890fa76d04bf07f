# Shared by the org CI stages (org-stage.sh, package-stage.sh); sourced, never run.
# sf and the kit's launcher as the stages call them, the step markers, and the EXIT trap that deletes
# the stage's scratch org and prints exactly one PASSED or FAILED line.
# IUK_SF_BIN and IUK_CLI_BIN replace sf and the launcher (the stage tests use recording stubs).

STAGE_REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
export SF_DISABLE_AUTOUPDATE=true SF_SKIP_NEW_VERSION_CHECK=true SF_DISABLE_TELEMETRY=true
export SF_USE_PROGRESS_BAR=false SF_AUTOUPDATE_DISABLE=true

# The pinned CLI by its path, so it also runs from a copy of the project outside the checkout.
sf() { "${IUK_SF_BIN:-$STAGE_REPO/node_modules/.bin/sf}" "$@"; }
# The same launcher as `npm run iuk` (scripts/run-cli.cjs), so CI exercises what admins run.
iuk() { if [[ -n "${IUK_CLI_BIN:-}" ]]; then "$IUK_CLI_BIN" "$@"; else node "$STAGE_REPO/scripts/run-cli.cjs" "$@"; fi; }
tsx() { "$STAGE_REPO/node_modules/.bin/tsx" "$@"; }

STEP="start"
# The scratch org the EXIT trap deletes; set it as soon as the org exists.
CLEANUP_ORG=""

step() {
  STEP="$1"
  echo "--- $1"
}

# Reads one field from the --json document in a file: json_field <file> <js expression on `d`>.
json_field() {
  node -e 'const d = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")); const v = (0, eval)("(d) => " + process.argv[2])(d); process.stdout.write(v === undefined || v === null ? "" : String(v));' "$1" "$2"
}

# Prints the message of a failed `sf ... --json` (never the whole document: it could echo input).
sf_error() {
  node -e 'try { const d = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")); console.error(`${d.name ?? "Error"}: ${d.message ?? "see above"}`); } catch { console.error("sf failed without a JSON answer"); }' "$1"
}

# The EXIT trap: trap 'stage_finish $? "<stage name>"' EXIT (with $WORK, the stage's temporary folder).
stage_finish() {
  local code=$1 name=$2
  if [[ -n "$CLEANUP_ORG" ]]; then
    echo "--- deleting scratch org $CLEANUP_ORG"
    sf org delete scratch --target-org "$CLEANUP_ORG" --no-prompt >/dev/null 2>&1 || echo "warning: could not delete scratch org $CLEANUP_ORG (it expires in 1 day)"
  fi
  [[ -n "${WORK:-}" ]] && rm -rf "$WORK"
  if [[ $code -eq 0 ]]; then
    echo "$name: PASSED"
  else
    echo "$name: FAILED at step '$STEP' (exit $code)"
  fi
  exit "$code"
}
