#!/usr/bin/env bash
# Measures the family network map under load (Kith issue 11): a child with 60 people in their network and 150 ties,
# the page and a bare endpoint running the same SQL, driven by wrk; rewrites docs/benchmarks/network-map-load-latest.txt.
# About two minutes after the Spring context starts. See docs/benchmarks/network-map-load.md.
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

./mvnw -B -Pbenchmark test -Dtest=NetworkMapLoadTests "$@"
