#!/usr/bin/env bash
# Corpus benchmark (../shared/spec/measurement.md): the five seeds copied N times (default 300) into one folder,
# one `budgetlens extract FOLDER --out OUT` process timed end to end (start-up included), median of 3 runs.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
copies="${1:-300}"
seeds="${BUDGETLENS_SEEDS:-$root/../shared/seeds}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/in"
for i in $(seq 1 "$copies"); do
  for f in "$seeds"/*.txt; do cp "$f" "$work/in/$(printf '%04d' "$i")-$(basename "$f")"; done
done
bytes=$(cat "$work"/in/* | wc -c)
dotnet build "$root/src/BudgetLens.Cli/BudgetLens.Cli.csproj" -c Release -nologo -v quiet >/dev/null
dll="$root/src/BudgetLens.Cli/bin/Release/net10.0/budgetlens.dll"
times=()
for run in 1 2 3; do
  rm -rf "$work/out"
  start=$(date +%s.%N)
  dotnet "$dll" extract "$work/in" --out "$work/out" >/dev/null
  end=$(date +%s.%N)
  times+=("$(echo "$end - $start" | bc -l)")
done
median=$(printf '%s\n' "${times[@]}" | sort -g | sed -n 2p)
files=$(ls "$work/in" | wc -l)
printf 'files %d, input %.1f MB, wall times %s s, median %.2f s, %.1f MB/s (cores: %d)\n' \
  "$files" "$(echo "$bytes/1000000" | bc -l)" "${times[*]}" "$median" "$(echo "$bytes/1000000/$median" | bc -l)" "$(nproc)"
