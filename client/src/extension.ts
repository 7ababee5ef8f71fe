// Thin client: starts the language server, forwards settings, shows status. No analysis here.
import * as path from 'node:path';
import { SERVER_NODE_FLAGS } from './serverFlags.ts';
import * as vscode from 'vscode';
import {
  LanguageClient,
  TransportKind,
  type DocumentSelector,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';

let client: LanguageClient | undefined;
let output: vscode.LogOutputChannel;
let status: vscode.StatusBarItem;
let storeInfo: { entities: number; facts: number; errors: number } | undefined;
const findingsByUri = new Map<string, number>();

const DEFAULT_SELECTOR = [{ language: 'markdown' }, { language: 'plaintext' }];

function documentSelector(): DocumentSelector {
  const configured = vscode.workspace.getConfiguration('infraFactcheck').get<unknown[]>('documentSelector');
  const selector = (Array.isArray(configured) && configured.length ? configured : DEFAULT_SELECTOR) as DocumentSelector;
  // Fact-store files get live validation.
  return [...selector, { language: 'yaml', pattern: '**/facts/**/*.{yaml,yml}' }];
}

function createClient(context: vscode.ExtensionContext): LanguageClient {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  // The server's V8 code cache (server/src/launch.ts) goes in the extension's own storage.
  const env = { ...process.env, INFRA_FACTCHECK_CODE_CACHE: path.join(context.globalStorageUri.fsPath, 'code-cache') };
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: SERVER_NODE_FLAGS, env } },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: [...SERVER_NODE_FLAGS, '--nolazy', '--inspect=6019'], env: { ...env, INFRA_FACTCHECK_CODE_CACHE: 'off' } } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: documentSelector(),
    outputChannel: output,
    synchronize: {
      configurationSection: 'infraFactcheck',
      fileEvents: [
        vscode.workspace.createFileSystemWatcher('**/facts/**/*.{yaml,yml}'),
        vscode.workspace.createFileSystemWatcher('**/.infra-factcheck.json'),
        vscode.workspace.createFileSystemWatcher('**/*.{md,txt}'),
      ],
    },
    initializationOptions: vscode.workspace.getConfiguration('infraFactcheck'),
    middleware: {
      // After "Add to fact store…", open the new fact so the user can fill in the source.
      executeCommand: async (command, args, next) => {
        const result = await next(command, args);
        if (command === 'infraFactcheck.addFact') {
          const r = result as { ok?: boolean; uri?: string; line?: number; message?: string } | undefined;
          if (r?.ok && r.uri) {
            const editor = await vscode.window.showTextDocument(vscode.Uri.parse(r.uri));
            const pos = new vscode.Position(r.line ?? 0, 0);
            editor.selection = new vscode.Selection(pos, pos);
            editor.revealRange(new vscode.Range(pos, pos), vscode.TextEditorRevealType.InCenter);
            vscode.window.showInformationMessage(vscode.l10n.t('Fact added. Fill in its source before you rely on it.'));
          } else if (r?.message) vscode.window.showWarningMessage(r.message);
        }
        return result;
      },
    },
  };
  const c = new LanguageClient('infraFactcheck', 'infra-factcheck', serverOptions, clientOptions);
  return c;
}

async function start(context: vscode.ExtensionContext): Promise<void> {
  client = createClient(context);
  await client.start();
  client.onNotification('infraFactcheck/storeStatus', (s: { entities: number; facts: number; errors: number }) => {
    storeInfo = s;
    updateStatus();
  });
  client.onNotification('infraFactcheck/documentStatus', (s: { uri: string; findings: number }) => {
    findingsByUri.set(s.uri, s.findings);
    updateStatus();
  });
}

function updateStatus(): void {
  const uri = vscode.window.activeTextEditor?.document.uri.toString();
  const findings = uri ? findingsByUri.get(uri) : undefined;
  const store = storeInfo ? vscode.l10n.t('{0} entities · {1} facts', storeInfo.entities, storeInfo.facts) : vscode.l10n.t('loading fact store…');
  const errors = storeInfo?.errors ? ' ' + vscode.l10n.t('· {0} store errors', storeInfo.errors) : '';
  const draft = findings !== undefined ? ' ' + vscode.l10n.t('· {0} findings', findings) : '';
  status.text = `$(checklist) ${store}${errors}${draft}`;
  status.tooltip = vscode.l10n.t('infra-factcheck: fact store in use and findings in this draft. Click to validate the fact store.');
  status.backgroundColor = storeInfo?.errors ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
  status.show();
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  output = vscode.window.createOutputChannel('infra-factcheck', { log: true });
  status = vscode.window.createStatusBarItem('infraFactcheck.status', vscode.StatusBarAlignment.Right, 100);
  status.name = 'infra-factcheck';
  status.command = 'infraFactcheck.validateStore';
  context.subscriptions.push(output, status);
  updateStatus();

  context.subscriptions.push(
    vscode.commands.registerCommand('infraFactcheck.restartServer', async () => {
      if (client) await client.stop().catch(() => undefined);
      await start(context);
      vscode.window.setStatusBarMessage(vscode.l10n.t('infra-factcheck server restarted'), 3000);
    }),
    vscode.commands.registerCommand('infraFactcheck.showOutput', () => output.show(true)),
    vscode.commands.registerCommand('infraFactcheck.validateStore', async () => {
      if (!client) return;
      const r = (await client.sendRequest('workspace/executeCommand', { command: 'infraFactcheck.server.validateStore', arguments: [] })) as { entities: number; facts: number; errors: number; problems: number };
      const msg = vscode.l10n.t('Fact store: {0} entities, {1} facts, {2} errors, {3} problems in all.', r.entities, r.facts, r.errors, r.problems);
      if (r.problems) {
        const open = vscode.l10n.t('Show problems');
        if ((await vscode.window.showWarningMessage(msg, open)) === open) vscode.commands.executeCommand('workbench.actions.view.problems');
      } else vscode.window.showInformationMessage(msg);
    }),
    vscode.commands.registerCommand('infraFactcheck.openEntity', async () => {
      const editor = vscode.window.activeTextEditor;
      if (!client || !editor) return;
      const offset = editor.document.offsetAt(editor.selection.active);
      const loc = (await client.sendRequest('workspace/executeCommand', { command: 'infraFactcheck.server.entityLocation', arguments: [editor.document.uri.toString(), offset] })) as { uri: string; range: { start: { line: number } } } | null;
      if (!loc) {
        vscode.window.showInformationMessage(vscode.l10n.t('No entity or figure with a fact under the cursor.'));
        return;
      }
      const doc = await vscode.window.showTextDocument(vscode.Uri.parse(loc.uri));
      const pos = new vscode.Position(loc.range.start.line, 0);
      doc.selection = new vscode.Selection(pos, pos);
      doc.revealRange(new vscode.Range(pos, pos), vscode.TextEditorRevealType.InCenter);
    }),
    vscode.window.onDidChangeActiveTextEditor(() => updateStatus()),
    vscode.workspace.onDidChangeConfiguration(async (e) => {
      if (e.affectsConfiguration('infraFactcheck.documentSelector')) await vscode.commands.executeCommand('infraFactcheck.restartServer');
    }),
  );
  await start(context);
}

export async function deactivate(): Promise<void> {
  if (client) await client.stop();
}
