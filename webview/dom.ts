/** Small DOM builder: text always goes through textContent, never innerHTML. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs?: Record<string, string | undefined>,
  ...children: (Node | string | undefined)[]
): HTMLElementTagNameMap[K];
export function h(tag: string, attrs?: Record<string, string | undefined>, ...children: (Node | string | undefined)[]): HTMLElement;
export function h(tag: string, attrs: Record<string, string | undefined> = {}, ...children: (Node | string | undefined)[]): HTMLElement {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) if (value !== undefined) el.setAttribute(key, value);
  for (const child of children) if (child !== undefined) el.append(child);
  return el;
}

/** Wraps the first occurrence of `needle` (case-insensitive) in a <mark> and returns it. */
export function highlightText(root: HTMLElement, needle: string): HTMLElement | undefined {
  const target = needle.toLowerCase();
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.nodeValue ?? '';
    const at = text.toLowerCase().indexOf(target);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + needle.length);
    const mark = document.createElement('mark');
    range.surroundContents(mark);
    return mark;
  }
  return undefined;
}
