// figcheck for VS Code: starts `figcheck lsp` for Markdown and plain-text drafts.
//
// Everything figcheck shows (diagnostics, hovers, quick fixes, go to definition) comes
// from the language server; this file only starts it, passes the settings on, and
// restarts it when the binary's path changes.

import * as vscode from 'vscode';
import {
  LanguageClient,
  LanguageClientOptions,
  ServerOptions,
  TransportKind,
} from 'vscode-languageclient/node';

let client: LanguageClient | undefined;

/** The settings the server reads; unset ones (null) fall back to figcheck.toml. */
function serverSettings(): Record<string, unknown> {
  const c = vscode.workspace.getConfiguration('figcheck');
  return {
    corpus: c.get('corpus') ?? null,
    config: c.get('config') ?? null,
    severity: {
      contradicted: c.get('severity.contradicted') ?? null,
      unsupported: c.get('severity.unsupported') ?? null,
      supported: c.get('severity.supported') ?? null,
    },
  };
}

function createClient(): LanguageClient {
  const command = vscode.workspace.getConfiguration('figcheck').get<string>('path') || 'figcheck';
  const serverOptions: ServerOptions = {
    run: { command, args: ['lsp'], transport: TransportKind.stdio },
    debug: {
      command,
      args: ['lsp'],
      transport: TransportKind.stdio,
      options: { env: { ...process.env, FIGCHECK_LOG: 'debug' } },
    },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'markdown' },
      { scheme: 'file', language: 'plaintext' },
      { scheme: 'untitled', language: 'markdown' },
      { scheme: 'untitled', language: 'plaintext' },
    ],
    initializationOptions: serverSettings(),
    // Sends the whole `figcheck` section on every change; the server re-reads it.
    synchronize: { configurationSection: 'figcheck' },
  };
  return new LanguageClient('figcheck', 'figcheck', serverOptions, clientOptions);
}

async function start(): Promise<void> {
  client = createClient();
  try {
    await client.start();
  } catch (err) {
    const path = vscode.workspace.getConfiguration('figcheck').get<string>('path') || 'figcheck';
    void vscode.window.showErrorMessage(
      `figcheck: could not start "${path} lsp" (${String(err)}). Install figcheck or set "figcheck.path".`,
    );
  }
}

async function restart(): Promise<void> {
  const old = client;
  client = undefined;
  if (old) {
    await old.stop().catch(() => undefined);
  }
  await start();
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  context.subscriptions.push(
    vscode.commands.registerCommand('figcheck.restart', restart),
    vscode.workspace.onDidChangeConfiguration((e) => {
      // The server picks up other settings itself; a new binary needs a new process.
      if (e.affectsConfiguration('figcheck.path')) {
        void restart();
      }
    }),
  );
  await start();
}

export async function deactivate(): Promise<void> {
  if (client) {
    await client.stop();
  }
}
