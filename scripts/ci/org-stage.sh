#!/usr/bin/env bash
# The org stage: deploy to a real org and run the whole workflow there. Used by .github/workflows/org-ci.yml
# and by .ci/run. Needs an org credential in the environment:
#   DEVHUB_SFDX_AUTH_URL  a Dev Hub's SFDX auth URL: a disposable scratch org is created and always deleted
#   SFDX_AUTH_URL         an existing org's SFDX auth URL (a sandbox or dev org): used as it is
# Without either it prints one SKIPPED line and exits 0: it never claims an org stage that did not run.
# Optional: IUK_ORG_ENVIRONMENT (default "scratch" for scratch orgs; chosen from the org otherwise),
#           IUK_MIN_COVERAGE (default 90), IUK_ORG_WAIT_MINUTES (default 30), IUK_ORG_ALIAS (default: unique).
# Then the package stage (scripts/ci/package-stage.sh): with a Dev Hub that has a namespace
# (IUK_PACKAGE_NAMESPACE, IUK_PACKAGE_ID) it creates package versions with code coverage, installs them in
# a fresh scratch org and provisions there; without them it prints one SKIPPED line.
set -euo pipefail

if [[ -z "${DEVHUB_SFDX_AUTH_URL:-}" && -z "${SFDX_AUTH_URL:-}" ]]; then
  echo "org stage: SKIPPED (no DEVHUB_SFDX_AUTH_URL in the environment; see docs/org-workflow.md)"
  exit 0
fi

cd "$(dirname "$0")/../.."
# shellcheck source=scripts/ci/stage-lib.sh
source scripts/ci/stage-lib.sh

ALIAS="${IUK_ORG_ALIAS:-iuk-ci-$(date +%Y%m%d%H%M%S)-$$}"
WAIT="${IUK_ORG_WAIT_MINUTES:-30}"
MIN_COVERAGE="${IUK_MIN_COVERAGE:-90}"
WORK="$(mktemp -d)"
trap 'stage_finish $? "org stage"' EXIT

if [[ -n "${DEVHUB_SFDX_AUTH_URL:-}" ]]; then
  step "log in to the Dev Hub"
  # The URL goes through stdin only, never a command line or a file. --sfdx-url-stdin comes last:
  # followed by another flag, oclif would take that flag as its value.
  printf '%s' "$DEVHUB_SFDX_AUTH_URL" | sf org login sfdx-url --alias iuk-devhub --set-default-dev-hub --json --sfdx-url-stdin >"$WORK/login.json" || {
    sf_error "$WORK/login.json"
    exit 1
  }

  step "create a scratch org"
  sf org create scratch --definition-file config/project-scratch-def.json --alias "$ALIAS" \
    --target-dev-hub iuk-devhub --duration-days 1 --wait "$WAIT" --json >"$WORK/scratch.json" || {
    sf_error "$WORK/scratch.json"
    exit 1
  }
  CLEANUP_ORG="$ALIAS"
  # Scratch usernames must be unique across all orgs: the scratch environment's suffix uses {orgId}.
  ENVIRONMENT_FLAGS=(--environment "${IUK_ORG_ENVIRONMENT:-scratch}")
else
  step "log in to the org"
  printf '%s' "$SFDX_AUTH_URL" | sf org login sfdx-url --alias "$ALIAS" --json --sfdx-url-stdin >"$WORK/login.json" || {
    sf_error "$WORK/login.json"
    exit 1
  }
  ENVIRONMENT_FLAGS=()
  [[ -n "${IUK_ORG_ENVIRONMENT:-}" ]] && ENVIRONMENT_FLAGS=(--environment "$IUK_ORG_ENVIRONMENT")
fi

step "deploy (generate, validate with tests, deploy)"
iuk deploy --target-org "$ALIAS" "${ENVIRONMENT_FLAGS[@]}" --wait "$WAIT"

step "assign the admin permission set to the org user"
# The engine refuses every call without the Manage_Integration_Users custom permission, which ships in
# this permission set (Manage Users comes from the scratch org admin's profile).
sf org assign permset --name Integration_User_Kit_Admin --target-org "$ALIAS" --json >"$WORK/permset.json" || {
  sf_error "$WORK/permset.json"
  exit 1
}

step "Apex tests with coverage"
# sf exits non-zero when tests fail; the gate below reads the result and says why.
sf apex run test --target-org "$ALIAS" --test-level RunLocalTests --code-coverage --wait "$WAIT" --json >"$WORK/apex.json" || true
npx --no-install tsx scripts/org/apex-coverage.ts "$WORK/apex.json" --min "$MIN_COVERAGE" --source force-app/core

step "plan"
iuk plan --target-org "$ALIAS"

