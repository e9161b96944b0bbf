#!/usr/bin/env bash
# Every test: builds, starts a private MariaDB + Redis, checks the generated
# arginfo, runs the phpt suite (php-src's run-tests.php via `make test`), the
# PHPUnit suite, the phpt suite again under valgrind and under ASan, and the README's main
# job on a small catalog. Any failure fails the whole run.
# Under CI=true a test that would skip for want of MariaDB or Redis fails.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
source "$ROOT/scripts/setup.sh"
cd "$ROOT"

install_packages
build_extension
bash scripts/services.sh start
eval "$(bash scripts/services.sh env)"

failures=()
step() { echo; echo "== $1"; }
# run-tests.php's own list of failed and leaked tests, and the head of each one's
# diff and valgrind report, so a CI log names what failed and why
show_failed() {
  awk '/^(FAILED|LEAKED) TEST SUMMARY/{on=1} on{print} on&&/^=+$/{on=0}' "$1"
  grep -oE '\[tests/[^]]+\.phpt\]' "$1" | tr -d '[]' | sort -u | while read -r t; do
    for f in "${t%.phpt}.diff" "${t%.phpt}.mem"; do
      [ -s "$f" ] && { echo "--- $f"; head -n 40 "$f"; }
    done
  done
  return 0
}

step "generated arginfo matches the stubs"
scripts/gen-stubs.sh --check || failures+=("arginfo")

step "phpt suite (run-tests.php)"
phpt_log=$(mktemp)
if ! make test TESTS="-j2 -q --show-diff tests" 2>&1 | tee "$phpt_log" | grep -E "^(FAIL|SKIP|BORK|LEAK)|^Tests |^Number of tests|^Time taken|^---|^=+$"; then :; fi
grep -q "^Tests failed  *:  *0 " "$phpt_log" && grep -q "^Tests passed" "$phpt_log" || { show_failed "$phpt_log"; failures+=("phpt"); }
if [ "${CI:-}" = true ] && ! grep -q "^Tests skipped *: *0 " "$phpt_log"; then
  echo "CI: skipped phpt tests count as failures"; failures+=("phpt skipped")
fi

step "PHPUnit suite"
phpunit -c phpunit.xml.dist || failures+=("phpunit")

if [ "${PIMSYNC_MEMCHECK:-1}" = 1 ]; then
  # pcre.jit=0: valgrind cannot follow PCRE's JIT code and reports its reads as uninitialised
  step "phpt suite under valgrind (USE_ZEND_ALLOC=0, run-tests.php -m)"
  mem_log=$(mktemp)
  USE_ZEND_ALLOC=0 ZEND_DONT_UNLOAD_MODULES=1 make test TESTS="-j2 -q -m -d pcre.jit=0 tests" 2>&1 | tee "$mem_log" | grep -E "^(FAIL|LEAK|SKIP|BORK)|^Tests |^Number of tests" || true
  grep -q "^Tests failed  *:  *0 " "$mem_log" && ! grep -q "^LEAK" "$mem_log" || { show_failed "$mem_log"; failures+=("valgrind"); }
fi

if [ "${PIMSYNC_ASAN:-1}" = 1 ]; then
  step "phpt suite with AddressSanitizer + UBSan (scripts/asan.sh)"
  asan_log=$(mktemp)
  bash scripts/asan.sh 2>&1 | tee "$asan_log" | grep -E "^(FAIL|SKIP|BORK)|^Tests |^Number of tests|ERROR: AddressSanitizer|runtime error" || true
  grep -q "^Tests failed  *:  *0 " "$asan_log" && grep -q "^Tests passed" "$asan_log" || { show_failed "$asan_log"; failures+=("asan"); }
fi

step "the README's main job on a small catalog"
demo_log=$(mktemp)
demo_dir=$(mktemp -d)
if PIMSYNC_DEMO_SKUS=300 PIMSYNC_DEMO_DB=pimsync_demo_check PIMSYNC_DEMO_DIR="$demo_dir" bash scripts/demo.sh > "$demo_log" 2>&1; then
  php tests/support/check-demo.php "$demo_log" "$demo_dir" || failures+=("demo output")
else
  cat "$demo_log"; failures+=("demo")
fi

echo
if [ ${#failures[@]} -gt 0 ]; then
  echo "FAILED: ${failures[*]}"
  exit 1
fi
echo "all test suites passed"
