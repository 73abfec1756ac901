// Where user decks come from: folders in the `backendCards.decks` setting, and a
// `.backend-cards/` folder in each workspace folder — the latter only in a trusted
// workspace (a repository's cards are its author's content, shown in our webview).
import * as vscode from 'vscode';
import { SETTINGS, SETTINGS_SECTION } from '../ids';

export interface DeckSource {
  /** Category id of the deck in the tree. */
  id: string;
  title: string;
  root: vscode.Uri;
  kind: 'setting' | 'workspace';
}

export const WORKSPACE_DECK_FOLDER = '.backend-cards';

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'deck';
}

function resolveFolder(path: string): vscode.Uri | undefined {
  const home = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env?.['HOME'];
  const expanded = path.startsWith('~/') && home ? `${home}${path.slice(1)}` : path;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(expanded)) return vscode.Uri.parse(expanded);
  if (expanded.startsWith('/') || /^[A-Za-z]:[\\/]/.test(expanded)) return vscode.Uri.file(expanded);
  const first = vscode.workspace.workspaceFolders?.[0];
  return first ? vscode.Uri.joinPath(first.uri, expanded) : undefined;
}

export interface DeckSourcesResult {
  sources: DeckSource[];
  /** Workspace decks skipped because the workspace is not trusted. */
  restricted: number;
}

export async function findDeckSources(): Promise<DeckSourcesResult> {
  const trusted = vscode.workspace.isTrusted;
  const inspect = vscode.workspace.getConfiguration(SETTINGS_SECTION).inspect<unknown>(SETTINGS.decks);
  // In Restricted Mode only the user's own setting counts, never one a repository supplies.
  const configured = trusted ? vscode.workspace.getConfiguration(SETTINGS_SECTION).get<unknown>(SETTINGS.decks, []) : inspect?.globalValue ?? [];
  const sources: DeckSource[] = [];
  const used = new Set<string>();
  const add = (title: string, root: vscode.Uri, kind: DeckSource['kind']) => {
    let id = `deck-${slug(title)}`;
    for (let n = 2; used.has(id); n++) id = `deck-${slug(title)}-${n}`;
    used.add(id);
    sources.push({ id, title, root, kind });
  };
  for (const path of Array.isArray(configured) ? configured : []) {
    if (typeof path !== 'string' || !path.trim()) continue;
    const root = resolveFolder(path.trim());
    if (root) add(root.path.split('/').filter(Boolean).pop() ?? path, root, 'setting');
  }
  let restricted = 0;
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    const root = vscode.Uri.joinPath(folder.uri, WORKSPACE_DECK_FOLDER);
    const exists = await vscode.workspace.fs.stat(root).then((s) => s.type === vscode.FileType.Directory, () => false);
    if (!exists) continue;
    if (!trusted) restricted++;
    else add(folder.name, root, 'workspace');
  }
  return { sources, restricted };
}

/** Every markdown file below `root`, skipping hidden folders and node_modules. */
export async function listCardFiles(root: vscode.Uri): Promise<vscode.Uri[]> {
  const out: vscode.Uri[] = [];
  const walk = async (dir: vscode.Uri, depth: number) => {
    if (depth > 8) return;
    let entries: [string, vscode.FileType][];
    try {
      entries = await vscode.workspace.fs.readDirectory(dir);
    } catch {
      return;
    }
    for (const [name, type] of entries.sort(([a], [b]) => a.localeCompare(b))) {
      const uri = vscode.Uri.joinPath(dir, name);
      if (type === vscode.FileType.Directory && !name.startsWith('.') && name !== 'node_modules') await walk(uri, depth + 1);
      else if (type === vscode.FileType.File && name.endsWith('.md') && name.toLowerCase() !== 'readme.md') out.push(uri);
    }
  };
  await walk(root, 0);
  return out;
}
