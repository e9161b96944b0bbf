#!/usr/bin/env bash
# Builds a copy of the extension with AddressSanitizer + UBSan and runs the
# phpt suite with it. PHP itself is not instrumented, so libasan is preloaded;
# leaks are valgrind's job (scripts/test.sh), so LeakSanitizer is off.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD=${PIMSYNC_ASAN_DIR:-/tmp/pimsync-asan}
rm -rf "$BUILD" && mkdir -p "$BUILD"
(cd "$ROOT" && git ls-files -z | xargs -0 cp --parents -t "$BUILD")
cd "$BUILD"
phpize >/dev/null
CFLAGS="-g -O1 -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined" \
LDFLAGS="-fsanitize=address,undefined" ./configure --enable-pimsync --enable-pimsync-dev >/dev/null
make -j"$(nproc)" >/dev/null
# PHP loads extensions with RTLD_DEEPBIND, which the sanitizer runtime refuses;
# a preloaded shim drops that flag (only for this test run).
cat > deepbind_shim.c <<'C'
#define _GNU_SOURCE
#include <dlfcn.h>
void *dlopen(const char *file, int flags)
{
	static void *(*real)(const char *, int);
	if (!real) real = (void *(*)(const char *, int)) dlsym(RTLD_NEXT, "dlopen");
	return real(file, flags & ~RTLD_DEEPBIND);
}
C
gcc -shared -fPIC -o deepbind_shim.so deepbind_shim.c -ldl
export LD_PRELOAD="$BUILD/deepbind_shim.so $(gcc -print-file-name=libasan.so) $(gcc -print-file-name=libubsan.so)"
export ASAN_OPTIONS=detect_leaks=0:abort_on_error=1:halt_on_error=1:verify_asan_link_order=0
export USE_ZEND_ALLOC=0
make test TESTS="-j2 -q ${*:-tests}"
