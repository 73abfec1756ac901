import type * as vscode from 'vscode';

/**
 * Messages to a webview that has not said "ready" yet would be lost: hold the newest one
 * (each message is a whole view, so older ones are obsolete) and send it on "ready".
 */
export class WebviewOutbox<T> {
  private ready = false;
  private pending: T | undefined;

  constructor(private readonly webview: vscode.Webview) {}

  post(message: T): void {
    if (this.ready) void this.webview.postMessage(message);
    else this.pending = message;
  }

  /** Call when the webview sends "ready". */
  markReady(): void {
    this.ready = true;
    const pending = this.pending;
    this.pending = undefined;
    if (pending !== undefined) void this.webview.postMessage(pending);
  }
}
