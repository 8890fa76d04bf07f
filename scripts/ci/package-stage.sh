#!/usr/bin/env bash
# The package stage of the org CI (docs/packaging.md): what only a Dev Hub with a namespace can prove.
# Run by scripts/ci/org-stage.sh after the source-deploy workflow, with the Dev Hub logged in as
# $IUK_DEVHUB_ALIAS. It needs, in the environment (repository variables in GitHub Actions; ids, not secrets):
#   IUK_PACKAGE_NAMESPACE      the namespace linked to the Dev Hub, e.g. "iuk"
#   IUK_PACKAGE_ID             the 0Ho id of the "Integration User Kit" managed package (sf package create, once)
#   IUK_CONNECTOR_PACKAGE_ID   optional: the 0Ho id of "Integration User Kit Example Connector"
# Without the namespace and the package id it prints one SKIPPED line and exits 0.
# Steps: a copy of the project under the namespace; a package version of the core with --code-coverage
# (the coverage a promotion needs is checked); the connector's version on top of it; a fresh scratch org
# WITHOUT the namespace (a subscriber); install; the definitions generated for the namespaced type;
# plan, provision, plan again (empty), status, and the connector's integration provisioned on the
# standard API-only profile. The scratch org is always deleted.
# Optional: IUK_ORG_WAIT_MINUTES (default 30), IUK_MIN_PACKAGE_COVERAGE (default 75; promotion needs 75).
# Helpers and the IUK_SF_BIN / IUK_CLI_BIN test hooks: scripts/ci/stage-lib.sh.
set -euo pipefail

if [[ -z "${IUK_PACKAGE_NAMESPACE:-}" || -z "${IUK_PACKAGE_ID:-}" ]]; then
  echo "package stage: SKIPPED (no IUK_PACKAGE_NAMESPACE and IUK_PACKAGE_ID: a Dev Hub with a namespace and the package's id are needed; see docs/packaging.md)"
  exit 0
fi
if [[ -z "${IUK_DEVHUB_ALIAS:-}" ]]; then
  echo "package stage: SKIPPED (no Dev Hub: packages are created from DEVHUB_SFDX_AUTH_URL, not from an org's SFDX_AUTH_URL)"
  exit 0
fi

cd "$(dirname "$0")/../.."
# shellcheck source=scripts/ci/stage-lib.sh
source scripts/ci/stage-lib.sh

NS="$IUK_PACKAGE_NAMESPACE"
DEVHUB="$IUK_DEVHUB_ALIAS"
WAIT="${IUK_ORG_WAIT_MINUTES:-30}"
MIN_COVERAGE="${IUK_MIN_PACKAGE_COVERAGE:-75}"
ORG="${IUK_ORG_ALIAS:-iuk-ci}-pkg"
WORK="$(mktemp -d)"
PROJECT="$WORK/project"
trap 'stage_finish $? "package stage"' EXIT

# create_version <package name> <json file>: a validated version with coverage; prints only its 04t id
# (messages go to stderr: the caller captures stdout).
create_version() {
  (cd "$PROJECT" && sf package version create --package "$1" --code-coverage --installation-key-bypass \
    --target-dev-hub "$DEVHUB" --wait "$WAIT" --json) >"$2" || {
    sf_error "$2"
    return 1
  }
  local id
  id="$(json_field "$2" 'd.result.SubscriberPackageVersionId')"
  if [[ -z "$id" ]]; then
    echo "sf package version create returned no SubscriberPackageVersionId (status $(json_field "$2" 'd.result.Status'))." >&2
    return 1
  fi
  printf '%s' "$id"
}

# check_coverage <04t id> <label>: the version passed the coverage check a promotion needs.
check_coverage() {
  sf package version report --package "$1" --target-dev-hub "$DEVHUB" --json >"$WORK/report.json" || {
    sf_error "$WORK/report.json"
    return 1
  }
  local passed percent
  passed="$(json_field "$WORK/report.json" 'd.result.HasPassedCodeCoverageCheck')"
  percent="$(json_field "$WORK/report.json" 'd.result.CodeCoverage && d.result.CodeCoverage.apexCodeCoveragePercentage')"
  echo "$2: code coverage ${percent:-n/a}%, coverage check passed: ${passed:-unknown}"
  [[ "$passed" == "true" ]] || { echo "$2 cannot be promoted: it did not pass the code coverage check."; return 1; }
  if [[ -n "$percent" ]] && ! node -e 'process.exit(Number(process.argv[1]) >= Number(process.argv[2]) ? 0 : 1)' "$percent" "$MIN_COVERAGE"; then
    echo "$2 has ${percent}% coverage, below the ${MIN_COVERAGE}% this stage requires."
    return 1
  fi
}

