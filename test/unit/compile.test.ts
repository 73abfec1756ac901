// The content compiler: good input compiles; each kind of bad input is reported with its
// file, line and field; one bad card never hides another's problems.
import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compileContent, type SourceFile } from '../../src/core/content/compile';
import { formatProblem } from '../../src/core/content/problems';

const categories: SourceFile = {
  file: 'content/categories.yaml',
  text: '- id: linux\n  title: { zh: Linux, en: Linux }\n  icon: terminal-linux\n  order: 1\n- id: python\n  title: { zh: Python, en: Python }\n  icon: symbol-method\n  order: 2\n',
};

function card(file: string, frontMatter: string, body = '<!-- lang: zh -->\n正文\n\n<!-- lang: en -->\nBody\n'): SourceFile {
  return { file, text: `---\n${frontMatter.trim()}\n---\n${body}` };
}

const good = card('content/linux/epoll.md', `
id: linux-epoll
category: linux
order: 10
title: { zh: epoll, en: epoll }
status: complete
seed: [12]
tags: [io]
keyPoints: { zh: [要点], en: [point] }
quiz:
  - kind: qa
    question: { zh: 问, en: Q }
    answer: { zh: 答, en: A }
  - kind: cloze
    text: { zh: "自 Linux {{2.6}}", en: "since Linux {{2.6}}" }
  - kind: choice
    question: { zh: 问, en: Q }
    choices: [{ zh: 甲, en: A }, { zh: 乙, en: B }]
    answer: 1
terms:
  - term: epoll_wait
    languages: [c]
    summary: { zh: 等待, en: waits }
    doc: https://man7.org/linux/man-pages/man2/epoll_wait.2.html
sources:
  - { title: epoll(7), url: "https://man7.org/linux/man-pages/man7/epoll.7.html" }
related: [python-gil]
`, '<!-- lang: zh -->\n见 [GIL](card:python-gil)。\n\n<!-- lang: en -->\nSee [GIL](card:python-gil).\n');

const gil = card('content/python/gil.md', `
id: python-gil
category: python
order: 10
title: { zh: GIL, en: GIL }
status: draft
`);

const compile = (...cards: SourceFile[]) => compileContent({ categories, cards, now: new Date(0) });
const messages = (...cards: SourceFile[]) => compile(...cards).problems.map(formatProblem);

