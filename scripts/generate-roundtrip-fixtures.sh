#!/usr/bin/env bash
# Writes every seed gold (tests/gold/seeds/*.json) out as XLSX, DOCX and HTML with the project's own writers into
# tests/fixtures/roundtrip/, and, where LibreOffice is installed (Debian libreoffice-writer, libreoffice-calc,
# fonts-noto-cjk), converts the DOCX to PDF beside them. The generated files are committed: tests never run this.
set -euo pipefail
cd "$(dirname "$0")/.."
out=tests/fixtures/roundtrip
dotnet run --project tools/BudgetLens.FixtureGen -c Release -- tests/gold/seeds "$out"
if command -v soffice >/dev/null; then
  for f in "$out"/*.docx; do soffice --headless --convert-to pdf --outdir "$out" "$f" >/dev/null; done
else
  echo "generate-roundtrip-fixtures: soffice not found, PDF leg skipped" >&2
fi
