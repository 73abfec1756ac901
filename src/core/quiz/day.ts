// "Today" in local time, starting at a configurable hour (4 a.m. by default, as Anki does):
// a review at 1 a.m. still belongs to the previous day.

export const MS_PER_DAY = 86_400_000;

/** The study day of a moment, as YYYY-MM-DD in local time. */
export function dayKey(at: number, dayStartHour: number): string {
  const d = new Date(at - dayStartHour * 3_600_000);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** When the study day containing `at` began (the last day-start hour), in epoch ms. */
export function startOfDay(at: number, dayStartHour: number): number {
  const d = new Date(at - dayStartHour * 3_600_000);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate(), dayStartHour, 0, 0, 0).getTime();
}

/** When the study day containing `at` ends (the next day-start hour), in epoch ms. */
export function endOfDay(at: number, dayStartHour: number): number {
  const d = new Date(at - dayStartHour * 3_600_000);
  const next = new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1, dayStartHour, 0, 0, 0);
  return next.getTime();
}

/** The day key `n` days before `key` (calendar arithmetic, DST-safe). */
export function addDays(key: string, n: number): string {
  const [y, m, d] = key.split('-').map(Number) as [number, number, number];
  const date = new Date(y, m - 1, d + n, 12);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}
