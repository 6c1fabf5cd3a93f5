-- Headless Neovim as an LSP client of nianbao, set up by one of README's recipes (see neovim.test.ts).
-- Files keep Neovim's own filetype (`text` for .txt): nothing here forces one.
dofile(os.getenv('NIANBAO_RECIPE'))
local result = {}

local function clients(buf)
  if vim.lsp.get_clients then return vim.lsp.get_clients({ bufnr = buf }) end
  return vim.lsp.buf_get_clients(buf)
end

local function open(file)
  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  return vim.api.nvim_get_current_buf()
end

local report = open(os.getenv('NIANBAO_REPORT'))
result.filetype = vim.bo[report].filetype
result.waited = vim.wait(15000, function() return #vim.diagnostic.get(report) > 0 end, 50)
result.diagnostics = {}
for _, d in ipairs(vim.diagnostic.get(report)) do
  local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)
  -- Neovim counts columns in bytes; the test compares characters, as the other editors count them.
  local text = vim.api.nvim_buf_get_lines(report, d.lnum, d.lnum + 1, false)[1] or ''
  table.insert(result.diagnostics, { code = code, line = d.lnum, col = vim.fn.strchars(string.sub(text, 1, d.col)) })
end

local outline = open(os.getenv('NIANBAO_OUTLINE'))
vim.wait(15000, function() return #clients(outline) > 0 end, 50)
result.clients = #clients(outline)
local responses = vim.lsp.buf_request_sync(outline, 'textDocument/documentSymbol', { textDocument = vim.lsp.util.make_text_document_params(outline) }, 15000)
result.symbols = {}
for _, response in pairs(responses or {}) do
  for _, symbol in ipairs(response.result or {}) do
    table.insert(result.symbols, symbol.name)
  end
end

vim.fn.writefile({ vim.fn.json_encode(result) }, os.getenv('NIANBAO_OUT'))
vim.cmd('qa!')
