// The front-matter schema of a card file. Documented for authors in content/README.md;
// keep the two in step.
import { z } from 'zod';
import { CARD_STATUSES, TERM_LANGUAGES } from './model';

const text = z.string().trim().min(1, 'must not be empty');
const localized = z.strictObject({ zh: text, en: text });
const localizedList = z.strictObject({ zh: z.array(text), en: z.array(text) });
const url = z.string().url().refine((u) => /^https:\/\//.test(u), 'must be an https:// URL');

export const CARD_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const quizItem = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('qa'), question: localized, answer: localized }),
  z.strictObject({
    kind: z.literal('cloze'),
    text: localized.refine((t) => /\{\{[^{}]+\}\}/.test(t.zh) && /\{\{[^{}]+\}\}/.test(t.en), 'each language needs at least one {{gap}}'),
  }),
  z.strictObject({
    kind: z.literal('choice'),
    question: localized,
    choices: z.array(localized).min(2, 'needs at least two choices').max(6),
    answer: z.number().int().min(0),
    explanation: localized.optional(),
  }).refine((q) => q.answer < q.choices.length, { message: 'answer must index one of the choices', path: ['answer'] }),
]);

export const termSchema = z.strictObject({
  term: text,
  languages: z.array(z.enum(TERM_LANGUAGES)).min(1),
  aliases: z.array(text).default([]),
  summary: localized,
  doc: url.optional(),
  /** Only in files that import one of these Python modules / include one of these C headers. */
  imports: z.array(text).default([]),
});

export const frontMatterSchema = z.strictObject({
  id: z.string().regex(CARD_ID, 'must be kebab-case: lowercase letters, digits and single hyphens'),
  category: text,
  order: z.number().int().nonnegative(),
  title: localized,
  status: z.enum(CARD_STATUSES),
  seed: z.array(z.number().int().min(1)).default([]),
  tags: z.array(z.string().regex(/^[a-z0-9][a-z0-9+#.-]*$/, 'tags are lowercase, e.g. io-multiplexing')).default([]),
  keyPoints: localizedList.partial().default({}),
  quiz: z.array(quizItem).default([]),
  terms: z.array(termSchema).default([]),
  sources: z.array(z.strictObject({ title: text, url })).default([]),
  related: z.array(z.string().regex(CARD_ID, 'must be a card id')).default([]),
});

export type FrontMatter = z.infer<typeof frontMatterSchema>;

export const categoriesSchema = z.array(
  z.strictObject({
    id: z.string().regex(CARD_ID),
    title: localized,
    icon: z.string().regex(/^[a-z0-9-]+$/, 'a codicon name such as terminal-linux'),
    order: z.number().int(),
  }),
).min(1);
