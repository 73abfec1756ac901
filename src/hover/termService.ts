// The term index (built on the first hover, not at activation) and a per-document cache
// of the one-pass analysis, so a hover only reads one line.
import * as vscode from 'vscode';
import type { ContentService } from '../content/contentService';
import { analyze, type DocumentAnalysis } from '../core/terms/analyze';
import { fileKind } from '../core/terms/fileKind';
import { TermIndex } from '../core/terms/termIndex';

export class TermService implements vscode.Disposable {
  private index: Promise<TermIndex> | undefined;
  private readonly analyses = new Map<string, { version: number; analysis: DocumentAnalysis }>();
  private readonly disposables: vscode.Disposable[];

  constructor(private readonly content: ContentService) {
    this.disposables = [
      content.onDidChange(() => (this.index = undefined)),
      vscode.workspace.onDidCloseTextDocument((d) => this.analyses.delete(d.uri.toString())),
    ];
  }

  terms(): Promise<TermIndex> {
    this.index ??= this.content.index().then((i) => new TermIndex(i.cards));
    return this.index;
  }

  /** The analysis of a document's current version, or undefined when no matcher applies. */
  analysis(document: vscode.TextDocument): DocumentAnalysis | undefined {
    const kind = fileKind(document.languageId, document.fileName);
    if (!kind) return undefined;
    const key = document.uri.toString();
    const cached = this.analyses.get(key);
    if (cached && cached.version === document.version && cached.analysis.kind === kind) return cached.analysis;
    const analysis = analyze(document.getText(), kind);
    this.analyses.set(key, { version: document.version, analysis });
    return analysis;
  }

  dispose(): void {
    vscode.Disposable.from(...this.disposables).dispose();
    this.analyses.clear();
  }
}
