;;; figcheck-eglot.el --- figcheck through Eglot (built into Emacs 29+)  -*- lexical-binding: t; -*-

;; Add to your init file, or load this file from it.  Needs `figcheck' on `exec-path'.
;; Eglot sends the major mode's name as the language ("markdown", "text"); figcheck
;; checks both.

(with-eval-after-load 'eglot
  (add-to-list 'eglot-server-programs
               ;; Settings go after "lsp", e.g.
               ;;   :initializationOptions (:corpus "sources" :severity (:unsupported "hint"))
               ;; Unset ones come from figcheck.toml.
               '((markdown-mode gfm-mode text-mode) . ("figcheck" "lsp"))))

(add-hook 'markdown-mode-hook #'eglot-ensure)
(add-hook 'text-mode-hook #'eglot-ensure)

;;; figcheck-eglot.el ends here
