#!/usr/bin/env bash
# Installs the Debian packages the tests use (as `playwright install --with-deps` does):
# xmllint for the Akoma Ntoso schema check, Chromium and CJK fonts for the browser tests,
# redis-server for the distributed build. Nothing is done when all are present.
set -u
need=()
command -v xmllint >/dev/null 2>&1 || need+=(libxml2-utils)
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v redis-server >/dev/null 2>&1 || need+=(redis-server)
command -v sqlite3 >/dev/null 2>&1 || need+=(sqlite3) # the README's kb.sqlite queries run in the sqlite3 shell
[ -d /usr/share/fonts/opentype/noto ] || need+=(fonts-noto-cjk)
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" != 0 ]; then
  echo "reskb tests need the Debian packages: ${need[*]}; run as root or: sudo apt-get install -y ${need[*]}" >&2
  exit 1
fi
echo "installing system packages: ${need[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null && apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null || {
  echo "reskb: could not install ${need[*]} with apt-get" >&2
  exit 1
}
