#!/usr/bin/env bash
# Adds a migration NAME for one context on all three providers (SQLite, SQL Server, PostgreSQL).
# Usage: build/add-migration.sh NAME CONTEXT PROJECT
#   e.g. build/add-migration.sh Initial CoreDbContext src/ZvhPlatform.Core
# Each provider's migrations live in Migrations/<Provider> of the context's own project; the
# kernel's ProviderMigrationsAssembly picks the set that matches the configured provider.
set -euo pipefail
cd "$(dirname "$0")/.."
name="$1"; context="$2"; project="$3"
dotnet build src/ZvhPlatform.Web -v q -nologo >/dev/null
for provider in Sqlite SqlServer PostgreSql; do
  ns="$(basename "$project").Migrations.${context%DbContext}.$provider"
  dotnet ef migrations add "$name" --no-build --context "$context" --project "$project" --startup-project src/ZvhPlatform.Web \
    --output-dir "Migrations/${context%DbContext}/$provider" --namespace "$ns" -- --provider "$provider"
done