describe('content compiler', () => {
  it('compiles valid cards into an ordered bundle with rendered bodies and quiz ids', () => {
    const { bundle, problems } = compile(gil, good);
    assert.deepEqual(problems, []);
    assert.deepEqual(bundle.cards.map((c) => c.id), ['linux-epoll', 'python-gil']);
    const epoll = bundle.cards[0]!;
    assert.match(epoll.html.en, /data-card="python-gil"/);
    assert.deepEqual(epoll.quiz.map((q) => q.id), ['linux-epoll/1', 'linux-epoll/2', 'linux-epoll/3']);
    assert.equal(epoll.terms[0]?.doc, 'https://man7.org/linux/man-pages/man2/epoll_wait.2.html');
    assert.deepEqual(epoll.terms[0]?.aliases, []);
  });

  it('locates a wrong enum value at its line and field', () => {
    const bad = card('content/python/gil.md', `
id: python-gil
category: python
order: 10
title: { zh: GIL, en: GIL }
status: draft
terms:
  - term: GIL
    languages: [python]
    summary: { zh: 锁, en: lock }
  - term: x
    languages: [pyhton]
    summary: { zh: x, en: x }
`);
    const out = messages(bad);
    assert.equal(out.length, 1, out.join('\n'));
    assert.match(out[0]!, /^content\/python\/gil\.md:12:\d+: terms\[1\]\.languages\[0\]: .*expected one of/);
  });

  it('reports a missing language, a missing field and an unknown field where they are', () => {
    const bad = card('content/python/gil.md', `
id: python-gil
category: python
order: 10
title: { zh: GIL }
statuss: draft
`);
    const out = messages(bad);
    assert.ok(out.some((m) => /gil\.md:5:\d+: title\.en: is required/.test(m)), out.join('\n'));
    assert.ok(out.some((m) => /gil\.md:2:\d+: status: is required/.test(m)), out.join('\n'));
    assert.ok(out.some((m) => /gil\.md:6:\d+: statuss: unknown field/.test(m)), out.join('\n'));
  });

  it('reports YAML syntax errors, a missing front matter and text outside language sections', () => {
    assert.match(messages(card('content/python/a.md', 'id: [unclosed'))[0]!, /^content\/python\/a\.md:2:\d+: YAML: /);
    assert.match(messages({ file: 'content/python/b.md', text: '# no front matter' })[0]!, /^content\/python\/b\.md:1:1: a card starts with/);
    assert.match(messages({ file: 'content/python/c.md', text: '---\nid: x\n' })[0]!, /front matter is not closed/);
    const stray = messages(card('content/python/gil.md', 'id: python-gil\ncategory: python\norder: 1\ntitle: { zh: a, en: b }\nstatus: draft', 'stray\n<!-- lang: zh -->\nx\n<!-- lang: fr -->\ny\n'));
    assert.ok(stray.some((m) => /gil\.md:8:1: body: text before the first language section/.test(m)), stray.join('\n'));
    assert.ok(stray.some((m) => /gil\.md:11:1: body: unknown language section "fr"/.test(m)), stray.join('\n'));
  });

  it('checks cross-references: unknown related ids, duplicate ids, card links, categories and folders', () => {
    const out = messages(good, card('content/python/dup.md', 'id: linux-epoll\ncategory: python\norder: 1\ntitle: { zh: a, en: b }\nstatus: draft'));
    assert.ok(out.some((m) => /epoll\.md:\d+:\d+: related\[0\]: no card has the id "python-gil"/.test(m)), out.join('\n'));
    assert.ok(out.some((m) => /epoll\.md:1:1: body: link to unknown card "python-gil"/.test(m)), out.join('\n'));
    assert.ok(out.some((m) => /dup\.md:2:\d+: id: duplicate id "linux-epoll", already used by content\/linux\/epoll\.md/.test(m)), out.join('\n'));
    const misplaced = messages(card('content/linux/gil.md', 'id: python-gil\ncategory: python\norder: 1\ntitle: { zh: a, en: b }\nstatus: draft'));
    assert.ok(misplaced.some((m) => /gil\.md:3:\d+: category: the card is in folder "linux"/.test(m)), misplaced.join('\n'));
    const unknown = messages(card('content/linux/x.md', 'id: x\ncategory: go\norder: 1\ntitle: { zh: a, en: b }\nstatus: draft'));
    assert.ok(unknown.some((m) => /x\.md:3:\d+: category: unknown category "go"/.test(m)), unknown.join('\n'));
  });

  it('holds complete cards to the standard: both bodies, key points, three quiz items, a source', () => {
    const thin = card('content/python/gil.md', 'id: python-gil\ncategory: python\norder: 1\ntitle: { zh: a, en: b }\nstatus: complete', '<!-- lang: zh -->\n只有中文\n');
    const out = messages(thin).join('\n');
    for (const expected of ['needs a en body', 'key points in zh', 'key points in en', 'at least 3 quiz items', 'at least one primary source']) {
      assert.ok(out.includes(expected), `${expected} missing from:\n${out}`);
    }
  });

  it('validates quiz items: cloze gaps and choice answers', () => {
    const out = messages(card('content/python/gil.md', `
id: python-gil
category: python
order: 1
title: { zh: a, en: b }
status: draft
quiz:
  - kind: cloze
    text: { zh: 没有空, en: no gap }
  - kind: choice
    question: { zh: q, en: q }
    choices: [{ zh: a, en: a }, { zh: b, en: b }]
    answer: 2
  - kind: essay
`)).join('\n');
    assert.match(out, /gil\.md:9:\d+: quiz\[0\]\.text: each language needs at least one \{\{gap\}\}/);
    assert.match(out, /gil\.md:\d+:\d+: quiz\[1\]\.answer: answer must index one of the choices/);
    assert.match(out, /gil\.md:\d+:\d+: quiz\[2\]\.kind: /);
  });

  it('never lets one bad card hide the problems of another', () => {
    const badA = card('content/python/a.md', 'id: Bad_Id\ncategory: python\norder: 1\ntitle: { zh: a, en: b }\nstatus: draft');
    const badB = card('content/linux/b.md', 'id: linux-b\ncategory: linux\norder: -1\ntitle: { zh: a, en: b }\nstatus: draft');
    const { problems, bundle } = compile(badA, good, badB, gil);
    const files = new Set(problems.map((p) => p.file));
    assert.ok(files.has('content/python/a.md') && files.has('content/linux/b.md'), [...files].join(', '));
    assert.ok(!files.has('content/linux/epoll.md'), 'the good card has no problems');
    assert.deepEqual(bundle.cards.map((c) => c.id), ['linux-epoll', 'python-gil']);
  });

  it('reports bad categories with their location', () => {
    const { problems } = compileContent({ categories: { file: 'content/categories.yaml', text: '- id: linux\n  title: { zh: L }\n  icon: x\n  order: 1\n' }, cards: [] });
    assert.match(formatProblem(problems[0]!), /^content\/categories\.yaml:2:\d+: \[0\]\.title\.en: /);
  });
});
