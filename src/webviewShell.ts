// The HTML shell every webview of ours uses. Strict CSP: nothing but our nonce'd script
// and our stylesheets; all content arrives later by message, after the webview's "ready".
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

/** Font settings of the markdown preview, so our pages read like the user's previews. */
function previewFont(): { family: string; size: number; lineHeight: number } {
  const config = vscode.workspace.getConfiguration('markdown.preview');
  return {
    family: config.get<string>('fontFamily', '') || '',
    size: config.get<number>('fontSize', 14) || 14,
    lineHeight: config.get<number>('lineHeight', 1.6) || 1.6,
  };
}

/** Sets the panel's options and HTML for the front end `dist/webview/<name>.js` + `media/<name>.css`. */
export function webviewShell(panel: vscode.WebviewPanel, extensionUri: vscode.Uri, name: 'card' | 'quiz' | 'stats', title: string): void {
  const webview = panel.webview;
  webview.options = { enableScripts: true, localResourceRoots: localResourceRoots(extensionUri) };
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
  webview.html = `<!DOCTYPE html>
<html lang="${vscode.env.language.startsWith('zh') ? 'zh-CN' : 'en'}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${asset('dist', 'webview', 'codicon.css')}" id="vscode-codicon-stylesheet">
<link rel="stylesheet" href="${asset('media', 'common.css')}">
<link rel="stylesheet" href="${asset('media', `${name}.css`)}">
<title>${escapeAttr(title)}</title>
</head>
<body data-font-family="${escapeAttr(font.family)}" data-font-size="${font.size}" data-line-height="${font.lineHeight}">
<main id="app" aria-live="polite"></main>
<script nonce="${n}" src="${asset('dist', 'webview', `${name}.js`)}"></script>
</body>
</html>`;
}
