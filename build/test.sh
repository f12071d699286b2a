#!/usr/bin/env bash
# THE test command: builds the solution once, starts a private PostgreSQL, runs every test
# project (tests/*/*Tests.csproj and modules/*/*Tests/*.csproj, so new ones are picked up by
# themselves) and prints as its last line:  N passed, N failed, N skipped
# Exit code: 0 only when tests ran and none failed.
#
# Extra arguments go to every `dotnet test`, e.g.  build/test.sh --filter "FullyQualifiedName~Http"
# Environment: ZVH_PG_DIR / ZVH_PG_PORT (see start-postgres.sh); ZVH_TEST_POSTGRES set by the caller
# is used as is (no server is started then).
set -uo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
results="$root/artifacts/test-results"
started_pg=0
say() { echo "test.sh: $*" >&2; }

summary() {
  # Counts every test result in the trx files of this run. A test that failed and then passed on its one retry
  # (<project>.retry.trx) counts as passed and is named on stderr as flaky.
  python3 - "$results" <<'PY' 2>/dev/null || grep_summary
import glob, sys, xml.etree.ElementTree as ET
def results(path):
    for element in ET.parse(path).iter():
        if element.tag.endswith("UnitTestResult"):
            yield element.get("testName", ""), element.get("outcome", "")
passed = failed = skipped = 0
failed_names = set()
paths = sorted(glob.glob(sys.argv[1] + "/*.trx"))
for path in (p for p in paths if not p.endswith(".retry.trx")):
    for name, outcome in results(path):
        if outcome == "Passed":
            passed += 1
        elif outcome in ("Failed", "Error", "Timeout", "Aborted"):
            failed += 1
            failed_names.add(name)
        else:
            skipped += 1
for path in (p for p in paths if p.endswith(".retry.trx")):
    for name, outcome in results(path):
        if outcome == "Passed" and name in failed_names:
            failed_names.discard(name)
            failed -= 1
            passed += 1
            with open(sys.argv[1] + "/flaky.txt", "a") as flaky:
                flaky.write(name + "\n")
print(f"{passed} passed, {failed} failed, {skipped} skipped")
PY
}

failed_tests() {
  # The fully qualified names (without theory arguments) of the failed tests in one trx file.
  python3 - "$1" <<'PY' 2>/dev/null
import sys, xml.etree.ElementTree as ET
names = set()
for element in ET.parse(sys.argv[1]).iter():
    if element.tag.endswith("UnitTestResult") and element.get("outcome") in ("Failed", "Error", "Timeout", "Aborted"):
        names.add(element.get("testName", "").split("(")[0])
print("\n".join(sorted(n for n in names if n)))
PY
}

