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

  it('strips external references from SVG', () => {
    assert.equal(sanitizeSvg('<svg><image href="https://x/y.png"/><use href="#a"/></svg>'), '<svg><image/><use href="#a"/></svg>');
  });

  it('extracts plain text for search', () => {
    assert.equal(htmlToText('<p>a &lt;b&gt; <code>c</code></p>'), 'a <b> c');
  });
});
