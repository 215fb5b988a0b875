# Sourced by the browser checks: sets `browser` to headless-capable Chromium, installing the
# Debian package `chromium` where apt-get can; exits 0 with "$1: SKIPPED …" where it cannot.
browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
if [ -z "$browser" ] && command -v apt-get >/dev/null 2>&1; then
  (apt-get install -y chromium >/dev/null 2>&1 || (apt-get update >/dev/null 2>&1 && apt-get install -y chromium >/dev/null 2>&1)) || true
  browser=$(command -v chromium || true)
fi
if [ -z "$browser" ]; then
  echo "$1: SKIPPED — Chromium is not installed and could not be installed here (Debian package: chromium)"
  exit 0
fi