install() {
  sf package install --package "$1" --target-org "$ORG" --wait "$WAIT" --publish-wait 10 --no-prompt \
    --security-type AdminsOnly --json >"$WORK/install.json" || {
    sf_error "$WORK/install.json"
    return 1
  }
}

step "copy the project under the namespace $NS"
tsx scripts/org/package-project.ts prepare --to "$PROJECT" --namespace "$NS" --package-id "$IUK_PACKAGE_ID" \
  ${IUK_CONNECTOR_PACKAGE_ID:+--connector-package-id "$IUK_CONNECTOR_PACKAGE_ID"}

step "package version of the core (--code-coverage)"
CORE_VERSION="$(create_version "Integration User Kit" "$WORK/core-version.json")"
echo "core version $CORE_VERSION"
step "coverage of the core version"
check_coverage "$CORE_VERSION" "Integration User Kit"

if [[ -n "${IUK_CONNECTOR_PACKAGE_ID:-}" ]]; then
  step "package version of the connector, on that core version"
  tsx scripts/org/package-project.ts pin --project "$PROJECT" --core-version "$CORE_VERSION"
  CONNECTOR_VERSION="$(create_version "Integration User Kit Example Connector" "$WORK/connector-version.json")"
  echo "connector version $CONNECTOR_VERSION"
fi

step "a fresh scratch org without the namespace (a subscriber)"
sf org create scratch --definition-file config/project-scratch-def.json --alias "$ORG" --target-dev-hub "$DEVHUB" \
  --duration-days 1 --no-namespace --wait "$WAIT" --json >"$WORK/scratch.json" || {
  sf_error "$WORK/scratch.json"
  exit 1
}
CLEANUP_ORG="$ORG"

step "install the core"
install "$CORE_VERSION"
if [[ -n "${CONNECTOR_VERSION:-}" ]]; then
  step "install the connector"
  install "$CONNECTOR_VERSION"
fi

step "assign the packaged admin permission set"
sf org assign permset --name "${NS}__Integration_User_Kit_Admin" --target-org "$ORG" --json >"$WORK/permset.json" || {
  sf_error "$WORK/permset.json"
  exit 1
}

step "deploy the definitions generated for the namespaced type"
# In the copy, settings.namespace is set: the records are ${NS}__Integration_User_Definition.<Name>.
(cd "$PROJECT" && iuk generate --environment scratch)
(cd "$PROJECT" && sf project deploy start --source-dir force-app/generated --target-org "$ORG" --wait "$WAIT" --json) \
  >"$WORK/deploy.json" || {
  sf_error "$WORK/deploy.json"
  exit 1
}

step "plan (packaged engine)"
iuk plan --target-org "$ORG" --namespace "$NS"

step "provision --yes (packaged engine)"
iuk provision --target-org "$ORG" --namespace "$NS" --yes

step "plan again (must be empty)"
iuk plan --target-org "$ORG" --namespace "$NS" --json >"$WORK/plan-after.json"
REMAINING="$(json_field "$WORK/plan-after.json" 'd.result.actions.filter((a) => !a.reportOnly).length + d.result.blockers.length')"
if [[ "$REMAINING" != "0" ]]; then
  echo "The plan after provisioning is not empty ($REMAINING action(s) or blocker(s) left):"
  iuk plan --target-org "$ORG" --namespace "$NS" || true
  exit 1
fi

step "status"
iuk status --target-org "$ORG" --namespace "$NS" --json >"$WORK/status.json"
if [[ -n "${CONNECTOR_VERSION:-}" ]]; then
  step "the connector's integration is provisioned on the standard API-only profile"
  # Its record comes from the connector package: its name carries the package's namespace.
  CONNECTOR="$(json_field "$WORK/status.json" "JSON.stringify(d.result.integrations.find((i) => i.name === '${NS}__Commerce_Sync') || null)")"
  if [[ -z "$CONNECTOR" || "$CONNECTOR" == "null" ]]; then
    echo "The assistant's model has no integration ${NS}__Commerce_Sync: the engine did not read the connector's record."
    exit 1
  fi
  ACTIVE="$(json_field "$WORK/status.json" "(d.result.integrations.find((i) => i.name === '${NS}__Commerce_Sync') || {}).userActive")"
  [[ "$ACTIVE" == "true" ]] || { echo "${NS}__Commerce_Sync has no active user after provisioning."; exit 1; }
fi

STEP="done"
