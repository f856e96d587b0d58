-- figcheck for Neovim 0.7-0.9, which have no vim.lsp.start: start one client and attach
-- every Markdown and text buffer to it. (Debian 12 ships Neovim 0.7.2.)
local client_id = nil

vim.api.nvim_create_autocmd('FileType', {
  pattern = { 'markdown', 'text' },
  callback = function(args)
    if not client_id or not vim.lsp.get_client_by_id(client_id) then
      client_id = vim.lsp.start_client({
        name = 'figcheck',
        cmd = { 'figcheck', 'lsp' },
        root_dir = vim.fn.getcwd(),
        init_options = {},
      })
    end
    if client_id then
      vim.lsp.buf_attach_client(args.buf, client_id)
    end
  end,
})
