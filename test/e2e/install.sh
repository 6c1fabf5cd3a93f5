#!/usr/bin/env bash
# Installs what the real-VS-Code lane needs, from Debian's packages and the npm registry only:
# Chromium (driven by playwright-core) and code-server 4.100.3 (VS Code 1.100.3, the release for Node 20).
# code-server goes into .e2e/, outside the extension's package.json and lockfile. Traps: ../shared/E2E-NOTES.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
E2E="$PWD/.e2e"
mkdir -p "$E2E"

need=()
# fonts-wqy-zenhei: Chinese glyphs for the screenshots.
for pkg in chromium ripgrep libkrb5-dev build-essential python3 fonts-wqy-zenhei; do
	dpkg -s "$pkg" > /dev/null 2>&1 || need+=("$pkg")
done
if [ ${#need[@]} -gt 0 ]; then
	apt-get update -qq
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" > /dev/null
fi

if [ ! -x "$E2E/code-server/node_modules/.bin/code-server" ]; then
	mkdir -p "$E2E/code-server" "$E2E/tmp/vscode-ripgrep-cache-1.15.11"
	# @vscode/ripgrep downloads rg from GitHub unless its cache already holds it: seed it with Debian's rg.
	tar czf "$E2E/tmp/vscode-ripgrep-cache-1.15.11/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz" -C /usr/bin rg
	[ -f "$E2E/code-server/package.json" ] || echo '{ "name": "nianbao-e2e-code-server", "private": true }' > "$E2E/code-server/package.json"
	(cd "$E2E/code-server" && TMPDIR="$E2E/tmp" npm_config_unsafe_perm=true npm_config_yes=true \
		npm install --no-audit --no-fund --no-save code-server@4.100.3 > "$E2E/install.log" 2>&1) || { tail -40 "$E2E/install.log"; exit 1; }
fi
echo "code-server $("$E2E/code-server/node_modules/.bin/code-server" --version | head -1)"
