-- End-to-end check with Neovim as the LSP client (works on 0.7.2, Debian's, and later).
-- Run by scripts/test-neovim.sh:
--   nvim --headless -u NONE -i NONE -n -c "luafile scripts/nvim-e2e.lua"
-- with FIGCHECK_REPO, FIGCHECK_DRAFT and FIGCHECK_OUT in the environment and `figcheck`
-- on PATH. It loads the setup writers are told to use (editors/neovim/legacy-0.7.lua),
-- opens the draft, waits for diagnostics, asks for a hover and a definition, edits the
-- wrong figure in the buffer (Neovim sends the change itself), waits for the diagnostics
-- to update, stops the server, and writes what it saw to FIGCHECK_OUT as JSON for the
-- shell script to assert on.

local repo = os.getenv('FIGCHECK_REPO')
local draft = os.getenv('FIGCHECK_DRAFT')
local out = os.getenv('FIGCHECK_OUT')

local function fail(msg)
  io.stderr:write('nvim-e2e: ' .. msg .. '\n')
  vim.cmd('cquit 3')
end

if not (repo and draft and out) then
  fail('FIGCHECK_REPO, FIGCHECK_DRAFT and FIGCHECK_OUT must be set')
end

-- Note the server's exit code, which the shipped setup does not ask for.
local exit_code = nil
local start_client = vim.lsp.start_client
vim.lsp.start_client = function(config)
  config.on_exit = function(code) exit_code = code end
  return start_client(config)
end

vim.cmd('filetype on')
vim.cmd('luafile ' .. vim.fn.fnameescape(repo .. '/editors/neovim/legacy-0.7.lua'))
vim.cmd('edit ' .. vim.fn.fnameescape(draft))
local buf = vim.api.nvim_get_current_buf()
if vim.bo[buf].filetype ~= 'markdown' then
  fail('the draft was not detected as markdown: ' .. vim.bo[buf].filetype)
end
local client_id = nil
if not vim.wait(10000, function()
  for _, c in pairs(vim.lsp.buf_get_clients(buf)) do
    if c.name == 'figcheck' then client_id = c.id end
  end
  return client_id ~= nil
end, 50) then
  fail('figcheck did not attach to the draft')
end

local function simplify(diags)
  local r = {}
  for _, d in ipairs(diags) do
    local lsp = (d.user_data and d.user_data.lsp) or {}
    table.insert(r, {
      lnum = d.lnum, col = d.col, end_lnum = d.end_lnum, end_col = d.end_col,
      severity = d.severity, message = d.message, source = d.source,
      code = d.code or lsp.code,
    })
  end
  table.sort(r, function(a, b) return a.col < b.col end)
  return r
end

local function has_code(code)
  for _, d in ipairs(simplify(vim.diagnostic.get(buf))) do
    if d.code == code then return true end
  end
  return false
end

if not vim.wait(60000, function() return has_code('contradicted') end, 50) then
  fail('no contradicted diagnostic within 60 s')
end
local result = { before = simplify(vim.diagnostic.get(buf)) }

-- Hover and definition on the English figure (line 2, 0-based; UTF-16 column 42).
local params = {
  textDocument = { uri = vim.uri_from_bufnr(buf) },
  position = { line = 2, character = 42 },
}
local hover = vim.lsp.buf_request_sync(buf, 'textDocument/hover', params, 10000) or {}
local def = vim.lsp.buf_request_sync(buf, 'textDocument/definition', params, 10000) or {}
for _, r in pairs(hover) do
  result.hover = r.result and r.result.contents and r.result.contents.value
end
for _, r in pairs(def) do
  result.definition = r.result
end

-- Fix the English figure in the buffer: bytes 65..71 of line 2.
vim.api.nvim_buf_set_text(buf, 2, 65, 2, 71, { '30,600' })
if not vim.wait(60000, function() return not has_code('contradicted') end, 50) then
  fail('the contradicted diagnostic did not clear after the edit')
end
result.after = simplify(vim.diagnostic.get(buf))

vim.lsp.stop_client(client_id)
vim.wait(10000, function() return exit_code ~= nil end, 50)
result.exit_code = exit_code

local f = io.open(out, 'w')
if not f then fail('cannot write ' .. out) end
f:write(vim.fn.json_encode(result))
f:close()
vim.cmd('qall!')
