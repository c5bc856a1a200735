#!/usr/bin/env bash
# Re-measures the child's page under load (issue 4): generates the large authority (500,000 people,
# 2,000,000 chronology entries) in a throwaway embedded PostgreSQL, drives the page and the bare endpoint
# with wrk, and rewrites docs/benchmarks/child-page-load-latest.txt. About six minutes on two quiet cores.
# See docs/benchmarks/child-page-load.md.
set -euo pipefail
cd "$(dirname "$0")/../.."

if ! command -v wrk >/dev/null 2>&1; then
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    apt-get update -qq && apt-get install -y -qq wrk
  else
    echo "wrk is needed: install the Debian package 'wrk' (apt-get install wrk) and run this again." >&2
    exit 1
  fi
fi

./mvnw -B -Pbenchmark test -Dtest=ChildPageLoadTests "$@"
