#!/usr/bin/env bash
# PDF extraction speed (../shared/spec/measurement.md): one `budgetlens extract FOLDER --out OUT` process vs the sum of
# `pdftotext -layout FILE /dev/null` over the same files, run alternately three times, median time ratio; pages/s for
# both; and pdfminer's bare text extraction (`/usr/bin/python3 /usr/bin/pdf2txt FILE`), summed likewise.
# Needs Debian poppler-utils and python3-pdfminer. Usage: scripts/pdf-bench.sh [FOLDER]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
dir="${1:-${BUDGETLENS_SHARED:-$root/../shared}/corpus/jiangsu-pdf}"
dotnet build "$root/src/BudgetLens.Cli/BudgetLens.Cli.csproj" -c Release -nologo -v quiet >/dev/null
dll="$root/src/BudgetLens.Cli/bin/Release/net10.0/budgetlens.dll"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
files=("$dir"/*.pdf)
pages=0
for f in "${files[@]}"; do pages=$((pages + $(pdfinfo "$f" | awk '/^Pages:/ {print $2}'))); done
now() { date +%s.%N; }
bl=(); pt=(); pm=(); ratios=()
for run in 1 2 3; do
  rm -rf "$out/json"; s=$(now)
  dotnet "$dll" extract "$dir" --out "$out/json" >/dev/null
  b=$(echo "$(now) - $s" | bc -l)
  s=$(now); for f in "${files[@]}"; do pdftotext -layout "$f" /dev/null; done; p=$(echo "$(now) - $s" | bc -l)
  s=$(now); for f in "${files[@]}"; do /usr/bin/python3 /usr/bin/pdf2txt "$f" >/dev/null; done; m=$(echo "$(now) - $s" | bc -l)
  bl+=("$b"); pt+=("$p"); pm+=("$m"); ratios+=("$(echo "$b / $p" | bc -l)")
  printf 'run %d: budgetlens %.3f s, pdftotext %.3f s, pdfminer %.3f s, ratio budgetlens/pdftotext %.2f, budgetlens/pdfminer %.3f\n' \
    "$run" "$b" "$p" "$m" "$(echo "$b / $p" | bc -l)" "$(echo "$b / $m" | bc -l)"
done
med() { printf '%s\n' "$@" | sort -g | sed -n 2p; }
B=$(med "${bl[@]}"); P=$(med "${pt[@]}"); M=$(med "${pm[@]}"); R=$(med "${ratios[@]}")
printf 'files %d, pages %d (cores: %d)\n' "${#files[@]}" "$pages" "$(nproc)"
printf 'median: budgetlens %.3f s (%.1f pages/s), pdftotext -layout %.3f s (%.1f pages/s), pdfminer %.3f s (%.1f pages/s)\n' \
  "$B" "$(echo "$pages / $B" | bc -l)" "$P" "$(echo "$pages / $P" | bc -l)" "$M" "$(echo "$pages / $M" | bc -l)"
printf 'median ratio budgetlens/pdftotext: %.2f; budgetlens/pdfminer (medians): %.3f\n' "$R" "$(echo "$B / $M" | bc -l)"
