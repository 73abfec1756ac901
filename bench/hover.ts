// npm run bench:hover -- <dir> [<dir> …] — the hover matcher on real code.
// Walks Python, C, SQL, shell and config files, looks up a term at every identifier
// position (as a hover would), and prints throughput, latency and a sample of hits for
// a person to judge ("would a reviewer call every hit correct?").
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { compileContent } from '../src/core/content/compile';
import { analyze, type DocumentAnalysis } from '../src/core/terms/analyze';
import { fileKind } from '../src/core/terms/fileKind';
import { scanDocument, termAt } from '../src/core/terms/matcher';
import { TermIndex } from '../src/core/terms/termIndex';
import { readContentTree } from '../scripts/lib/contentFiles';

const LANGUAGE_BY_EXT: Record<string, string> = { '.py': 'python', '.c': 'c', '.h': 'c', '.cc': 'cpp', '.cpp': 'cpp', '.sql': 'sql', '.sh': 'shellscript', '.bash': 'shellscript', '.conf': 'plaintext' };
const dirs = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const sampleSize = Number(process.argv.find((a) => a.startsWith('--sample='))?.split('=')[1] ?? 3);
if (dirs.length === 0) {
  console.error('usage: npm run bench:hover -- <dir> [<dir> …] [--sample=N]');
  process.exit(2);
}

const index = new TermIndex(compileContent(readContentTree()).bundle.cards);
const files: { path: string; languageId: string }[] = [];
function walk(dir: string) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!entry.name.startsWith('.') && entry.name !== 'node_modules' && entry.name !== '__pycache__') walk(path);
    } else if (entry.isFile() && LANGUAGE_BY_EXT[extname(entry.name)] && statSync(path).size < 2_000_000) {
      files.push({ path, languageId: LANGUAGE_BY_EXT[extname(entry.name)] as string });
    }
  }
}
for (const d of dirs) walk(d);

let bytes = 0;
let lines = 0;
let positions = 0;
let analyzeMs = 0;
let scanMs = 0;
const latenciesUs: number[] = [];
const hits = new Map<string, { count: number; samples: string[] }>();
const identifier = /[A-Za-z_][\w.-]*/g;

for (const file of files) {
  const kind = fileKind(file.languageId, file.path);
  if (!kind) continue;
  const text = readFileSync(file.path, 'utf8');
  bytes += Buffer.byteLength(text);
  lines += text.split('\n').length;
  let t = performance.now();
  const analysis: DocumentAnalysis = analyze(text, kind);
  analyzeMs += performance.now() - t;
  t = performance.now();
  scanDocument(index, analysis);
  scanMs += performance.now() - t;
  for (let m = identifier.exec(text); m; m = identifier.exec(text)) {
    // Hover lands on a word's first character; step past dotted chains piece by piece.
    identifier.lastIndex = m.index + (/^[A-Za-z_]\w*/.exec(m[0])?.[0].length ?? 1);
    const start = process.hrtime.bigint();
    const match = termAt(index, analysis, m.index);
    latenciesUs.push(Number(process.hrtime.bigint() - start) / 1000);
    positions++;
    if (!match || match.start !== m.index) continue; // count each hit once, at its start
    const key = match.entry.term;
    const record = hits.get(key) ?? { count: 0, samples: [] };
    record.count++;
    if (record.samples.length < sampleSize && (record.count === 1 || Math.random() < sampleSize / record.count)) {
      const lineNo = text.slice(0, match.start).split('\n').length;
      const line = text.split('\n')[lineNo - 1]?.trim().slice(0, 110);
      record.samples.push(`${relative(process.cwd(), file.path)}:${lineNo}: ${line}`);
    }
    hits.set(key, record);
  }
}

latenciesUs.sort((a, b) => a - b);
const pct = (p: number) => latenciesUs[Math.min(latenciesUs.length - 1, Math.floor((p / 100) * latenciesUs.length))] ?? NaN;
const totalMs = latenciesUs.reduce((s, x) => s + x, 0) / 1000;
console.log(`files ${files.length}, lines ${lines.toLocaleString('en')}, ${(bytes / 1e6).toFixed(1)} MB, terms in index ${index.entries.length}`);
console.log(`lookups ${positions.toLocaleString('en')} at identifier positions: ${(positions / (totalMs / 1000)).toFixed(0)} positions/s, p50 ${pct(50).toFixed(2)} µs, p99 ${pct(99).toFixed(2)} µs, max ${pct(100).toFixed(0)} µs`);
console.log(`document analysis ${(bytes / 1e6 / (analyzeMs / 1000)).toFixed(1)} MB/s; whole-file scan ("Cards for this file", after analysis) ${(bytes / 1e6 / (scanMs / 1000)).toFixed(1)} MB/s; both ${(bytes / 1e6 / ((analyzeMs + scanMs) / 1000)).toFixed(1)} MB/s`);
console.log(`hits per term (${[...hits.values()].reduce((s, h) => s + h.count, 0)} in all):`);
for (const [term, { count, samples }] of [...hits].sort((a, b) => b[1].count - a[1].count)) {
  console.log(`  ${String(count).padStart(6)}  ${term}`);
  for (const s of samples) console.log(`          ${s}`);
}
