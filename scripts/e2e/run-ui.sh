#!/usr/bin/env bash
# UI test: the packaged .vsix in code-server, driven by headless Chromium through playwright-core
# (hover widget text and Problems panel read from the DOM; screenshots under test-output/e2e/).
#   usage: run-ui.sh [path/to.vsix]     (default dist/infra-factcheck.vsix)
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
VSIX=$(realpath "${1:-$VSIX}")
[ -f "$VSIX" ] || { echo "no .vsix at $VSIX (npm run package)"; exit 1; }
e2e_tools_ready || { echo "e2e tools missing: run scripts/e2e/setup-tools.sh"; exit 1; }
T0=$(date +%s%N)
e2e_new_run ui
cp -r "$E2E_REPO/test/editor/workspace" "$RUN/ws"
e2e_code_server_cmd
trap e2e_cleanup EXIT
PATH="$NODE24_DIR/bin:$PATH" "${CS[@]}" --install-extension "$VSIX" --force > "$RUN/install.log" 2>&1 \
  || { cat "$RUN/install.log"; exit 1; }
e2e_start_code_server "$RUN/ws"
echo "[$(e2e_elapsed "$T0")s] code-server up on 127.0.0.1:$PORT (run folder $RUN)"
RC=0
E2E_TMP=$SHORT_TMP PLAYWRIGHT_DIR=$PLAYWRIGHT_DIR timeout 200 node "$E2E_REPO/test/editor/harness/ui-code-server.mjs" \
  "http://127.0.0.1:$PORT" "$RUN/ws" "$RUN/shots" || RC=$?
e2e_stop_code_server
[ $RC -eq 0 ] || echo "logs: $RUN/user/logs  $RUN/code-server.log"
echo "[$(e2e_elapsed "$T0")s] ui rc=$RC"
exit $RC
