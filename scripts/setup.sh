#!/usr/bin/env bash
# Installs what pimsync needs on Debian 12 (as root) and builds the extension.
# Sourced by demo.sh and test.sh; safe to run again (installs only what is missing).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

PIMSYNC_PACKAGES=(
  php8.2-dev php8.2-cli php8.2-mysql php8.2-bcmath php8.2-xml php-parser phpunit autoconf pkg-config make gcc
  libcurl4-openssl-dev libjansson-dev libhiredis-dev
  mariadb-server mariadb-client redis-server redis-tools time valgrind
)

install_packages() {
  local missing=()
  for p in "${PIMSYNC_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "== installing: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    # a policy-rc.d for the install keeps Debian from starting the system
    # MariaDB/Redis (we run our own); removed again unless it was there before
    local own_policy=0
    if [ ! -e /usr/sbin/policy-rc.d ]; then
      printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d && chmod +x /usr/sbin/policy-rc.d && own_policy=1
    fi
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    [ $own_policy = 0 ] || rm -f /usr/sbin/policy-rc.d
  fi
}

build_extension() {
  echo "== building the pimsync extension"
  cd "$ROOT"
  if [ ! -f Makefile ] || [ config.m4 -nt configure ] || [ "${PIMSYNC_REBUILD:-0}" = 1 ]; then
    phpize >/dev/null
    ./configure --enable-pimsync --enable-pimsync-dev ${PIMSYNC_CONFIGURE_FLAGS:-} >/dev/null
  fi
  make -j"$(nproc)" >/dev/null
  php -d extension="$ROOT/modules/pimsync.so" -r 'echo "pimsync ", PimSync\version(), " built\n";'
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  install_packages
  build_extension
fi