grep_summary() {
  local p=0 f=0 s=0 file
  for file in "$results"/*.trx; do
    [[ -e "$file" && "$file" != *.retry.trx ]] || continue
    p=$((p + $(grep -o 'outcome="Passed"' "$file" | wc -l)))
    f=$((f + $(grep -oE 'outcome="(Failed|Error|Timeout|Aborted)"' "$file" | wc -l)))
    s=$((s + $(grep -oE '<UnitTestResult [^>]*outcome="(NotExecuted|Inconclusive|Skipped)"' "$file" | wc -l)))
  done
  echo "$p passed, $f failed, $s skipped"
}

finish() {
  local line passed failed
  rm -f "$results/flaky.txt"
  line="$(summary)"
  if [[ -s "$results/flaky.txt" ]]; then
    while read -r flaky; do say "FLAKY (failed, then passed on its retry; mend it): $flaky"; done < "$results/flaky.txt"
  fi
  passed="${line%% passed*}"
  failed="${line#*passed, }"; failed="${failed%% failed*}"
  if [[ ( "$failed" != "0" || -s "$results/flaky.txt" ) && -s "$results/server-errors.log" ]]; then
    say "the test hosts' last logged errors (all of them: $results/server-errors.log):"
    tail -n 80 "$results/server-errors.log" >&2
  fi
  echo "$line"
  if [[ "$build_ok" -ne 1 || "$run_errors" -ne 0 || "$failed" -ne 0 || "$passed" -eq 0 ]]; then
    exit 1
  fi
  exit 0
}

stop_pg() {
  if [[ "$started_pg" -eq 1 ]]; then
    "$root/build/start-postgres.sh" --stop >/dev/null 2>&1 || true
  fi
}
trap stop_pg EXIT

build_ok=0
run_errors=0
rm -rf "$results"
mkdir -p "$results"

say "restoring tools and building (Debug)"
if dotnet tool restore >&2 && dotnet build "$root/ZvhPlatform.sln" -c Debug -nologo -v q -clp:ErrorsOnly >&2; then
  build_ok=1
else
  say "the build failed; no tests ran"
  finish
fi

if [[ -z "${ZVH_TEST_POSTGRES:-}" ]]; then
  if ! "$root/build/start-postgres.sh" --status; then
    started_pg=1
  fi
  if connection="$("$root/build/start-postgres.sh")"; then
    export ZVH_TEST_POSTGRES="$connection"
    say "PostgreSQL: $ZVH_TEST_POSTGRES"
  else
    say "PostgreSQL could not be started; the PostgreSQL cases will fail"
  fi
fi

if [[ ! -x /usr/bin/chromium ]]; then
  if [[ "$(id -u)" -eq 0 ]] && command -v apt-get >/dev/null; then
    say "installing chromium for the browser tests"
    DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >&2 \
      || say "chromium could not be installed; browser tests will fail"
  else
    say "/usr/bin/chromium is missing (install it with: apt-get install chromium); browser tests will fail"
  fi
fi
# The test hosts append their logged errors here (a browser test only sees the error page).
export ZVH_TEST_SERVER_LOG="$results/server-errors.log"
export ZVH_CHROMIUM="${ZVH_CHROMIUM:-/usr/bin/chromium}"
# Every test host would otherwise watch its configuration files through inotify, and the per-user limit
# (128 instances by default) runs out long before the suite ends.
export DOTNET_hostBuilder__reloadConfigOnChange=false DOTNET_USE_POLLING_FILE_WATCHER=true
if [[ $(id -u) -eq 0 ]]; then sysctl -q -w fs.inotify.max_user_instances=1024 >/dev/null 2>&1 || true; fi

shopt -s nullglob
projects=(tests/*/*Tests.csproj modules/*/*Tests/*.csproj)
shopt -u nullglob
if [[ "${#projects[@]}" -eq 0 ]]; then
  say "no test projects found"
fi

for project in "${projects[@]}"; do
  name="$(basename "$project" .csproj)"
  say "running $name"
  dotnet test "$project" --no-build -c Debug -nologo \
    --logger "trx;LogFileName=$name.trx" --results-directory "$results" \
    --blame-hang-timeout 10m "$@" >&2
  code=$?
  if [[ "$code" -ne 0 && -f "$results/$name.trx" ]]; then
    # One retry of a few failed tests only (as Playwright's own runner does on CI): a test that fails again stays
    # failed; one that passes is reported as flaky, so it is seen and mended, not hidden.
    mapfile -t failed_names < <(failed_tests "$results/$name.trx" | grep .)
    if [[ "${#failed_names[@]}" -ge 1 && "${#failed_names[@]}" -le 3 ]]; then
      filter="$(printf 'FullyQualifiedName=%s|' "${failed_names[@]}")"
      say "retrying once in $name: ${failed_names[*]}"
      dotnet test "$project" --no-build -c Debug -nologo \
        --logger "trx;LogFileName=$name.retry.trx" --results-directory "$results" \
        --blame-hang-timeout 10m --filter "${filter%|}" >&2
    fi
  fi
  if [[ ! -f "$results/$name.trx" ]]; then
    # No result file: the run itself broke (or a filter matched nothing in this project).
    if [[ "$code" -ne 0 ]]; then
      say "$name did not run (exit code $code); is it in ZvhPlatform.sln, so that the build built it?"
      run_errors=1
    fi
  fi
done

finish
