;;; emacs.el --- Emacs + eglot as an LSP client of nianbao, set up by README's recipe (see emacs.test.ts)  -*- lexical-binding: t -*-
;; The report keeps Emacs' own major mode for .txt (text-mode): nothing here forces one.
(prefer-coding-system 'utf-8)
(dolist (dir (file-expand-wildcards "/usr/share/emacs/site-lisp/elpa/*"))
  (add-to-list 'load-path dir))
(require 'eglot)
(require 'json)
(load (getenv "NIANBAO_RECIPE") nil t)

(defun nianbao-test--wait (predicate seconds)
  "Process server output until PREDICATE holds or SECONDS pass; whether it held."
  (let ((deadline (+ (float-time) seconds)) held)
    (while (and (not (setq held (funcall predicate))) (< (float-time) deadline))
      (when (bound-and-true-p flymake-mode) (flymake-start))
      (accept-process-output nil 0.1))
    held))

(defun nianbao-test--open (file)
  "Visit FILE as a user would. Batch mode has no command loop: run the hook that follows a command,
where `eglot-ensure' (called by the recipe's mode hook) connects."
  (find-file file)
  (run-hooks 'post-command-hook)
  (current-buffer))

(let* ((report (nianbao-test--open (getenv "NIANBAO_REPORT")))
       (mode major-mode)
       (waited (nianbao-test--wait (lambda () (flymake-diagnostics)) 20))
       (diagnostics (with-current-buffer report
                      (mapcar (lambda (d)
                                (save-excursion
                                  (goto-char (flymake-diagnostic-beg d))
                                  `((line . ,(1- (line-number-at-pos))) (col . ,(- (point) (line-beginning-position))) (text . ,(flymake-diagnostic-text d)))))
                              (sort (flymake-diagnostics) (lambda (a b) (< (flymake-diagnostic-beg a) (flymake-diagnostic-beg b)))))))
       (outline (nianbao-test--open (getenv "NIANBAO_OUTLINE")))
       (symbols (with-current-buffer outline
                  (jsonrpc-request (eglot--current-server-or-lose) :textDocument/documentSymbol
                                   `(:textDocument ,(eglot--TextDocumentIdentifier))))))
  (with-temp-file (getenv "NIANBAO_OUT")
    (insert (json-encode `((mode . ,(symbol-name mode))
                           (waited . ,(if waited t :json-false))
                           (servers . ,(length (hash-table-values eglot--servers-by-project)))
                           (diagnostics . ,(vconcat diagnostics))
                           (symbols . ,(vconcat (mapcar (lambda (s) (plist-get s :name)) symbols))))))))
(kill-emacs 0)
