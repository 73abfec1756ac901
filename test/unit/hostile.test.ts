// Hostile and broken user cards: everything renders inert or is rejected with a located
// error, and the compiler always finishes.
import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compileContent, type SourceFile } from '../../src/core/content/compile';

const deck = { category: { id: 'deck-mine', title: { zh: 'mine', en: 'mine' }, icon: 'library', order: 1000 }, externalIds: new Set(['python-gil']) };
const card = (file: string, body: string, frontMatter = ''): SourceFile => ({
  file,
  text: `---\nid: ${file.replace(/\W+/g, '-').replace(/^-|-$/g, '')}\ncategory: whatever\norder: 1\ntitle: { zh: t, en: t }\nstatus: draft\n${frontMatter}---\n<!-- lang: en -->\n${body}\n`,
});
const compile = (...cards: SourceFile[]) => compileContent({ cards, deck });

const HOSTILE = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<iframe src="https://evil.example"></iframe>',
  '<style>body{display:none}</style><div style="position:fixed;inset:0">x</div>',
  '[js](javascript:alert(1)) [cmd](command:workbench.action.terminal.new) [data](data:text/html;base64,PHNjcmlwdD4=) [vb](vbscript:x) [file](file:///etc/passwd)',
  '![svg](data:image/svg+xml;utf8,<svg onload=alert(1)>) ![remote](https://evil.example/x.svg)',
  '<svg><script>alert(1)</script></svg>',
  '<a href="javascript:alert(1)">raw link</a>',
  '[x](JaVaScRiPt:alert(1)) [y]( javascript:alert(1))',
];

describe('hostile user cards', () => {
  it('render inert: no script, handler, frame, style, or dangerous link survives', () => {
    const { bundle, problems } = compile(...HOSTILE.map((body, i) => card(`evil${i}.md`, body)));
    assert.equal(bundle.cards.length, HOSTILE.length, problems.map((p) => p.message).join('\n'));
    for (const c of bundle.cards) {
      const html = c.html.en;
      assert.doesNotMatch(html, /<(script|iframe|style|img|svg|object|embed)\b/i, html);
      // Escaped text such as `&lt;img onerror=…&gt;` is harmless; attributes inside real tags are not.
      assert.doesNotMatch(html, /<[^>]*\son\w+=/i, html);
      assert.doesNotMatch(html, /<[^>]*\sstyle=/i, html);
      assert.doesNotMatch(html, /href="(?!https:\/\/|#)/i, html);
    }
  });

  it('are placed in their deck whatever category they claim, and may link to built-in cards', () => {
    const { bundle, problems } = compile(card('a.md', 'See [GIL](card:python-gil).', 'related: [python-gil]\n'));
    assert.deepEqual(problems, []);
    assert.equal(bundle.cards[0]?.category, 'deck-mine');
  });

  it('may not take the id of a built-in card', () => {
    const { problems } = compile({ file: 'gil.md', text: '---\nid: python-gil\ncategory: x\norder: 1\ntitle: { zh: t, en: t }\nstatus: draft\n---\n<!-- lang: en -->\nx\n' });
    assert.match(problems[0]?.message ?? '', /built-in deck already has a card "python-gil"/);
    assert.equal(problems[0]?.line, 2);
  });

  it('reject a YAML alias bomb with a located error', () => {
    const bomb = 'a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: [*e,*e,*e,*e,*e,*e,*e,*e,*e]\n';
    const { problems, bundle } = compile({ file: 'bomb.md', text: `---\n${bomb}---\nx\n` }, card('ok.md', 'fine'));
    assert.ok(problems.some((p) => p.file === 'bomb.md' && p.line >= 1), JSON.stringify(problems));
    assert.deepEqual(bundle.cards.map((c) => c.file), ['ok.md'], 'the valid card is kept');
  });

  it('survive deep nesting, huge bodies and invalid UTF-8', () => {
    const nested = `${'> '.repeat(10_000)}deep\n\n${Array.from({ length: 10_000 }, (_, i) => `${'  '.repeat(i)}- x`).join('\n')}`;
    const huge = `${'word '.repeat(1_000_000)}`; // 5 MB
    const broken = Buffer.from([0x66, 0x6f, 0xff, 0xfe, 0x6f]).toString('utf8'); // decoded with U+FFFD
    const { bundle } = compile(card('nested.md', nested), card('huge.md', huge), card('utf8.md', broken));
    assert.equal(bundle.cards.length, 3);
    assert.ok(bundle.cards.find((c) => c.file === 'utf8.md')?.html.en.includes('\uFFFD'));
  });
});
