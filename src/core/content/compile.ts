// Compiles content files into the bundle the extension loads. Pure: the caller reads
// files (build script, tests, later user decks) and decides what to do with problems.
import { BUNDLE_FORMAT_VERSION, LANGS, type Card, type Category, type ContentBundle, type Lang, type QuizItem } from './model';
import { parseCard, type ParsedCard } from './parseCard';
import { formatPath, type ContentProblem } from './problems';
import { createRenderer, htmlToText } from './render';
import { parseSession, SessionSyntaxError } from './sessions';
import { extractSnippets } from './snippets';
import { categoriesSchema } from './schema';
import { parseYaml } from './yamlLocator';

export interface SourceFile {
  /** Path shown in messages, relative to the repository, e.g. `content/linux/epoll.md`. */
  file: string;
  text: string;
}

/** A user deck: its cards all show under one category of its own, whatever they say. */
export interface DeckOptions {
  category: Category;
  /** Ids of cards outside the deck (the built-in ones) that `related` and `card:` links may name. */
  externalIds: ReadonlySet<string>;
}

export interface CompileInput {
  /** The categories file; omitted for a user deck. */
  categories?: SourceFile;
  deck?: DeckOptions;
  cards: SourceFile[];
  diagrams?: ReadonlyMap<string, string>;
  now?: Date;
}

export interface CompileResult {
  bundle: ContentBundle;
  problems: ContentProblem[];
}

/** What a `complete` card must have beyond the schema (see content-plan STANDARD.md). */
const MIN_QUIZ_ITEMS = 3;

