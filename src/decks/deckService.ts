// Loads user decks, compiles them with the same compiler as the built-in content, reports
// their problems in the Problems panel and reloads them when their files change. A broken
// card never hides the valid ones, and never touches the built-in deck.
import * as vscode from 'vscode';
import type { ContentService } from '../content/contentService';
import { compileContent } from '../core/content/compile';
import type { ContentBundle } from '../core/content/model';
import { SETTINGS, SETTINGS_SECTION } from '../ids';
import { findDeckSources, listCardFiles, type DeckSource } from './deckSources';

/** Cards bigger than this are rejected unread: a deck must not stall the extension host. */
const MAX_CARD_BYTES = 1_000_000;

export class DeckService implements vscode.Disposable {
  readonly diagnostics = vscode.languages.createDiagnosticCollection('backendCards');
  private watchers: vscode.Disposable[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly loaded = new vscode.EventEmitter<{ sources: DeckSource[]; restricted: number; cards: number }>();
  /** Fires after every (re)load, with what was loaded (tests, the tree's notice). */
  readonly onDidLoad = this.loaded.event;
  private loading: Promise<void> = Promise.resolve();

  constructor(private readonly content: ContentService) {
    this.disposables.push(
      this.diagnostics,
      this.loaded,
      vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration(`${SETTINGS_SECTION}.${SETTINGS.decks}`) && this.schedule()),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.schedule()),
      vscode.workspace.onDidGrantWorkspaceTrust(() => this.schedule()),
    );
  }

  /** Loads now; later loads are debounced by schedule(). Resolves when done. */
  reload(): Promise<void> {
    this.loading = this.loading.then(() => this.load()).catch((error: unknown) => {
      void vscode.window.showErrorMessage(vscode.l10n.t('Backend Cards could not load your decks: {0}', String(error)));
    });
    return this.loading;
  }

  /** Many file events arrive together (a save, a git checkout): reload once they settle. */
  schedule(delayMs = 200): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.reload(), delayMs);
  }

  private async load(): Promise<void> {
    const { sources, restricted } = await findDeckSources();
    this.watch(sources);
    this.diagnostics.clear();
    if (sources.length === 0) {
      this.content.setDecks([]);
      this.loaded.fire({ sources, restricted, cards: 0 });
      return;
    }
    const externalIds = await this.content.builtInIds();
    const bundles: ContentBundle[] = [];
    const problemsByUri = new Map<string, vscode.Diagnostic[]>();
    const seen = new Set<string>();
    for (const [i, source] of sources.entries()) {
      const files = await listCardFiles(source.root);
      const byName = new Map<string, vscode.Uri>();
      const cards = [];
      for (const uri of files) {
        const name = vscode.workspace.asRelativePath(uri, true);
        byName.set(name, uri);
        const bytes = await vscode.workspace.fs.readFile(uri);
        if (bytes.byteLength > MAX_CARD_BYTES) {
          const d = new vscode.Diagnostic(new vscode.Range(0, 0, 0, 0), vscode.l10n.t('This card is {0} MB; cards over 1 MB are not loaded.', (bytes.byteLength / 1e6).toFixed(1)), vscode.DiagnosticSeverity.Error);
          problemsByUri.set(uri.toString(), [d]);
          continue;
        }
        cards.push({ file: name, text: new TextDecoder('utf-8').decode(bytes) });
      }
      const { bundle, problems } = compileContent({
        cards,
        deck: { category: { id: source.id, title: { zh: source.title, en: source.title }, icon: 'library', order: 1000 + i }, externalIds: new Set([...externalIds, ...seen]) },
      });
      for (const p of problems) {
        const uri = byName.get(p.file);
        if (!uri) continue;
        const line = Math.max(0, p.line - 1);
        const range = new vscode.Range(line, Math.max(0, p.column - 1), line, Number.MAX_SAFE_INTEGER);
        const diagnostic = new vscode.Diagnostic(range, p.field ? `${p.field}: ${p.message}` : p.message, p.severity === 'warning' ? vscode.DiagnosticSeverity.Warning : vscode.DiagnosticSeverity.Error);
        diagnostic.source = 'Backend Cards';
        problemsByUri.set(uri.toString(), [...(problemsByUri.get(uri.toString()) ?? []), diagnostic]);
      }
      // Cards with errors stay out; every valid card of the deck is kept.
      const broken = new Set(problems.filter((p) => p.severity === 'error').map((p) => p.file));
      bundle.cards = bundle.cards.filter((c) => !broken.has(c.file));
      for (const c of bundle.cards) seen.add(c.id);
      bundles.push(bundle);
    }
    for (const [uri, diagnostics] of problemsByUri) this.diagnostics.set(vscode.Uri.parse(uri), diagnostics);
    this.content.setDecks(bundles);
    this.loaded.fire({ sources, restricted, cards: bundles.reduce((n, b) => n + b.cards.length, 0) });
  }

  private watch(sources: DeckSource[]) {
    vscode.Disposable.from(...this.watchers).dispose();
    this.watchers = sources.map((source) => {
      const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(source.root, '**/*.md'));
      const onChange = () => this.schedule();
      return vscode.Disposable.from(watcher, watcher.onDidChange(onChange), watcher.onDidCreate(onChange), watcher.onDidDelete(onChange));
    });
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    vscode.Disposable.from(...this.watchers, ...this.disposables).dispose();
  }
}
