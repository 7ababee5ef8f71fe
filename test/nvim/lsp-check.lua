-- Neovim as a second real LSP client of the infra-factcheck server, over --stdio.
-- Works on Debian bookworm's Neovim 0.7.2 (no vim.lsp.start, no -l) and newer.
--   nvim --headless -u NONE -i NONE -n -c "luafile test/nvim/lsp-check.lua"
-- Env: LSP_SERVER (dist/server.js), WORKSPACE (a copy of test/editor/workspace), NODE (node binary).
-- Prints "[nvim] PASS|FAIL <check>" per check and exits 0 only when all passed.
local server = assert(os.getenv('LSP_SERVER'), 'LSP_SERVER not set')
local ws = assert(os.getenv('WORKSPACE'), 'WORKSPACE not set')
local node = os.getenv('NODE') or 'node'
local SOURCE = 'infra-factcheck'

local function out(s) io.stdout:write(s .. '\n') end
local t0 = vim.loop.hrtime()
local function ms() return string.format('%.0fms', (vim.loop.hrtime() - t0) / 1e6) end
local failures, passes = 0, 0
local function check(name, ok, detail)
  if ok then passes = passes + 1 else failures = failures + 1 end
  out(string.format('[nvim] %s %s%s', ok and 'PASS' or 'FAIL', name, detail and (': ' .. detail) or ''))
end
local function finish()
  for _, c in pairs(vim.lsp.get_active_clients()) do c.stop() end
  vim.wait(2000, function() return #vim.lsp.get_active_clients() == 0 end, 50)
  out(string.format('[nvim] %d passed, %d failed in %s (nvim %d.%d.%d)', passes, failures, ms(),
    vim.version().major, vim.version().minor, vim.version().patch))
  vim.cmd(failures == 0 and 'qall!' or 'cquit!')
end

local config = {
  name = 'infra-factcheck',
  cmd = { node, server, '--stdio' },
  root_dir = ws,
  workspace_folders = { { uri = vim.uri_from_fname(ws), name = 'ws' } },
  on_exit = function(code, signal)
    if code ~= 0 then out(string.format('[nvim] server exited code=%s signal=%s', code, signal)) end
  end,
}

-- Opens a file, sets its filetype (-u NONE: no detection; it becomes the LSP languageId),
-- attaches the one client.
local client_id
local function open(rel)
  vim.cmd('edit ' .. vim.fn.fnameescape(ws .. '/' .. rel))
  local bufnr = vim.api.nvim_get_current_buf()
  vim.bo[bufnr].filetype = 'markdown'
  if not client_id then
    if vim.lsp.start then client_id = vim.lsp.start(config, { bufnr = bufnr })   -- nvim >= 0.8
    else client_id = vim.lsp.start_client(config) end                          -- nvim 0.7
  end
  if not client_id then error('could not start the language server: ' .. server) end
  vim.lsp.buf_attach_client(bufnr, client_id)
  return bufnr
end

-- LSP position (UTF-16 character) of the middle of the first occurrence of `needle`.
local function position_of(bufnr, needle)
  for lnum, line in ipairs(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)) do
    local s = line:find(needle, 1, true)
    if s then
      local mid_byte = s - 1 + math.floor(#needle / 2)
      -- step back to a UTF-8 character start
      while mid_byte > 0 and bit.band(line:byte(mid_byte + 1), 0xC0) == 0x80 do mid_byte = mid_byte - 1 end
      local _, utf16 = vim.str_utfindex(line, mid_byte)
      return { line = lnum - 1, character = utf16 }
    end
  end
end

local function hover_text(bufnr, needle, expected)
  local pos = position_of(bufnr, needle)
  if not pos then return nil, needle .. ' not found in buffer' end
  local params = { textDocument = { uri = vim.uri_from_bufnr(bufnr) }, position = pos }
  local text, err = '', nil
  -- Poll until the hover includes `expected` (the server may still be loading the fact store).
  -- A plain loop: a blocking request inside vim.wait's predicate can spin forever on 0.7.
  local deadline = vim.loop.hrtime() + 8e9
  repeat
    local resp, e = vim.lsp.buf_request_sync(bufnr, 'textDocument/hover', params, 2000)
    err = e
    for _, r in pairs(resp or {}) do
      local c = r.result and r.result.contents
      if type(c) == 'string' then text = c
      elseif type(c) == 'table' and c.value then text = c.value
      elseif type(c) == 'table' then
        local parts = {}
        for _, p in ipairs(c) do parts[#parts + 1] = type(p) == 'string' and p or (p.value or '') end
        text = table.concat(parts, '\n')
      end
    end
    if text:find(expected, 1, true) then break end
    vim.wait(200)
  until vim.loop.hrtime() > deadline
  return text, err
end

local ok, e = pcall(function()
  -- 1) diagnostics pushed after didOpen of the Chinese draft, one on the planted slip
  local zh = open('stargate-zh.md')
  local slip = position_of(zh, '电力容量为2吉瓦')   -- the planted slip (1.2吉瓦 earlier in the draft)
  local function ours()
    local r = {}
    for _, d in ipairs(vim.diagnostic.get(zh)) do if d.source == SOURCE then r[#r + 1] = d end end
    return r
  end
  vim.wait(20000, function()
    for _, d in ipairs(ours()) do if d.lnum == slip.line then return true end end
    return false
  end, 50)
  local diags = ours()
  for _, d in ipairs(diags) do
    out(string.format('[nvim]   [%s] diagnostic %d:%d-%d %s %s', ms(), d.lnum, d.col, d.end_col,
      vim.diagnostic.severity[d.severity], d.message))
  end
  local on_slip = false
  for _, d in ipairs(diags) do if d.lnum == slip.line then on_slip = true end end
  check('diagnostics (source ' .. SOURCE .. ') on the Chinese draft, one on the planted slip\'s line (2吉瓦)', on_slip,
    string.format('%d diagnostic(s)', #diags))

  -- 2) hover on a Chinese figure
  local h = hover_text(zh, '1000亿美元', 'US$100 billion')
  out('[nvim]   hover(1000亿美元) = ' .. vim.inspect((h or ''):sub(1, 300)))
  check('hover on 1000亿美元 gives "US$100 billion"', h ~= nil and h:find('US$100 billion', 1, true) ~= nil)

  -- 3) hover on an English figure
  local en = open('stargate-en.md')
  local h2 = hover_text(en, '$13 billion', 'US$13 billion')
  out('[nvim]   hover($13 billion) = ' .. vim.inspect((h2 or ''):sub(1, 300)))
  check('hover on $13 billion gives "US$13 billion"', h2 ~= nil and h2:find('US$13 billion', 1, true) ~= nil)
end)
if not ok then check('no Lua error', false, tostring(e)) end
finish()
