#!/usr/bin/env bash
# Writes every seed gold (tests/gold/seeds/*.json) out as XLSX, DOCX and HTML with the project's own writers into
# tests/fixtures/roundtrip/, and converts the DOCX to PDF beside them with LibreOffice headless (development only:
# Debian libreoffice-writer, libreoffice-calc, fonts-noto-cjk — without a CJK font the PDF carries no Chinese glyphs).
# The generated files are committed: tests never run this.
set -euo pipefail
cd "$(dirname "$0")/.."
out=tests/fixtures/roundtrip
dotnet run --project tools/BudgetLens.FixtureGen -c Release -- tests/gold/seeds "$out"
if command -v soffice >/dev/null; then
  fc-list :lang=zh >/dev/null 2>&1 && [ -n "$(fc-list :lang=zh)" ] || echo "generate-roundtrip-fixtures: no CJK font (fonts-noto-cjk): the PDFs will lack Chinese glyphs" >&2
  for f in "$out"/*.docx; do soffice --headless --convert-to pdf --outdir "$out" "$f" >/dev/null; done
else
  echo "generate-roundtrip-fixtures: soffice not found, PDF leg skipped (apt-get install libreoffice-writer libreoffice-calc fonts-noto-cjk)" >&2
fi
