-- figcheck with nvim-lspconfig (any Neovim it supports). nvim-lspconfig does not ship a
-- `figcheck` entry, so this registers one, then sets it up like any other server.
local lspconfig = require('lspconfig')
local configs = require('lspconfig.configs')

if not configs.figcheck then
  configs.figcheck = {
    default_config = {
      cmd = { 'figcheck', 'lsp' },
      filetypes = { 'markdown', 'text' },
      root_dir = lspconfig.util.root_pattern('figcheck.toml', 'corpus', '.git'),
      single_file_support = true,
      init_options = {},
    },
  }
end

lspconfig.figcheck.setup({
  -- init_options = { corpus = 'sources', severity = { unsupported = 'hint' } },
})
