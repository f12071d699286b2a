#!/usr/bin/env bash
# The benchmarks (bench/README.md). Measurements, not tests: never part of build/test.sh or CI.
#
#   build/bench.sh                                   # page benchmark (app vs raw baseline, wrk) on SQLite, --size small
#   build/bench.sh pages --provider PostgreSql       # the same on a fresh database of $ZVH_TEST_POSTGRES (or --connection CS)
#   build/bench.sh pages --size medium --curve 10000,100000,300000
#   build/bench.sh persons [--persons N] [...]       # person search at N persons (issue 3)
#   build/bench.sh micro                             # BenchmarkDotNet micro-benchmarks of the query paths
#
# Installs wrk (Debian package) when missing and run as root. Results go to bench/results/.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

mode="pages"
if [[ $# -gt 0 && "$1" =~ ^(pages|persons|micro)$ ]]; then mode="$1"; shift; fi

build() { echo "bench.sh: building $1 (Release)" >&2; dotnet build "$1" -c Release -nologo -v q -clp:ErrorsOnly >&2; }

case "$mode" in
  pages)
    if ! command -v wrk >/dev/null 2>&1; then
      if [[ $(id -u) -eq 0 ]]; then apt-get install -y -q wrk >/dev/null || (apt-get update -q && apt-get install -y -q wrk >/dev/null); fi
      command -v wrk >/dev/null 2>&1 || { echo "bench.sh: wrk is not installed (apt-get install wrk)" >&2; exit 1; }
    fi
    if [[ " $* " == *" PostgreSql "* || " $* " == *" postgresql "* ]] && [[ -z "${ZVH_TEST_POSTGRES:-}" && " $* " != *" --connection "* ]]; then
      export ZVH_TEST_POSTGRES="$(bash build/start-postgres.sh)"
    fi
    build src/ZvhPlatform.Web/ZvhPlatform.Web.csproj
    build bench/ZvhPlatform.Bench.Baseline/ZvhPlatform.Bench.Baseline.csproj
    build bench/ZvhPlatform.Bench.Pages/ZvhPlatform.Bench.Pages.csproj
    exec dotnet "$root/artifacts/bin/ZvhPlatform.Bench.Pages/release/ZvhPlatform.Bench.Pages.dll" "$@"
    ;;
  persons)
    out="bench/results/person-search.md"
    args=("$@")
    for ((i = 0; i < ${#args[@]}; i++)); do
      if [[ "${args[i]}" == "--provider" && "${args[i + 1]:-}" =~ ^[Pp]ostgre[Ss]ql$ ]]; then out="bench/results/person-search-postgresql.md"; fi
    done
    [[ " $* " == *" --out "* ]] || args+=(--out "$out")
    build bench/ZvhPlatform.Bench.PersonSearch/ZvhPlatform.Bench.PersonSearch.csproj
    exec dotnet "$root/artifacts/bin/ZvhPlatform.Bench.PersonSearch/release/ZvhPlatform.Bench.PersonSearch.dll" "${args[@]}"
    ;;
  micro)
    build bench/ZvhPlatform.Bench.Micro/ZvhPlatform.Bench.Micro.csproj
    exec dotnet "$root/artifacts/bin/ZvhPlatform.Bench.Micro/release/ZvhPlatform.Bench.Micro.dll" bench/results/micro "$@"
    ;;
esac
