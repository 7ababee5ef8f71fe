#!/usr/bin/env bash
# In-extension-host editor tests (test/editor/suite) in code-server, offline, against the packaged
# .vsix: installs it into a fresh code-server, opens a scratch copy of test/editor/workspace and
# lets the remote extension host run the suite with the real `vscode` API.
#   usage: run-intest.sh [path/to.vsix]     (default dist/infra-factcheck.vsix)
#   env:   INTEST_GREP=regex (run some tests), VERBOSE=1 (all extension-host console output)
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
e2e_install_run intest "${1:-}"
echo "[$(e2e_elapsed "$T0")s] installed $(PATH="$NODE24_DIR/bin:$PATH" "${CS[@]}" --list-extensions --show-versions 2>/dev/null | tr '\n' ' ')"
e2e_start_code_server --vscode-option enable-smoke-test-driver "$RUN/ws"
echo "[$(e2e_elapsed "$T0")s] code-server up on 127.0.0.1:$PORT (run folder $RUN)"
RC=0
E2E_TMP=$SHORT_TMP PLAYWRIGHT_DIR=$PLAYWRIGHT_DIR timeout 200 node "$E2E_REPO/test/editor/harness/run-intest.mjs" \
  "http://127.0.0.1:$PORT" "$RUN/ws" "$E2E_REPO/test/editor/carrier" "$E2E_REPO/test/editor/suite/index.js" || RC=$?
e2e_stop_code_server
if [ $RC -ne 0 ]; then
  echo "--- extension output (infra-factcheck), last lines:"
  find "$RUN/user/logs" -iname '*infra*factcheck*.log' 2>/dev/null | while read -r f; do echo "## $f"; tail -40 "$f"; done
  find "$RUN/user/logs" -name 'remoteexthost.log' 2>/dev/null | while read -r f; do echo "## $f"; grep -F '[error]' "$f" | tail -10; done
  echo "logs: $RUN/user/logs  $RUN/code-server.log"
fi
echo "[$(e2e_elapsed "$T0")s] intest rc=$RC"
exit $RC
