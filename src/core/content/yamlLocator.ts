// Maps a field path inside a YAML document to a line and column, so schema errors can
// name the exact place in the card file instead of "somewhere in the front matter".
import { isCollection, LineCounter, parseDocument, type Document } from 'yaml';

export interface ParsedYaml {
  doc: Document;
  value: unknown;
  locate(path: readonly PropertyKey[]): { line: number; column: number };
  syntaxErrors: { message: string; line: number; column: number }[];
}

/** @param lineOffset lines before the YAML text in its file (the `---` line). */
export function parseYaml(source: string, lineOffset: number): ParsedYaml {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number) => {
    const pos = lineCounter.linePos(offset);
    return { line: pos.line + lineOffset, column: pos.col };
  };
  const locate = (path: readonly PropertyKey[]) => {
    // Walk up the path until a node exists: a missing field is reported at its parent.
    for (let n = path.length; n >= 0; n--) {
      const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n) as unknown[], true);
      if (node && typeof node === 'object' && 'range' in node && Array.isArray(node.range)) {
        // A missing key inside a mapping points at the mapping's first line, which is
        // where an author would add it.
        return at((node.range as number[])[0] ?? 0);
      }
      if (n === path.length && isCollection(node)) break;
    }
    return { line: lineOffset + 1, column: 1 };
  };
  const syntaxErrors = doc.errors.map((e) => ({ message: e.message.split('\n')[0] ?? e.message, ...at(e.pos[0]) }));
  let value: unknown;
  if (syntaxErrors.length === 0) {
    try {
      // yaml refuses alias "bombs" (maxAliasCount) by throwing: report it, never crash.
      value = doc.toJS({ maxAliasCount: 100 });
    } catch (error) {
      syntaxErrors.push({ message: (error as Error).message, line: lineOffset + 1, column: 1 });
    }
  }
  return { doc, value, locate, syntaxErrors };
}
