// Loads the compiled content bundle on first use (never during activation) through
// vscode.workspace.fs, which works in desktop, web and remote extension hosts alike.
import * as vscode from 'vscode';
import { ContentIndex } from '../core/content/contentIndex';
import type { ContentBundle } from '../core/content/model';
import { readBundle } from '../core/content/readBundle';

export class ContentService {
  private loading: Promise<ContentIndex> | undefined;
  private builtIn: Promise<ContentBundle> | undefined;
  /** User decks (see src/decks), shown after the built-in categories. */
  private decks: ContentBundle[] = [];
  private loaded: ContentIndex | undefined;
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;

  constructor(private readonly extensionUri: vscode.Uri) {}

  /** The index, loading it on the first call. Rejects with a message that says what to do. */
  index(): Promise<ContentIndex> {
    this.loading ??= this.load().then(
      (index) => (this.loaded = index),
      (error: unknown) => {
        this.loading = undefined; // let a later call retry, e.g. after a rebuild
        throw error;
      },
    );
    return this.loading;
  }

  /** The index if already loaded, for synchronous paths such as getParent. */
  get current(): ContentIndex | undefined {
    return this.loaded;
  }

  reload(): void {
    this.builtIn = undefined;
    this.loading = undefined;
    this.loaded = undefined;
    this.changed.fire();
  }

  /** Replaces the user decks; the index is rebuilt (cheaply: no parsing) on next use. */
  setDecks(decks: ContentBundle[]): void {
    this.decks = decks;
    this.loading = undefined;
    this.loaded = undefined;
    this.changed.fire();
  }

  /** Whether user decks are loaded (their cards are not in the prebuilt search index). */
  get hasDecks(): boolean {
    return this.decks.length > 0;
  }

  /**
   * The search index `build:content` serialized for the built-in cards (dist/search-index.json),
   * or undefined when it is missing: search then builds its own.
   */
  async readSearchIndex(): Promise<unknown> {
    try {
      const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(this.extensionUri, 'dist', 'search-index.json'));
      return JSON.parse(new TextDecoder().decode(bytes)) as unknown;
    } catch {
      return undefined;
    }
  }

  /** The ids of the built-in cards, which deck cards may link to but not reuse. */
  async builtInIds(): Promise<Set<string>> {
    return new Set((await this.loadBuiltIn()).cards.map((c) => c.id));
  }

  private async load(): Promise<ContentIndex> {
    const builtIn = await this.loadBuiltIn();
    if (this.decks.length === 0) return new ContentIndex(builtIn);
    return new ContentIndex({
      ...builtIn,
      categories: [...builtIn.categories, ...this.decks.flatMap((d) => d.categories)],
      cards: [...builtIn.cards, ...this.decks.flatMap((d) => d.cards)],
    });
  }

  private loadBuiltIn(): Promise<ContentBundle> {
    this.builtIn ??= this.readBuiltIn().catch((error: unknown) => {
      this.builtIn = undefined;
      throw error;
    });
    return this.builtIn;
  }

  private async readBuiltIn(): Promise<ContentBundle> {
    const uri = vscode.Uri.joinPath(this.extensionUri, 'dist', 'content.json');
    let bytes: Uint8Array;
    try {
      bytes = await vscode.workspace.fs.readFile(uri);
    } catch {
      throw new Error(vscode.l10n.t('The content bundle {0} is missing. Run "npm run build:content".', 'dist/content.json'));
    }
    return readBundle(new TextDecoder().decode(bytes), 'dist/content.json');
  }

  dispose(): void {
    this.changed.dispose();
  }
}
