#!/usr/bin/env bash
# Builds the person-search benchmark in Release and runs it. Not part of build/test.sh or CI:
# it measures, it does not test. See bench/README.md for what it measures and how to read it.
#
#   build/bench.sh                                   # 100,000 persons on a fresh SQLite file
#   build/bench.sh --persons 20000                   # fewer persons
#   build/bench.sh --provider PostgreSql             # a fresh database on $ZVH_TEST_POSTGRES (or --connection CS)
#
# The result goes to bench/results/person-search.md (SQLite) or person-search-postgresql.md
# unless --out is given; every other argument goes to the bench as is.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

out="bench/results/person-search.md"
args=("$@")
for ((i = 0; i < ${#args[@]}; i++)); do
  if [[ "${args[i]}" == "--provider" && "${args[i + 1]:-}" =~ ^[Pp]ostgre[Ss]ql$ ]]; then
    out="bench/results/person-search-postgresql.md"
  fi
done
[[ " $* " == *" --out "* ]] || args+=(--out "$out")

project="bench/ZvhPlatform.Bench.PersonSearch/ZvhPlatform.Bench.PersonSearch.csproj"
echo "bench.sh: building (Release)" >&2
dotnet build "$project" -c Release -nologo -v q -clp:ErrorsOnly >&2
exec dotnet "$root/artifacts/bin/ZvhPlatform.Bench.PersonSearch/release/ZvhPlatform.Bench.PersonSearch.dll" "${args[@]}"