step "provision --yes (the users, then their External Client Apps with the OAuth policies naming them)"
# The OAuth policy names the run-as user, who must exist first: deploy sent everything but the apps,
# provision creates the users and then deploys each app with its policy (docs/authentication.md).
iuk provision --target-org "$ALIAS" --yes "${ENVIRONMENT_FLAGS[@]}"

step "plan again (must be empty)"
iuk plan --target-org "$ALIAS" --json >"$WORK/plan-after.json"
REMAINING="$(json_field "$WORK/plan-after.json" 'd.result.actions.filter((a) => !a.reportOnly).length + d.result.blockers.length')"
if [[ "$REMAINING" != "0" ]]; then
  echo "The plan after provisioning is not empty ($REMAINING action(s) or blocker(s) left):"
  iuk plan --target-org "$ALIAS" || true
  exit 1
fi

step "status"
iuk status --target-org "$ALIAS"
iuk status --target-org "$ALIAS" --json >"$WORK/status.json"

step "apps run as their integration users"
# Read back with the Metadata API: every app deployed, its client credentials flow (or JWT bearer
# pre-authorisation) in place, and its policy naming this integration's user, not someone else.
APPS_NOT_READY="$(json_field "$WORK/status.json" '(d.result.apps === null ? ["(apps unreadable: " + d.result.appsError + ")"] : d.result.apps.filter((a) => a.status !== "READY").map((a) => a.integration + ": " + a.status + " " + a.message)).join("; ")')"
APP_COUNT="$(json_field "$WORK/status.json" '(d.result.apps || []).length')"
if [[ -n "$APPS_NOT_READY" || "$APP_COUNT" == "0" ]]; then
  echo "Not every External Client App is ready (${APP_COUNT} read): ${APPS_NOT_READY:-none deployed}"
  exit 1
fi
APP_INTEGRATION="$(json_field "$WORK/status.json" '(d.result.apps.find((a) => a.method === "clientCredentials") || {}).integration')"
if [[ -n "$APP_INTEGRATION" ]]; then
  iuk auth-info "$APP_INTEGRATION" --target-org "$ALIAS" --json >"$WORK/auth-info.json"
  GRANT="$(json_field "$WORK/auth-info.json" 'd.result.grantType')"
  [[ "$GRANT" == "client_credentials" ]] || { echo "auth-info gave grant type '$GRANT' for $APP_INTEGRATION."; exit 1; }
fi

step "freeze / unfreeze"
INTEGRATION="$(json_field "$WORK/status.json" '(d.result.integrations.find((i) => i.userId && i.userActive && !i.frozen) || {}).name')"
if [[ -z "$INTEGRATION" ]]; then
  echo "No provisioned, active integration user to freeze: provisioning created none."
  exit 1
fi
iuk freeze "$INTEGRATION" --target-org "$ALIAS" --reason "org stage: freeze check"
iuk status --target-org "$ALIAS" --json >"$WORK/status-frozen.json"
FROZEN="$(json_field "$WORK/status-frozen.json" "d.result.integrations.find((i) => i.name === '$INTEGRATION').frozen")"
[[ "$FROZEN" == "true" ]] || { echo "$INTEGRATION is not frozen after freeze."; exit 1; }
iuk unfreeze "$INTEGRATION" --target-org "$ALIAS" --reason "org stage: unfreeze check"

step "monitoring job and evidence export"
# One run of the daily monitoring job as the org user (a fresh org may have no ApiTotalUsage log yet:
# its days are then recorded as NO_LOG, which the evidence reports), then the evidence of every
# integration, checked against its schema by the export itself.
printf 'IntegrationUserMonitoringJob.runNow();\n' >"$WORK/monitoring.apex"
sf apex run --file "$WORK/monitoring.apex" --target-org "$ALIAS" --json >"$WORK/monitoring.json" || {
  sf_error "$WORK/monitoring.json"
  exit 1
}
iuk evidence --target-org "$ALIAS" --out "$WORK/evidence"
[[ -s "$WORK/evidence/evidence.html" && -s "$WORK/evidence/evidence.json" ]] || { echo "The evidence export wrote no report."; exit 1; }
echo "evidence: $(json_field "$WORK/evidence/evidence.json" 'd.evidence.integrations.length') integration(s); API log $(json_field "$WORK/evidence/evidence.json" 'd.evidence.apiLog.state')"

step "package stage"
# Packages are created in the Dev Hub; an org's SFDX_AUTH_URL alone cannot (the stage says so).
if [[ -n "${DEVHUB_SFDX_AUTH_URL:-}" ]]; then
  IUK_DEVHUB_ALIAS=iuk-devhub IUK_ORG_ALIAS="$ALIAS" bash scripts/ci/package-stage.sh
else
  bash scripts/ci/package-stage.sh
fi

STEP="done"
