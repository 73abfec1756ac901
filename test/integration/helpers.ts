import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { BackendCardsApi } from '../../src/extension';

export const EXTENSION_ID = 'backend-cards.backend-cards';

export async function api(): Promise<BackendCardsApi> {
  const extension = vscode.extensions.getExtension<BackendCardsApi>(EXTENSION_ID);
  assert.ok(extension, `extension ${EXTENSION_ID} is not loaded`);
  return extension.isActive ? extension.exports : extension.activate();
}

/** Resolves with the first event that satisfies `predicate`, or rejects after `ms`. */
export function nextEvent<T>(event: vscode.Event<T>, predicate: (value: T) => boolean = () => true, ms = 15_000): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(new Error(`event not fired within ${ms} ms`));
    }, ms);
    const subscription = event((value) => {
      if (!predicate(value)) return;
      clearTimeout(timer);
      subscription.dispose();
      resolve(value);
    });
  });
}
