// The webview side of the typed message channels (one pair of unions per webview).
declare function acquireVsCodeApi(): { postMessage(message: unknown): void; getState(): unknown; setState(state: unknown): void };

const api = acquireVsCodeApi();

/** A typed handle on the VS Code webview API for one webview's message unions. */
export function channel<ToHost, FromHost, State = unknown>() {
  return {
    post: (message: ToHost) => api.postMessage(message),
    getState: () => api.getState() as State | undefined,
    setState: (state: State) => api.setState(state),
    onMessage(handler: (message: FromHost) => void) {
      window.addEventListener('message', (event: MessageEvent<FromHost>) => handler(event.data));
    },
  };
}

/** Applies the markdown preview font settings the host put on <body>. */
export function applyFontSettings(): void {
  const { fontFamily, fontSize, lineHeight } = document.body.dataset;
  if (fontFamily) document.body.style.setProperty('--card-font-family', fontFamily);
  if (fontSize) document.body.style.setProperty('--card-font-size', `${fontSize}px`);
  if (lineHeight) document.body.style.setProperty('--card-line-height', lineHeight);
}
