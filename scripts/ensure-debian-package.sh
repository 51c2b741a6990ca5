#!/bin/sh
# Usage: ensure-debian-package.sh COMMAND-OR-PATH PACKAGE
# Install PACKAGE from Debian's archive when COMMAND-OR-PATH is missing and we
# are root; otherwise say what to install and fail.
set -eu
wanted=$1
package=$2

if command -v "$wanted" >/dev/null 2>&1 || [ -x "$wanted" ]; then
    exit 0
fi

if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing $package from Debian's packages (needed for $wanted)..."
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$package" >/dev/null
    exit 0
fi

echo "$wanted is missing: install Debian's '$package' package" \
     "(sudo apt-get install $package), then run make again." >&2
exit 1
