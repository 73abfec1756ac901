import { h } from './dom';

/** Quiz text may use `code` spans; everything else is plain text (never innerHTML). */
export function inlineText(text: string): Node[] {
  return text.split(/(`[^`]+`)/).filter(Boolean).map((part) =>
    part.startsWith('`') && part.endsWith('`') && part.length > 2 ? h('code', {}, part.slice(1, -1)) : document.createTextNode(part));
}
