;;; figcheck-lsp-mode.el --- figcheck through lsp-mode  -*- lexical-binding: t; -*-

;; Add to your init file, or load this file from it.  Needs `figcheck' on `exec-path'.
;; figcheck is an add-on server: it runs next to any other server for Markdown.

(with-eval-after-load 'lsp-mode
  (add-to-list 'lsp-language-id-configuration '(markdown-mode . "markdown"))
  (add-to-list 'lsp-language-id-configuration '(gfm-mode . "markdown"))
  (add-to-list 'lsp-language-id-configuration '(text-mode . "plaintext"))
  (lsp-register-client
   (make-lsp-client
    :new-connection (lsp-stdio-connection '("figcheck" "lsp"))
    :activation-fn (lsp-activate-on "markdown" "plaintext")
    :server-id 'figcheck
    :add-on? t
    ;; Settings, e.g. (list :corpus "sources" :severity (list :unsupported "hint"));
    ;; unset ones come from figcheck.toml.
    :initialization-options (lambda () (list)))))

(add-hook 'markdown-mode-hook #'lsp-deferred)
(add-hook 'text-mode-hook #'lsp-deferred)

;;; figcheck-lsp-mode.el ends here
