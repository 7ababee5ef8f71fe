#!/usr/bin/env bash
# Neovim (Debian's 0.7.2) as a second real LSP client of dist/server.js over --stdio.
#   usage: run-nvim.sh [path/to/server.js]     (default dist/server.js)
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
SERVER=$(realpath "${1:-$SERVER_JS}")
[ -f "$SERVER" ] || { echo "no server at $SERVER (npm run build)"; exit 1; }
command -v nvim >/dev/null || { echo "nvim missing: run scripts/e2e/setup-tools.sh"; exit 1; }
T0=$(date +%s%N)
e2e_prune_runs nvim
RUN=$E2E_OUT/nvim-$(date +%Y%m%d-%H%M%S)-$$
mkdir -p "$RUN"/home
e2e_short_tmp
trap e2e_cleanup EXIT
cp -r "$E2E_REPO/test/editor/workspace" "$RUN/ws"
NODE_BIN=$(command -v node)
RC=0
env HOME="$RUN/home" XDG_CONFIG_HOME="$RUN/home/.config" XDG_DATA_HOME="$RUN/home/.local/share" \
    XDG_STATE_HOME="$RUN/home/.local/state" XDG_CACHE_HOME="$RUN/home/.cache" TMPDIR="$SHORT_TMP" \
    LSP_SERVER="$SERVER" WORKSPACE="$RUN/ws" NODE="$NODE_BIN" \
    timeout 90 nvim --headless -u NONE -i NONE -n -c "luafile $E2E_REPO/test/nvim/lsp-check.lua" < /dev/null || RC=$?
echo
[ $RC -eq 0 ] || echo "nvim log: $RUN/home/.local/state/nvim/lsp.log $RUN/home/.cache/nvim/lsp.log"
echo "[$(e2e_elapsed "$T0")s] nvim rc=$RC"
exit $RC
