#!/usr/bin/env bash
# Regenerates ext/*_arginfo.h with the gen_stub.php that php8.2-dev ships.
# gen_stub.php downloads PHP-Parser 4.15.1 next to itself on first use; we point
# it at Debian's php-parser package (4.15.x) instead, since there is no network.
# With --check, fails when the committed arginfo differs from a regeneration.
set -euo pipefail
cd "$(dirname "$0")/.."
gen=$(php-config --extension-dir >/dev/null; ls /usr/lib/php/*/build/gen_stub.php 2>/dev/null | head -n1)
[ -n "$gen" ] || { echo "gen_stub.php not found: apt-get install php8.2-dev" >&2; exit 1; }
[ -d /usr/share/php/PhpParser ] || { echo "PHP-Parser not found: apt-get install php-parser" >&2; exit 1; }
tool=$(mktemp -d)
trap 'rm -rf "$tool"' EXIT
cp "$gen" "$tool/gen_stub.php"
mkdir -p "$tool/PHP-Parser-4.15.1/lib"
ln -s /usr/share/php/PhpParser "$tool/PHP-Parser-4.15.1/lib/PhpParser"
if [ "${1:-}" = "--check" ]; then
  work=$(mktemp -d)
  trap 'rm -rf "$tool" "$work"' EXIT
  cp ext/*.stub.php ext/*_arginfo.h "$work/"
  php "$tool/gen_stub.php" --force-regeneration "$work" >/dev/null
  status=0
  for f in "$work"/*_arginfo.h; do
    if ! diff -u "ext/$(basename "$f")" "$f"; then status=1; fi
  done
  [ $status -eq 0 ] && echo "arginfo: up to date" || echo "arginfo: ext/*_arginfo.h is stale; run scripts/gen-stubs.sh and commit" >&2
  exit $status
fi
php "$tool/gen_stub.php" --force-regeneration ext
