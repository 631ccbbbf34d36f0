#!/usr/bin/env sh
# Renders the status board of the bundled examples (schema/examples) as HTML and saves a PNG of it with headless
# Chromium, for the README: docs/images/status-board.png. Needs the .NET SDK and Chromium (Debian: apt-get install chromium).
# Usage: docs/board/screenshot.sh [OUTPUT.png] [WIDTHxHEIGHT]
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

mkdir -p "$(dirname "$output")"
# --no-sandbox: Chromium refuses to run as root otherwise (containers, CI); the page has no script and fetches nothing.
"$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --force-device-scale-factor=1 \
  --window-size="$size" --screenshot="$output" "file://$work/status.html" 2>/dev/null
echo "screenshot.sh: wrote $output"
