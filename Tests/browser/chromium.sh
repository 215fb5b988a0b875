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

# dump_dom OUT URL [FLAG…]: the DOM of URL after its scripts ran, into the file OUT. Headless
# Chromium now and then hangs on a page: a run is stopped after 60 s and tried once more.
dump_dom() {
  local out=$1 url=$2
  shift 2
  local attempt
  for attempt in 1 2; do
    if timeout 60 "$browser" --headless --no-sandbox --disable-gpu "$@" --dump-dom "$url" > "$out" 2>/dev/null; then return 0; fi
    echo "  (Chromium did not finish $url within 60 s; attempt $attempt of 2)" >&2
  done
  return 1
}
