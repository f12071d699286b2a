#!/usr/bin/env bash
# Adds a migration NAME for one context on all three providers (SQLite, SQL Server, PostgreSQL).
# Usage: build/add-migration.sh NAME CONTEXT PROJECT [STARTUP_PROJECT]
#   e.g. build/add-migration.sh Initial CoreDbContext src/ZvhPlatform.Core
# A module's own project is its startup project when the host does not reference it.
# Each provider's migrations live in Migrations/<Provider> of the context's own project; the
# kernel's ProviderMigrationsAssembly picks the set that matches the configured provider.
set -euo pipefail
cd "$(dirname "$0")/.."
name="$1"; context="$2"; project="$3"; startup="${4:-src/ZvhPlatform.Web}"
dotnet build "$startup" -v q -nologo >/dev/null
for provider in Sqlite SqlServer PostgreSql; do
  ns="$(basename "$project").Migrations.${context%DbContext}.$provider"
  dir="Migrations/${context%DbContext}/$provider"
  dotnet ef migrations add "$name" --no-build --context "$context" --project "$project" --startup-project "$startup" \
    --output-dir "$dir" --namespace "$ns" -- --provider "$provider"
  # EF looks for "<Context>ModelSnapshot.cs" by file name and would overwrite one provider's snapshot
  # with the next; each provider's snapshot gets its own file name (EF finds the class by namespace).
  find "$project" -name "${context}ModelSnapshot.cs" -not -path "*/obj/*" -print0 |
    while IFS= read -r -d '' f; do mv "$f" "$project/$dir/${context}ModelSnapshot.$provider.cs"; done
done
