#!/usr/bin/env bash
# The tests talk to a real Redis and a real PostgreSQL: start them when they are down.
set -euo pipefail
redis_url=${TEST_REDIS_URL:-redis://127.0.0.1:6379}
pg_url=${TEST_POSTGRES_URL:-postgres://postgres@127.0.0.1:5432/test}

if ! redis-cli -u "$redis_url" ping >/dev/null 2>&1; then
  echo "[services] starting redis-server on 127.0.0.1:6379"
  mkdir -p /var/lib/redis /var/log/redis
  redis-server --daemonize yes --bind 127.0.0.1 -::1 --port 6379 --save "" --appendonly no \
    --dir /var/lib/redis --logfile /var/log/redis/ci.log
fi

if ! pg_isready -q -d "$pg_url"; then
  if command -v pg_ctlcluster >/dev/null 2>&1 && [ -d /etc/postgresql ]; then
    echo "[services] starting PostgreSQL"
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n 1)" main start
  else
    echo "[services] no PostgreSQL reachable at $pg_url and none installed here; set TEST_POSTGRES_URL" >&2
    exit 1
  fi
fi

for _ in $(seq 1 30); do
  redis-cli -u "$redis_url" ping >/dev/null 2>&1 && pg_isready -q -d "$pg_url" && exit 0
  sleep 1
done
echo "[services] Redis or PostgreSQL did not come up" >&2
exit 1
