-- figcheck for Neovim 0.10+: checks the figures in Markdown and plain-text drafts
-- against your sources while you type. Copy this file into your config (for example
-- ~/.config/nvim/lua/figcheck.lua) and add `require('figcheck')` to init.lua.
-- Needs `figcheck` on PATH (or set `cmd` below to its full path).

local settings = {
  -- Leave unset to use figcheck.toml (found from the project root), else ./corpus.
  -- corpus = 'sources',
  -- severity = { unsupported = 'hint' },   -- error | warning | info | hint | off
}

local root_markers = { 'figcheck.toml', 'corpus', '.git' }

if vim.lsp.config then
  -- Neovim 0.11+: declare the server once, enable it for Markdown and text.
  vim.lsp.config('figcheck', {
    cmd = { 'figcheck', 'lsp' },
    filetypes = { 'markdown', 'text' },
    root_markers = root_markers,
    init_options = settings,
  })
  vim.lsp.enable('figcheck')
else
  -- Neovim 0.10: start (or reuse) the server for each draft buffer.
  vim.api.nvim_create_autocmd('FileType', {
    pattern = { 'markdown', 'text' },
    callback = function(args)
      vim.lsp.start({
        name = 'figcheck',
        cmd = { 'figcheck', 'lsp' },
        root_dir = vim.fs.root(args.buf, root_markers) or vim.fn.getcwd(),
        init_options = settings,
      })
    end,
  })
end
