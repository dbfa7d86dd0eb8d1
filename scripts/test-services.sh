#!/usr/bin/env bash
# Install what the tests need beyond Python packages (Debian packages): headless Chromium for
# the browser tests and PostgreSQL for the store tests. Failures are reported, not fatal:
# the tests that need a missing service skip with the reason.
set -u
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium fonts-noto-cjk)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
if [ ${#need[@]} -gt 0 ] && [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "installing test services: ${need[*]}"
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-upgrade "${need[@]}") \
    >/tmp/wirewatch-apt.log 2>&1 || echo "could not install ${need[*]} (see /tmp/wirewatch-apt.log); dependent tests will skip"
fi
# The PostgreSQL tests start their own throwaway cluster (tests/scale/pg_server.py): initdb
# in a temporary folder, pg_ctl on a free 127.0.0.1 port, as the postgres user when root.
if ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  echo "PostgreSQL: $(ls -d /usr/lib/postgresql/*/bin | tail -1) (store tests start a throwaway cluster)"
else
  echo "PostgreSQL not installed: the PostgreSQL store tests will skip"
fi
exit 0
