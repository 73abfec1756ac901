import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createRenderer, htmlToText, sanitizeSvg } from '../../src/core/content/render';

describe('card markdown rendering', () => {
  const render = createRenderer({ diagram: (name) => (name === 'flow' ? '<svg><script>alert(1)</script><path onclick="x()" d="M0 0"/></svg>' : undefined) });

  it('shows raw HTML as text', () => {
    const html = render('<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>');
    assert.ok(!html.includes('<script'), html);
    assert.ok(!html.includes('<img'), html);
    assert.ok(html.includes('&lt;script&gt;'), html);
  });

  it('makes javascript:, data: and vbscript: links inert', () => {
    for (const href of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,<b>x</b>', 'vbscript:msgbox(1)', 'file:///etc/passwd']) {
      const html = render(`[click](${href})`);
      assert.ok(!/<a[^>]+href="(javascript|data|vbscript|file):/i.test(html), `${href} → ${html}`);
    }
  });

  it('keeps https links and turns card: links into in-place navigation', () => {
    assert.match(render('[man](https://man7.org/x)'), /<a href="https:\/\/man7.org\/x" class="external-link"/);
    assert.match(render('[epoll](card:linux-epoll)'), /<a href="#" data-card="linux-epoll" class="card-link">epoll<\/a>/);
  });

  it('inlines diagrams without scripts or handlers, and marks unknown images', () => {
    const html = render('![TCP handshake](diagram:flow)');
    assert.match(html, /<figure class="diagram"[^>]*aria-label="TCP handshake"><svg>/);
    assert.ok(!html.includes('script') && !html.includes('onclick'), html);
    assert.match(render('![x](https://evil.example/x.png)'), /<span class="missing-image">\[x\]<\/span>/);
  });

  it('highlights fenced code with highlight.js classes and escapes unknown languages', () => {
    assert.match(render('```python\ndef f(): pass\n```'), /<span class="hljs-keyword">def<\/span>/);
    assert.match(render('```nosuchlang\n<b>\n```'), /&lt;b&gt;/);
  });

  it('labels replayable sessions, in the body\'s language, and leaves other code alone', () => {
    const block = '```sql session\nA> SELECT 1;\n-- → 1\n```\n';
    const en = render(block, 'en');
    assert.match(en, /^<figure class="session" role="group" aria-label="A and B are two client connections[^"]*MariaDB 10\.11[^"]*"><pre>/);
    assert.match(en, /<figcaption>A and B are two client connections.*MariaDB 10\.11.*<\/figcaption><\/figure>/);
    assert.match(render(block, 'zh'), /<figcaption>A、B 是两个客户端连接.*MariaDB 10\.11/);
    assert.match(render('```redis session\nA> PING\n```\n', 'en'), /Redis 7\.0/);
    assert.doesNotMatch(render('```python run\nprint(1)\n```\n', 'en'), /figure/);
    const prompts = render('```sql session\nA> SELECT 1;\nB> SELECT 2;\n```\n', 'en');
    assert.match(prompts, /<code[^>]*><span class="session-prompt" data-conn="A">A&gt;<\/span> /);
    assert.match(prompts, /\n<span class="session-prompt" data-conn="B">B&gt;<\/span> /);
    assert.equal(htmlToText(prompts), 'A> SELECT 1 ; B> SELECT 2 ;'); // no caption in the search text
  });

  it('strips external references from SVG', () => {
    assert.equal(sanitizeSvg('<svg><image href="https://x/y.png"/><use href="#a"/></svg>'), '<svg><image/><use href="#a"/></svg>');
  });

  it('extracts plain text for search', () => {
    assert.equal(htmlToText('<p>a &lt;b&gt; <code>c</code></p>'), 'a <b> c');
  });
});
