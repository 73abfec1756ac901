import * as vscode from 'vscode';
import { pickLang } from '../core/content/contentIndex';
import type { Lang } from '../core/content/model';
import { termAt, type TermMatch } from '../core/terms/matcher';
import type { TermEntry } from '../core/terms/termIndex';
import { COMMANDS } from '../ids';
import { hoverLanguage, hoverSettings } from '../settings';
import type { TermService } from './termService';

/** A command link only our own command may run (the hover is trusted for it alone). */
export function commandLink(label: string, command: string, args: unknown[]): string {
  return `[${label}](command:${command}?${encodeURIComponent(JSON.stringify(args))})`;
}

/** The only commands a hover may run: never `isTrusted = true`. */
export const HOVER_COMMANDS = [COMMANDS.openCard, COMMANDS.addToReview] as const;

export function hoverMarkdown(match: TermMatch, lang: Lang): vscode.MarkdownString {
  const md = new vscode.MarkdownString('', true);
  md.isTrusted = { enabledCommands: [...HOVER_COMMANDS] };
  md.supportHtml = false;
  // A term several cards teach: each card gets its summary and links.
  [match.entry, ...(match.others ?? []).slice(0, 2)].forEach((entry, i) => {
    if (i > 0) md.appendMarkdown('\n\n---\n\n');
    appendEntry(md, entry, lang);
  });
  return md;
}

function appendEntry(md: vscode.MarkdownString, entry: TermEntry, lang: Lang) {
  md.appendMarkdown(`**\`${entry.term.replace(/`/g, '')}\`** · ${escapeMd(pickLang(entry.cardTitle, lang))}\n\n`);
  md.appendMarkdown(`${escapeMd(pickLang(entry.summary, lang))}\n\n`);
  const links = [
    `$(book) ${commandLink(vscode.l10n.t('Open card'), COMMANDS.openCard, [entry.cardId])}`,
    `$(add) ${commandLink(vscode.l10n.t('Add to review'), COMMANDS.addToReview, [entry.cardId])}`,
  ];
  if (entry.doc) links.push(`$(link-external) [${vscode.l10n.t('Documentation')}](${entry.doc})`);
  md.appendMarkdown(links.join(' · '));
}

function escapeMd(text: string): string {
  return text.replace(/[\\`*_{}[\]<>#|]/g, (c) => `\\${c}`);
}

export class TermHoverProvider implements vscode.HoverProvider {
  constructor(private readonly terms: TermService) {}

  async provideHover(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    const settings = hoverSettings();
    if (!settings.enabled || settings.disabledLanguages.includes(document.languageId)) return undefined;
    const analysis = this.terms.analysis(document);
    if (!analysis) return undefined;
    const match = termAt(await this.terms.terms(), analysis, document.offsetAt(position));
    if (!match) return undefined;
    const range = new vscode.Range(document.positionAt(match.start), document.positionAt(match.end));
    return new vscode.Hover(hoverMarkdown(match, hoverLanguage()), range);
  }
}
