#!/usr/bin/env bash
# Builds `archive` for release with the Swift runtime linked in (it then runs without a Swift
# toolchain and starts in a third of the time), strips it and installs it as PREFIX/bin/archive.
# PREFIX defaults to ~/.local, so the binary lands in ~/.local/bin; PREFIX=/usr/local for all users.
#   bash scripts/install.sh
#   PREFIX=/usr/local sudo -E bash scripts/install.sh
set -euo pipefail
cd "$(dirname "$0")/.."
prefix="${PREFIX:-$HOME/.local}"
bash scripts/setup.sh
swift build -c release --static-swift-stdlib --product archive
built="$(swift build -c release --static-swift-stdlib --show-bin-path)/archive"
install -d "$prefix/bin"
install -m 755 "$built" "$prefix/bin/archive"
# Symbols are for debugging the build, not for running it: stripping halves the file.
strip "$prefix/bin/archive"
echo "Installed $prefix/bin/archive ($("$prefix/bin/archive" --version | head -1))."
case ":$PATH:" in
  *":$prefix/bin:"*) ;;
  *) echo "$prefix/bin is not on your PATH; add it, e.g. echo 'export PATH=\"$prefix/bin:\$PATH\"' >> ~/.bashrc" ;;
esac
echo "Shell completion: archive --generate-completion-script bash|zsh|fish (README: Install)."
