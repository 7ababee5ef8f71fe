#!/usr/bin/env bash
# UI test: the packaged .vsix in code-server, driven by headless Chromium through playwright-core
# (hover widget text and Problems panel read from the DOM; screenshots under test-output/e2e/).
#   usage: run-ui.sh [path/to.vsix]     (default dist/infra-factcheck.vsix)
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
e2e_install_run ui "${1:-}"
e2e_start_code_server "$RUN/ws"
echo "[$(e2e_elapsed "$T0")s] code-server up on 127.0.0.1:$PORT (run folder $RUN)"
RC=0
E2E_TMP=$SHORT_TMP PLAYWRIGHT_DIR=$PLAYWRIGHT_DIR timeout 200 node "$E2E_REPO/test/editor/harness/ui-code-server.mjs" \
  "http://127.0.0.1:$PORT" "$RUN/ws" "$RUN/shots" || RC=$?
e2e_stop_code_server
[ $RC -eq 0 ] || echo "logs: $RUN/user/logs  $RUN/code-server.log"
echo "[$(e2e_elapsed "$T0")s] ui rc=$RC"
exit $RC
