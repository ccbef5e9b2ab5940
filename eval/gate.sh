#!/usr/bin/env bash
# The evaluation gate: ingest every gold's text into a fresh knowledge base, score it,
# and fail when a metric falls below its floor in eval/floors.yaml.
# Uses ../shared/gold when present, and always the project's own gold in eval/gold/.
set -euo pipefail
cd "$(dirname "$0")/.."
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
db="$work/gate.db"
golds=(eval/gold/*.yaml eval/validation/*.yaml)
texts=(src/silkgraph/samples eval/validation/*.txt)
if [ -d ../shared/gold ] && [ -f ../shared/corpus/cacianalyst-sample.txt ]; then
  golds+=(../shared/gold/*.yaml)
  texts+=(../shared/corpus/cacianalyst-sample.txt)
else
  echo "gate: ../shared not present; scoring the project's own gold only"
fi
python tools/check_floors.py
silkgraph ingest --db "$db" -q "${texts[@]}"
silkgraph eval --db "$db" --floors eval/floors.yaml "${golds[@]}"
