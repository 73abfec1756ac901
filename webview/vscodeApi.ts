// The webview side of the typed message channel.
import type { CardPanelState, HostToWebview, WebviewToHost } from '../src/shared/messages';

interface VsCodeApi {
  postMessage(message: WebviewToHost): void;
  getState(): CardPanelState | undefined;
  setState(state: CardPanelState): void;
}

declare function acquireVsCodeApi(): VsCodeApi;

export const vscode = acquireVsCodeApi();

export function onHostMessage(handler: (message: HostToWebview) => void): void {
  window.addEventListener('message', (event: MessageEvent<HostToWebview>) => handler(event.data));
}
