#!/usr/bin/env bash
# Installs what a fresh Debian machine with Swift lacks to build and test archive.
set -euo pipefail
packages=(libsqlite3-dev libxml2-dev zlib1g-dev libssl-dev sqlite3 pkg-config python3)
missing=()
for p in "${packages[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
fi
