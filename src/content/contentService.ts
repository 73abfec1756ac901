// Loads the compiled content bundle on first use (never during activation) through
// vscode.workspace.fs, which works in desktop, web and remote extension hosts alike.
import * as vscode from 'vscode';
import { ContentIndex } from '../core/content/contentIndex';
import { readBundle } from '../core/content/readBundle';

export class ContentService {
  private loading: Promise<ContentIndex> | undefined;
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
    this.loading = undefined;
    this.loaded = undefined;
    this.changed.fire();
  }

  private async load(): Promise<ContentIndex> {
    const uri = vscode.Uri.joinPath(this.extensionUri, 'dist', 'content.json');
    let bytes: Uint8Array;
    try {
      bytes = await vscode.workspace.fs.readFile(uri);
    } catch {
      throw new Error(vscode.l10n.t('The content bundle {0} is missing. Run "npm run build:content".', 'dist/content.json'));
    }
    return new ContentIndex(readBundle(new TextDecoder().decode(bytes), 'dist/content.json'));
  }

  dispose(): void {
    this.changed.dispose();
  }
}
