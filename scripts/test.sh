#!/usr/bin/env bash
# Runs every test of BudgetLens on a fresh machine: restores, builds (warnings are errors) and tests the whole solution.
# Tests read the development data in ../shared beside the repository; under CI=true its absence is a failure.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
command -v dotnet >/dev/null || { echo "test.sh: the .NET SDK (dotnet) is required" >&2; exit 2; }

dotnet build BudgetLens.sln -c Release -warnaserror -nologo -v quiet
log=$(mktemp)
status=0
dotnet test BudgetLens.sln -c Release --no-build -nologo 2>&1 | tee "$log" || status=$?

# One plain closing line for every runner: "N passed, N failed, N skipped".
awk '/(Passed|Failed)! +- +Failed:/ {
       for (i = 1; i <= NF; i++) { gsub(",", "", $(i+1));
         if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1); if ($i == "Skipped:") s += $(i+1) } }
     END { printf "%d passed, %d failed, %d skipped\n", p, f, s }' "$log"
rm -f "$log"
exit $status
