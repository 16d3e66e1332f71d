#!/usr/bin/env bash
# Takes a PNG of the running local stack's dashboard (reporting-service's /dashboard/) with headless Chromium, signed in
# through the dev login (`./reservoir dashboard`), so a reviewer can look at it without a browser session.
#   ./reservoir up --demo        # in another terminal (same RESERVOIR_PORT_OFFSET)
#   deploy/dashboard-screenshot.sh [OUTPUT.png] [COUNTY]      # default docs/dashboard.png, the demo county
# Needs Chromium from Debian's package and a CJK font for the Chinese labels:
#   sudo apt-get install -y chromium fonts-noto-cjk        (CHROMIUM=/path/to/chromium overrides)
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-docs/dashboard.png}
county=${2:-}
width=${DASHBOARD_WIDTH:-1360}
height=${DASHBOARD_HEIGHT:-2150}

browser=${CHROMIUM:-$(command -v chromium || command -v chromium-browser || true)}
if [ -z "$browser" ]; then
  echo "headless Chromium is needed: sudo apt-get install -y chromium fonts-noto-cjk (Debian's packages), or set CHROMIUM=/path/to/it" >&2
  exit 2
fi

url=$(./reservoir dashboard ${county:+"$county"} 2>/dev/null)
port=$(sed -E 's|^http://127\.0\.0\.1:([0-9]+)/.*|\1|' <<<"$url")
if ! fc-list :lang=zh 2>/dev/null | grep -q .; then
  echo "warning: no Chinese font installed, labels will show as boxes: sudo apt-get install -y fonts-noto-cjk" >&2
fi
if ! curl -fsS -o /dev/null "http://127.0.0.1:$port/dashboard/"; then
  echo "the dashboard does not answer on port $port; start the stack first: ./reservoir up --demo" >&2
  exit 1
fi

profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
# The page draws once its API calls have answered; virtual time lets those finish before the picture is taken.
# --no-sandbox only as root, where Chromium refuses to start otherwise.
sandbox=()
[ "$(id -u)" = 0 ] && sandbox=(--no-sandbox)
"$browser" --headless=new "${sandbox[@]}" --disable-gpu --hide-scrollbars --user-data-dir="$profile" \
  --no-first-run --disable-extensions --force-device-scale-factor=1 --window-size="$width,$height" \
  --virtual-time-budget=15000 --screenshot="$out" "$url" >/dev/null 2>&1
# Smaller PNG where pngquant is installed (apt-get install -y pngquant); the picture is committed.
if command -v pngquant >/dev/null; then
  pngquant --force --skip-if-larger --quality=70-95 --output "$out" -- "$out" || true
fi
echo "dashboard screenshot: $out ($(du -h "$out" | cut -f1))"
