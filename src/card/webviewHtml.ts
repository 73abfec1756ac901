// The card webview's HTML shell. Strict CSP: nothing but our nonce'd script and styles
// from the extension; all card content arrives later by message.
import * as vscode from 'vscode';

export function localResourceRoots(extensionUri: vscode.Uri): vscode.Uri[] {
  return [vscode.Uri.joinPath(extensionUri, 'dist', 'webview'), vscode.Uri.joinPath(extensionUri, 'media')];
}

function nonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** Font settings of the markdown preview, so cards read like the user's previews. */
function previewFont(): { family: string; size: number; lineHeight: number } {
  const config = vscode.workspace.getConfiguration('markdown.preview');
  return {
    family: config.get<string>('fontFamily', '') || '',
    size: config.get<number>('fontSize', 14) || 14,
    lineHeight: config.get<number>('lineHeight', 1.6) || 1.6,
  };
}

export function cardHtml(webview: vscode.Webview, extensionUri: vscode.Uri, title: string): string {
  const asset = (...path: string[]) => webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, ...path)).toString();
  const n = nonce();
  const font = previewFont();
  const csp = [
    "default-src 'none'",
    `img-src ${webview.cspSource} data:`,
    `style-src ${webview.cspSource}`,
    `font-src ${webview.cspSource}`,
    `script-src 'nonce-${n}'`,
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${asset('dist', 'webview', 'codicon.css')}" id="vscode-codicon-stylesheet">
<link rel="stylesheet" href="${asset('media', 'card.css')}">
<title>${escapeAttr(title)}</title>
</head>
<body data-font-family="${escapeAttr(font.family)}" data-font-size="${font.size}" data-line-height="${font.lineHeight}">
<main id="app" aria-live="polite"></main>
<script nonce="${n}" src="${asset('dist', 'webview', 'card.js')}"></script>
</body>
</html>`;
}
