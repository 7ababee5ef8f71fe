#!/usr/bin/env bash
# All real-editor tests, offline: installs the pinned tools when absent, packages the extension when
# dist/infra-factcheck.vsix is missing, then runs
#   intest  the editor suite in code-server's extension host (real `vscode` API, installed .vsix)
#   ui      Chromium driving code-server (hover widget, status bar, Problems panel, screenshots)
#   nvim    Neovim 0.7 as an LSP client of dist/server.js over --stdio
# and ends with one line "N passed, N failed"; exits non-zero when any failed.
# Works as root with CI=true, no stdin and HOME unset. Env: E2E_ONLY="intest nvim" (a subset),
# E2E_REPACKAGE=1 (package even when the .vsix exists), INFRA_FACTCHECK_TOOLS (tools cache),
# VSIX / E2E_SERVER (test another .vsix / server.js than dist/).
set -uo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
. "$HERE/lib.sh"
exec < /dev/null
T0=$(date +%s%N)
names=(); results=(); times=()
record() { names+=("$1"); results+=("$2"); times+=("$3"); echo "=== $1: $2 ($3 s)"; }

echo "=== [$(e2e_elapsed "$T0")s] tools ($TOOLS)"
if e2e_tools_ready; then echo "tools ready"
else
  s=$(date +%s%N)
  if bash "$HERE/setup-tools.sh"; then echo "setup took $(e2e_elapsed "$s")s"
  else record setup FAIL "$(e2e_elapsed "$s")"; echo "0 passed, 1 failed"; exit 1; fi
fi

if [ ! -f "$VSIX" ] || [ -n "${E2E_REPACKAGE:-}" ] || [ ! -f "$SERVER_JS" ]; then
  echo "=== [$(e2e_elapsed "$T0")s] packaging (npm run package)"
  s=$(date +%s%N)
  if (cd "$E2E_REPO" && npm run package); then echo "packaged $VSIX in $(e2e_elapsed "$s")s"
  else record package FAIL "$(e2e_elapsed "$s")"; echo "0 passed, 1 failed"; exit 1; fi
fi

ONLY=${E2E_ONLY:-intest ui nvim}
for t in $ONLY; do
  case $t in
    intest) cmd=(bash "$HERE/run-intest.sh" "$VSIX") ;;
    ui)     cmd=(bash "$HERE/run-ui.sh" "$VSIX") ;;
    nvim)   cmd=(bash "$HERE/run-nvim.sh" "$SERVER_JS") ;;
    *) echo "unknown test $t"; record "$t" FAIL 0; continue ;;
  esac
  echo; echo "=== [$(e2e_elapsed "$T0")s] $t"
  s=$(date +%s%N)
  # Subshell: each runner sets HOME/XDG/TMPDIR to its own run folder.
  if ( "${cmd[@]}" ); then record "$t" PASS "$(e2e_elapsed "$s")"
  else record "$t" FAIL "$(e2e_elapsed "$s")"; fi
done

echo; echo "=== real-editor tests (total $(e2e_elapsed "$T0")s)"
pass=0; fail=0
for i in "${!names[@]}"; do
  printf '%-6s %-4s %6ss\n' "${names[$i]}" "${results[$i]}" "${times[$i]}"
  if [ "${results[$i]}" = PASS ]; then pass=$((pass + 1)); else fail=$((fail + 1)); fi
done
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