export function compileContent(input: CompileInput): CompileResult {
  const problems: ContentProblem[] = [];
  const categories = input.deck ? [input.deck.category] : input.categories ? parseCategories(input.categories, problems) : [];
  const categoryIds = new Set(categories.map((c) => c.id));
  const parsed = input.cards.map((f) => parseCard(f.file, f.text));
  for (const p of parsed) problems.push(...p.problems);

  const firstById = new Map<string, ParsedCard>();
  for (const p of parsed) {
    const fm = p.frontMatter;
    if (!fm) continue;
    const at = (path: PropertyKey[], message: string) => {
      const { line, column } = p.locate(path);
      problems.push({ file: p.file, line, column, field: formatPath(path), message, severity: 'error' });
    };
    const earlier = firstById.get(fm.id);
    if (earlier) at(['id'], `duplicate id "${fm.id}", already used by ${earlier.file}`);
    else firstById.set(fm.id, p);
    if (input.deck) {
      if (input.deck.externalIds.has(fm.id)) at(['id'], `the built-in deck already has a card "${fm.id}": pick another id`);
    } else {
      if (!categoryIds.has(fm.category)) at(['category'], `unknown category "${fm.category}": expected one of ${[...categoryIds].join(', ')}`);
      const folder = p.file.split('/').slice(-2, -1)[0];
      if (categoryIds.has(fm.category) && folder !== fm.category) at(['category'], `the card is in folder "${folder}" but says category "${fm.category}"`);
    }
    if (!p.bodies.zh && !p.bodies.en) at([], 'the card has no body: add <!-- lang: zh --> and <!-- lang: en --> sections');
    if (fm.status === 'complete') {
      for (const lang of LANGS) {
        if (!p.bodies[lang]) at(['status'], `a complete card needs a ${lang} body (<!-- lang: ${lang} -->)`);
        if (!fm.keyPoints[lang]?.length) at(['keyPoints'], `a complete card needs key points in ${lang}`);
      }
      if (fm.quiz.length < MIN_QUIZ_ITEMS) at(['quiz'], `a complete card needs at least ${MIN_QUIZ_ITEMS} quiz items (has ${fm.quiz.length})`);
      if (fm.sources.length === 0) at(['sources'], 'a complete card cites at least one primary source');
    }
  }

  const cards: Card[] = [];
  for (const p of parsed) {
    const fm = p.frontMatter;
    if (!fm || firstById.get(fm.id) !== p) continue;
    fm.related.forEach((id, i) => {
      if (!firstById.has(id) && !input.deck?.externalIds.has(id)) {
        const { line, column } = p.locate(['related', i]);
        problems.push({ file: p.file, line, column, field: `related[${i}]`, message: `no card has the id "${id}"`, severity: 'error' });
      }
    });
    const render = createRenderer({
      ...(input.diagrams ? { diagram: (name: string) => input.diagrams?.get(name) } : {}),
      onLink: (kind, target) => {
        const missing = kind === 'card' ? !firstById.has(target) && !input.deck?.externalIds.has(target) : !input.diagrams?.has(target);
        if (missing) problems.push({ file: p.file, line: 1, column: 1, field: 'body', message: `link to unknown ${kind} "${target}"`, severity: 'error' });
      },
    });
    for (const lang of LANGS) problems.push(...checkSessions(p, lang));
    const html = { zh: p.bodies.zh ? render(p.bodies.zh, 'zh') : '', en: p.bodies.en ? render(p.bodies.en, 'en') : '' };
    cards.push({
      id: fm.id,
      category: input.deck ? input.deck.category.id : fm.category,
      order: fm.order,
      title: fm.title,
      status: fm.status,
      seed: fm.seed,
      tags: fm.tags,
      keyPoints: { zh: fm.keyPoints.zh ?? [], en: fm.keyPoints.en ?? [] },
      html,
      text: { zh: htmlToText(html.zh), en: htmlToText(html.en) },
      quiz: fm.quiz.map((q, i): QuizItem => ({ ...q, id: `${fm.id}/${i + 1}` }) as QuizItem),
      terms: fm.terms.map(({ doc, ...t }) => ({ ...t, ...(doc ? { doc } : {}) })),
      sources: fm.sources,
      related: fm.related,
      file: p.file,
    });
  }

  const categoryOrder = new Map(categories.map((c) => [c.id, c.order]));
  cards.sort((a, b) => (categoryOrder.get(a.category) ?? 0) - (categoryOrder.get(b.category) ?? 0) || a.order - b.order || a.id.localeCompare(b.id));
  problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  return {
    bundle: { formatVersion: BUNDLE_FORMAT_VERSION, builtAt: (input.now ?? new Date()).toISOString(), categories, cards },
    problems,
  };
}

function parseCategories(source: SourceFile, problems: ContentProblem[]): Category[] {
  const yaml = parseYaml(source.text, 0);
  for (const e of yaml.syntaxErrors) problems.push({ file: source.file, line: e.line, column: e.column, field: '', message: `YAML: ${e.message}`, severity: 'error' });
  if (yaml.value === undefined) return [];
  const result = categoriesSchema.safeParse(yaml.value);
  if (result.success) return [...result.data].sort((a, b) => a.order - b.order);
  for (const issue of result.error.issues) {
    const { line, column } = yaml.locate(issue.path);
    problems.push({ file: source.file, line, column, field: formatPath(issue.path), message: issue.message, severity: 'error' });
  }
  return [];
}

/** Replayable sessions must parse: their syntax errors point at the card's line. */
function checkSessions(p: ParsedCard, lang: Lang): ContentProblem[] {
  const found: ContentProblem[] = [];
  for (const snippet of extractSnippets(p.bodies[lang], lang)) {
    if (snippet.mode !== 'session') continue;
    const codeLine = p.bodyLines[lang] + snippet.line; // the line after the opening fence
    try {
      parseSession(snippet.code, snippet.language === 'redis' ? 'redis' : 'sql', codeLine);
    } catch (error) {
      if (!(error instanceof SessionSyntaxError)) throw error;
      found.push({ file: p.file, line: error.line, column: 1, field: 'body', message: `${snippet.language} session: ${error.message.replace(/^line \d+: /, '')}`, severity: 'error' });
    }
  }
  return found;
}
