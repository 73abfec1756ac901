// The extension loads the bundle lazily as JSON; this guards against a stale or foreign
// file (e.g. a bundle from an older build left in dist/) with a clear message.
import { BUNDLE_FORMAT_VERSION, type ContentBundle } from './model';

export function readBundle(json: string, origin: string): ContentBundle {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    throw new Error(`${origin}: not valid JSON (${(error as Error).message}); rebuild with "npm run build:content"`, { cause: error });
  }
  const bundle = value as Partial<ContentBundle>;
  if (bundle.formatVersion !== BUNDLE_FORMAT_VERSION || !Array.isArray(bundle.cards) || !Array.isArray(bundle.categories)) {
    throw new Error(`${origin}: content bundle format ${String(bundle.formatVersion)} is not ${BUNDLE_FORMAT_VERSION}; rebuild with "npm run build:content"`);
  }
  return bundle as ContentBundle;
}
