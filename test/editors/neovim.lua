-- Headless Neovim 0.7 as an independent LSP client of dist/server.js (see neovim.test.ts).
local root = os.getenv('NIANBAO_ROOT')
local out_file = os.getenv('NIANBAO_OUT')
local result = {}

local client_id = vim.lsp.start_client({
  name = 'nianbao',
  cmd = { 'node', root .. '/dist/server.js', '--stdio' },
  root_dir = root,
  init_options = { diagnosticsDelay = 0 },
})

-- One server for every report buffer, as an editor configuration would set it up.
local function attach(file)
  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local buf = vim.api.nvim_get_current_buf()
  vim.bo[buf].filetype = 'nianbao'
  vim.lsp.buf_attach_client(buf, client_id)
  return buf
end

local report = attach(root .. '/test/fixtures/corpus/002_e239baf21c7f3eb8.txt')
result.waited = vim.wait(15000, function() return #vim.diagnostic.get(report) > 0 end, 50)
result.diagnostics = {}
for _, d in ipairs(vim.diagnostic.get(report)) do
  local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)
  table.insert(result.diagnostics, { code = code, line = d.lnum, col = d.col, severity = d.severity })
end

local outline = attach(root .. '/test/fixtures/corpus/003_7aca508e0e60934a.txt')
local responses = vim.lsp.buf_request_sync(outline, 'textDocument/documentSymbol', { textDocument = vim.lsp.util.make_text_document_params(outline) }, 15000)
result.symbols = {}
for _, response in pairs(responses or {}) do
  for _, symbol in ipairs(response.result or {}) do
    table.insert(result.symbols, symbol.name)
  end
end

vim.fn.writefile({ vim.fn.json_encode(result) }, out_file)
vim.cmd('qa!')
