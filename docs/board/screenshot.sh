#!/usr/bin/env sh
# Renders status boards as HTML and saves PNGs of them with headless Chromium, for the README and docs: the bundled
# examples (schema/examples) to docs/images/status-board.png, and the real-world plan corpus (tests/ExecPlan.Tests/Corpus,
# read in the cookbook format most of them follow) to docs/images/status-board-corpus.png.
# Needs the .NET SDK and Chromium (Debian: apt-get install chromium).
# Usage: docs/board/screenshot.sh [OUTPUT.png] [WIDTHxHEIGHT]   (the examples' board; the corpus board goes beside it)
set -eu

repo=$(cd "$(dirname "$0")/../.." && pwd)
output=${1:-"$repo/docs/images/status-board.png"}
size=${2:-1280,1000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
if [ -z "$browser" ]; then
  echo "screenshot.sh: no Chromium found; install it (Debian: apt-get install -y chromium)" >&2
  exit 2
fi

# The page is made from the examples as they are in the repository; exit 0 even though one example is broken on purpose.
(cd "$repo" && dotnet run --project src/ExecPlan.Cli -- status schema/examples --format html --output "$work/status.html")

(cd "$repo" && dotnet run --project src/ExecPlan.Cli -- status 'tests/ExecPlan.Tests/Corpus/real/*.md' --schema cookbook --format html --output "$work/corpus.html")

# --no-sandbox: Chromium refuses to run as root otherwise (containers, CI); the page has no script and fetches nothing.
shoot() {
  mkdir -p "$(dirname "$2")"
  "$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --force-device-scale-factor=1 \
    --window-size="$3" --screenshot="$2" "file://$1" 2>/dev/null
  echo "screenshot.sh: wrote $2"
}
shoot "$work/status.html" "$output" "$size"
shoot "$work/corpus.html" "$(dirname "$output")/status-board-corpus.png" 1280,2200
