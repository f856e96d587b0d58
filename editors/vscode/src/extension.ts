// figcheck for VS Code: starts `figcheck lsp` for Markdown and plain-text drafts and
// `.claims` files.
//
// Everything figcheck shows (diagnostics, hovers, quick fixes, go to definition, the
// explanation of a figure) comes from the language server; this file starts it, passes
// the settings on, shows the corpus state the server reports (`figcheck/status`) in the
// status bar, and restarts the server when the binary's path changes.

import * as vscode from 'vscode';
import {
  LanguageClient,
  LanguageClientOptions,
  ServerOptions,
  TransportKind,
} from 'vscode-languageclient/node';

let client: LanguageClient | undefined;
let statusItem: vscode.StatusBarItem | undefined;
let explanations: vscode.OutputChannel | undefined;

/** What the server sends as `figcheck/status`. */
interface Status {
  state: 'indexing' | 'ready' | 'no-corpus' | 'error';
  message: string;
}

const STATUS_ICONS: Record<Status['state'], string> = {
  indexing: '$(sync~spin)',
  ready: '$(check)',
  'no-corpus': '$(circle-slash)',
  error: '$(error)',
};

function showStatus(status: Status): void {
  if (!statusItem) {
    return;
  }
  statusItem.text = `${STATUS_ICONS[status.state] ?? ''} figcheck`;
  statusItem.tooltip = `figcheck: ${status.message}`;
  statusItem.backgroundColor =
    status.state === 'error' ? new vscode.ThemeColor('statusBarItem.errorBackground') : undefined;
  statusItem.show();
}

/** The settings the server reads; unset ones (null) fall back to figcheck.toml. */
function serverSettings(): Record<string, unknown> {
  const c = vscode.workspace.getConfiguration('figcheck');
  return {
    corpus: c.get('corpus') ?? null,
    config: c.get('config') ?? null,
    index: c.get('index') ?? null,
    debounceMs: c.get('debounceMs') ?? null,
    severity: {
      contradicted: c.get('severity.contradicted') ?? null,
      unsupported: c.get('severity.unsupported') ?? null,
      supported: c.get('severity.supported') ?? null,
      disagreement: c.get('severity.disagreement') ?? null,
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
      { scheme: 'file', language: 'figcheck-claims' },
    ],
    initializationOptions: serverSettings(),
    // Sends the whole `figcheck` section on every change; the server re-reads it.
    synchronize: { configurationSection: 'figcheck' },
  };
  return new LanguageClient('figcheck', 'figcheck', serverOptions, clientOptions);
}

async function start(): Promise<void> {
  client = createClient();
  client.onNotification('figcheck/status', showStatus);
  showStatus({ state: 'indexing', message: 'starting' });
  try {
    await client.start();
  } catch (err) {
    showStatus({ state: 'error', message: `could not start the server: ${String(err)}` });
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

/**
 * Asks the server how it judged the figure at the cursor; shows it in an output panel.
 * The server's own `figcheck.explain` command (registered by the client library, as
 * `figcheck.recheck` is) needs a position, which this command supplies.
 */
async function explain(): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!client || !editor) {
    void vscode.window.showInformationMessage('figcheck: open a draft and put the cursor on a figure.');
    return;
  }
  const args = client.code2ProtocolConverter.asTextDocumentPositionParams(
    editor.document,
    editor.selection.active,
  );
  const text = await client.sendRequest<string | null>('workspace/executeCommand', {
    command: 'figcheck.explain',
    arguments: [args],
  });
  explanations ??= vscode.window.createOutputChannel('figcheck explain');
  explanations.clear();
  explanations.append(text ?? 'figcheck: nothing to explain');
  explanations.show(true);
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  statusItem = vscode.window.createStatusBarItem(vscode.StatusBarAlignment.Left, 10);
  statusItem.command = 'figcheck.recheck';
  context.subscriptions.push(
    statusItem,
    vscode.commands.registerCommand('figcheck.restart', restart),
    vscode.commands.registerCommand('figcheck.explainAtCursor', explain),
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
