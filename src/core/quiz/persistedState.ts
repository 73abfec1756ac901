// How the review log is stored (VS Code globalState, synced by Settings Sync) and
// exported. Compact tuples keep the synced value small. Reading never throws: what is
// readable is recovered, and every unreadable part is reported with where it was.
//
// Stored format, version 2:   { "version": 2, "events": [ [id, at, kind, …], … ] }
//   ["<id>", <epoch ms>, "r", "<item>", <grade 1-4>]   a rating
//   ["<id>", <epoch ms>, "u", "<event id>"]            undo of that event
//   ["<id>", <epoch ms>, "b", "<item>", "<YYYY-MM-DD>"] bury for that day
//   ["<id>", <epoch ms>, "a", "<item>", "<YYYY-MM-DD>"] added to that day's queue
// Version 1 (before undo/bury existed) stored { "version": 1, "reviews": [[item, at, grade], …] }.
import type { Grade, ReviewEvent } from './reviewLog';

export const STATE_VERSION = 2;
export const EXPORT_FORMAT = 'backend-cards-review-log';

type Compact = [string, number, 'r', string, Grade] | [string, number, 'u', string] | [string, number, 'b' | 'a', string, string];

export interface PersistedState {
  version: typeof STATE_VERSION;
  events: Compact[];
}

export interface DecodeResult {
  events: ReviewEvent[];
  /** Human-readable, located: "events[12]: grade must be 1–4". Empty when all was read. */
  problems: string[];
  /** The input was from an older version and was migrated. */
  migrated: boolean;
}

export function encodeState(events: readonly ReviewEvent[]): PersistedState {
  return { version: STATE_VERSION, events: events.map(compact) };
}

function compact(e: ReviewEvent): Compact {
  switch (e.kind) {
    case 'rate': return [e.id, e.at, 'r', e.item, e.grade];
    case 'undo': return [e.id, e.at, 'u', e.target];
    case 'bury': return [e.id, e.at, 'b', e.item, e.day];
    case 'add': return [e.id, e.at, 'a', e.item, e.day];
  }
}

const isGrade = (g: unknown): g is Grade => g === 1 || g === 2 || g === 3 || g === 4;
const isDay = (d: unknown): d is string => typeof d === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(d);
const isTime = (t: unknown): t is number => typeof t === 'number' && Number.isFinite(t) && t > 0;
const isText = (s: unknown): s is string => typeof s === 'string' && s.length > 0 && s.length < 500;

function expand(raw: unknown): ReviewEvent | string {
  if (!Array.isArray(raw)) return 'not an event tuple';
  const [id, at, kind, a, b] = raw as unknown[];
  if (!isText(id)) return 'missing event id';
  if (!isTime(at)) return 'bad time';
  switch (kind) {
    case 'r': return isText(a) && isGrade(b) ? { id, at, kind: 'rate', item: a, grade: b } : 'a rating needs an item and a grade 1–4';
    case 'u': return isText(a) ? { id, at, kind: 'undo', target: a } : 'an undo needs the id of the event it cancels';
    case 'b': return isText(a) && isDay(b) ? { id, at, kind: 'bury', item: a, day: b } : 'a bury needs an item and a day';
    case 'a': return isText(a) && isDay(b) ? { id, at, kind: 'add', item: a, day: b } : 'an add needs an item and a day';
    default: return `unknown event kind ${JSON.stringify(kind)}`;
  }
}

/** Reads whatever was stored: the current version, version 1, or something damaged. */
export function decodeState(raw: unknown): DecodeResult {
  if (raw === undefined || raw === null) return { events: [], problems: [], migrated: false };
  let value = raw;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch (error) {
      return { events: [], problems: [`not valid JSON: ${(error as Error).message}`], migrated: false };
    }
  }
  if (typeof value !== 'object' || value === null) return { events: [], problems: ['not an object'], migrated: false };
  const state = value as { version?: unknown; events?: unknown; reviews?: unknown };
  const problems: string[] = [];
  const events: ReviewEvent[] = [];
  if (state.version === 1 && Array.isArray(state.reviews)) {
    state.reviews.forEach((r: unknown, i) => {
      const [item, at, grade] = Array.isArray(r) ? (r as unknown[]) : [];
      if (isText(item) && isTime(at) && isGrade(grade)) events.push({ id: `v1-${i}-${at.toString(36)}`, at, kind: 'rate', item, grade });
      else problems.push(`reviews[${i}]: a version 1 review is [item, time, grade]`);
    });
    return { events, problems, migrated: true };
  }
  if (state.version !== STATE_VERSION) problems.push(`version ${JSON.stringify(state.version)} is not ${STATE_VERSION}; reading what matches`);
  if (!Array.isArray(state.events)) {
    problems.push('events: missing or not a list');
    return { events, problems, migrated: false };
  }
  state.events.forEach((raw: unknown, i) => {
    const event = expand(raw);
    if (typeof event === 'string') problems.push(`events[${i}]: ${event}`);
    else events.push(event);
  });
  return { events, problems, migrated: false };
}

/** The export file: readable JSON with verbose events; import accepts it or the stored form. */
export function exportLog(events: readonly ReviewEvent[], now: number): string {
  return JSON.stringify({ format: EXPORT_FORMAT, version: STATE_VERSION, exportedAt: new Date(now).toISOString(), events }, null, 1);
}

export function importLog(text: string): DecodeResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { events: [], problems: [`not valid JSON: ${(error as Error).message}`], migrated: false };
  }
  const file = value as { format?: unknown; events?: unknown };
  if (file && file.format === EXPORT_FORMAT && Array.isArray(file.events)) {
    return decodeState({ version: STATE_VERSION, events: file.events.map((e: unknown) => (e && typeof e === 'object' && !Array.isArray(e) ? compact(e as ReviewEvent) : e)) });
  }
  return decodeState(value);
}
