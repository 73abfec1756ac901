// Card markdown → safe HTML. Runs at build time (and later for user decks), never in
// the webview. Raw HTML is disabled; links are an allowlist: https/http/mailto for the
// web, `card:<id>` for cross-card links the webview turns into in-place navigation.
// Images are only diagrams from media/diagrams (`![caption](diagram:name)`), inlined so
// their `currentColor` follows the theme.
import hljs from 'highlight.js/lib/core';
import bash from 'highlight.js/lib/languages/bash';
import c from 'highlight.js/lib/languages/c';
import cpp from 'highlight.js/lib/languages/cpp';
import go from 'highlight.js/lib/languages/go';
import http from 'highlight.js/lib/languages/http';
import ini from 'highlight.js/lib/languages/ini';
import java from 'highlight.js/lib/languages/java';
import javascript from 'highlight.js/lib/languages/javascript';
import json from 'highlight.js/lib/languages/json';
import nginx from 'highlight.js/lib/languages/nginx';
import python from 'highlight.js/lib/languages/python';
import shell from 'highlight.js/lib/languages/shell';
import sql from 'highlight.js/lib/languages/sql';
import typescript from 'highlight.js/lib/languages/typescript';
import yaml from 'highlight.js/lib/languages/yaml';
import MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';
import type { Lang } from './model';

export interface RenderOptions {
  /** Returns the SVG text of a diagram, or undefined when there is none by that name. */
  diagram?: (name: string) => string | undefined;
  /** Collects problems such as an unknown diagram or a link to a card id. */
  onLink?: (kind: 'card' | 'diagram', target: string) => void;
}

const SAFE_HREF = /^(https?:|mailto:)/i;

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

// Only the languages cards use: the renderer also runs in the extension for user decks,
// and the full highlight.js would add ~1 MB to every bundle.
const LANGUAGES = { bash, c, cpp, go, http, ini, java, javascript, json, nginx, python, shell, sql, typescript, yaml };
for (const [name, language] of Object.entries(LANGUAGES)) if (!hljs.getLanguage(name)) hljs.registerLanguage(name, language);

function highlight(code: string, lang: string): string {
  const language = lang.trim().split(/\s+/)[0]?.toLowerCase() ?? '';
  if (language && hljs.getLanguage(language)) {
    try {
      return hljs.highlight(code, { language, ignoreIllegals: true }).value;
    } catch {
      /* fall through to plain */
    }
  }
  return escapeHtml(code);
}

/** Removes anything executable from an SVG we inline: scripts, event handlers, foreign objects, external refs. */
export function sanitizeSvg(svg: string): string {
  return svg
    .replace(/<\?xml[^>]*>/g, '')
    .replace(/<!DOCTYPE[^>]*>/gi, '')
    .replace(/<(script|foreignObject)[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<(script|foreignObject)[^>]*\/>/gi, '')
    .replace(/\son[a-z]+\s*=\s*("[^"]*"|'[^']*')/gi, '')
    .replace(/\s(?:xlink:)?href\s*=\s*("(?!#)[^"]*"|'(?!#)[^']*')/gi, '')
    .trim();
}

/** Renders a body; `lang` is the body's language, for the few labels the renderer adds. */
export function createRenderer(options: RenderOptions = {}): (markdown: string, lang?: Lang) => string {
  const md = new MarkdownIt({ html: false, linkify: true, typographer: false, highlight });
  const defaultLinkOpen = md.renderer.rules.link_open ?? ((tokens, idx, opts, _env, self) => self.renderToken(tokens, idx, opts));

  md.validateLink = (url) => SAFE_HREF.test(url) || url.startsWith('card:') || url.startsWith('diagram:') || url.startsWith('#');

  md.renderer.rules.link_open = (tokens, idx, opts, env, self) => {
    const token = tokens[idx] as Token;
    const href = token.attrGet('href') ?? '';
    if (href.startsWith('card:')) {
      const id = href.slice('card:'.length);
      options.onLink?.('card', id);
      token.attrs = [['href', '#'], ['data-card', id], ['class', 'card-link']];
    } else if (SAFE_HREF.test(href)) {
      token.attrSet('class', 'external-link');
      token.attrSet('title', href);
    } else if (!href.startsWith('#')) {
      token.attrs = [];
    }
    return defaultLinkOpen(tokens, idx, opts, env, self);
  };

  md.renderer.rules.image = (tokens, idx) => {
    const token = tokens[idx] as Token;
    const src = token.attrGet('src') ?? '';
    const caption = escapeHtml(token.content);
    if (src.startsWith('diagram:')) {
      const name = src.slice('diagram:'.length);
      options.onLink?.('diagram', name);
      const svg = options.diagram?.(name);
      if (svg) return `<figure class="diagram" role="group" aria-label="${caption}">${sanitizeSvg(svg)}<figcaption>${caption}</figcaption></figure>`;
    }
    return `<span class="missing-image">[${caption}]</span>`;
  };

  // Replayable sessions say what they are: the reader should know the outcomes shown were
  // checked against a real server, and which one.
  const defaultFence = md.renderer.rules.fence ?? ((tokens, idx, opts, _env, self) => self.renderToken(tokens, idx, opts));
  md.renderer.rules.fence = (tokens, idx, opts, env, self) => {
    const html = defaultFence(tokens, idx, opts, env, self);
    const [language, ...flags] = (tokens[idx] as Token).info.trim().split(/\s+/);
    if (!flags.includes('session') || (language !== 'sql' && language !== 'redis')) return html;
    const lang: Lang = (env as { lang?: Lang } | undefined)?.lang ?? 'en';
    const caption = SESSION_CAPTIONS[lang][language];
    // Each connection's prompt gets its own colour, so the interleaving reads at a glance.
    // (highlight.js may have wrapped the `>` as an SQL operator.)
    const prompts = html.replace(/(^|\n|<code[^>]*>)([A-Z])(?:<span class="hljs-operator">&gt;<\/span>|&gt;) /g, '$1<span class="session-prompt" data-conn="$2">$2&gt;</span> ');
    return `<figure class="session" role="group" aria-label="${caption}">${prompts}<figcaption>${caption}</figcaption></figure>`;
  };

  // Tables scroll on their own instead of widening the card.
  md.renderer.rules.table_open = () => '<div class="table-wrap"><table>';
  md.renderer.rules.table_close = () => '</table></div>';

  return (markdown, lang) => md.render(markdown, { lang });
}

const SESSION_CAPTIONS: Record<Lang, Record<'sql' | 'redis', string>> = {
  zh: {
    sql: 'A、B 是两个客户端连接，按顺序逐步执行；注释里的结果由测试套件在 MariaDB 10.11 上重放核对',
    redis: 'A、B 是两个客户端连接，按顺序逐步执行；注释里的回复由测试套件在 Redis 7.0 上重放核对',
  },
  en: {
    sql: 'A and B are two client connections, run step by step in this order; the results in the comments are replayed and checked against MariaDB 10.11 by the test suite',
    redis: 'A and B are two client connections, run step by step in this order; the replies in the comments are replayed and checked against Redis 7.0 by the test suite',
  },
};

/** Visible text of rendered HTML, for search snippets. */
export function htmlToText(html: string): string {
  return html
    .replace(/<svg[\s\S]*?<\/svg>/g, ' ')
    // The label the renderer puts under every session is not the card's own text.
    .replace(/(<figure class="session"[\s\S]*?)<figcaption>[\s\S]*?<\/figcaption><\/figure>/g, '$1')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}
