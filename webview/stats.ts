// The statistics webview: pictures where people would rather look than read. All charts
// are SVG drawn with theme colours (CSS variables), with text equivalents for screen readers.
import type { StatsHostToWebview, StatsView, StatsWebviewToHost } from '../src/shared/messages';
import { h } from './dom';
import { applyFontSettings, channel } from './vscodeApi';

const host = channel<StatsWebviewToHost, StatsHostToWebview>();
const app = document.getElementById('app') as HTMLElement;
const SVG = 'http://www.w3.org/2000/svg';
applyFontSettings();

function svg(tag: string, attrs: Record<string, string | number>, ...children: (Node | string)[]): SVGElement {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  for (const c of children) el.append(c);
  return el;
}

const format = (template: string, ...args: (string | number)[]) => args.reduce<string>((t, a, i) => t.replace(`{${i}}`, String(a)), template);

host.onMessage((message) => {
  render(message.view);
  requestAnimationFrame(() => host.post({ type: 'rendered' }));
});

function render({ stats, strings: s, categoryTitles }: StatsView) {
  const tile = (label: string, value: string, detail?: string) =>
    h('div', { class: 'tile', role: 'group', 'aria-label': `${label}: ${value}` }, h('div', { class: 'value' }, value), h('div', { class: 'label' }, label), detail ? h('div', { class: 'detail' }, detail) : undefined);
  const { passed, total } = stats.trueRetention;
  const tiles = h('section', { class: 'tiles' },
    tile(s.currentStreak, `${stats.currentStreak}`, s.days),
    tile(s.longestStreak, `${stats.longestStreak}`, s.days),
    tile(s.reviewsToday, `${stats.reviewsToday}`),
    tile(s.retention, total ? `${Math.round((passed / total) * 100)}%` : '—', total ? format(s.retentionDetail, passed, total) : s.noReviews),
  );
  app.replaceChildren(
    h('h1', {}, s.title),
    tiles,
    section(s.heatmap, heatmap(stats.heatmap, s)),
    section(s.states, states(stats.byState, s)),
    section(s.forecast, forecast(stats.forecast, s)),
    section(s.mastery, mastery(stats.mastery, categoryTitles)),
  );
}

function section(title: string, content: Node) {
  return h('section', { class: 'chart', 'aria-label': title }, h('h2', {}, title), content);
}

/** GitHub-style year grid: 53 weeks × 7 days, colour by review count quartile. */
function heatmap(days: StatsView['stats']['heatmap'], s: StatsView['strings']) {
  const cell = 12;
  const max = Math.max(1, ...days.map((d) => d.count));
  const firstWeekday = new Date(`${days[0]?.day ?? '2000-01-01'}T12:00:00`).getDay();
  const root = svg('svg', { viewBox: `0 0 ${54 * cell} ${7 * cell}`, role: 'img', class: 'heatmap' });
  root.append(svg('title', {}, s.heatmap));
  days.forEach((d, i) => {
    const slot = i + firstWeekday;
    const level = d.count === 0 ? 0 : Math.min(4, Math.ceil((d.count / max) * 4));
    const rect = svg('rect', { x: Math.floor(slot / 7) * cell, y: (slot % 7) * cell, width: cell - 2, height: cell - 2, rx: 2, class: `level-${level}` });
    rect.append(svg('title', {}, format(s.reviewsOn, d.count, d.day)));
    root.append(rect);
  });
  return root;
}

function states(byState: StatsView['stats']['byState'], s: StatsView['strings']) {
  const entries = [['new', byState.new], ['learning', byState.learning], ['review', byState.review], ['relearning', byState.relearning]] as const;
  const total = Math.max(1, entries.reduce((sum, [, n]) => sum + n, 0));
  const root = svg('svg', { viewBox: '0 0 600 28', role: 'img', class: 'states' });
  root.append(svg('title', {}, entries.map(([k, n]) => `${s[k]} ${n}`).join(', ')));
  let x = 0;
  for (const [key, n] of entries) {
    const w = (n / total) * 600;
    if (w > 0) root.append(svg('rect', { x, y: 0, width: w, height: 28, class: `state-${key}` }, svg('title', {}, `${s[key]}: ${n}`)));
    x += w;
  }
  const legend = h('ul', { class: 'legend' }, ...entries.map(([key, n]) => h('li', {}, h('span', { class: `swatch state-${key}` }), `${s[key]} ${n}`)));
  return h('div', {}, root, legend);
}

function forecast(values: number[], s: StatsView['strings']) {
  const max = Math.max(1, ...values);
  const bar = 20;
  const height = 100;
  const root = svg('svg', { viewBox: `0 0 ${values.length * bar} ${height + 16}`, role: 'img', class: 'forecast' });
  root.append(svg('title', {}, values.map((v, i) => format(s.dueOn, v, i)).join(', ')));
  values.forEach((v, i) => {
    const hgt = (v / max) * height;
    root.append(svg('rect', { x: i * bar + 2, y: height - hgt, width: bar - 4, height: Math.max(hgt, v ? 1 : 0), class: 'bar' }, svg('title', {}, i === 0 ? `${s.today}: ${v}` : format(s.dueOn, v, i))));
    if (i % 5 === 0) root.append(svg('text', { x: i * bar + bar / 2, y: height + 13, 'text-anchor': 'middle', class: 'axis' }, i === 0 ? s.today : `+${i}`));
  });
  return root;
}

function mastery(rows: StatsView['stats']['mastery'], titles: Record<string, string>) {
  return h('table', { class: 'mastery' }, ...rows.map((r) => {
    const pct = r.total ? Math.round((r.mastered / r.total) * 100) : 0;
    const meter = svg('svg', { viewBox: '0 0 200 10', class: 'meter', role: 'img' },
      svg('rect', { x: 0, y: 0, width: 200, height: 10, class: 'track' }), svg('rect', { x: 0, y: 0, width: pct * 2, height: 10, class: 'fill' }));
    return h('tr', {}, h('th', { scope: 'row' }, titles[r.category] ?? r.category), h('td', {}, meter), h('td', { class: 'num' }, `${pct}%`), h('td', { class: 'num' }, `${r.mastered}/${r.total}`));
  }));
}

host.post({ type: 'ready' });
