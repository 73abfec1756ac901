// The Topics tree's filter: categories × tags × statuses (each empty = any).
import type { Card, CardStatus } from './model';

export interface TopicFilter {
  categories: string[];
  tags: string[];
  statuses: CardStatus[];
}

export const NO_FILTER: TopicFilter = { categories: [], tags: [], statuses: [] };

export function isActive(filter: TopicFilter): boolean {
  return filter.categories.length + filter.tags.length + filter.statuses.length > 0;
}

/** Within a dimension any value may match (OR); across dimensions all must (AND). */
export function matchesFilter(card: Card, filter: TopicFilter): boolean {
  return (
    (filter.categories.length === 0 || filter.categories.includes(card.category)) &&
    (filter.tags.length === 0 || card.tags.some((t) => filter.tags.includes(t))) &&
    (filter.statuses.length === 0 || filter.statuses.includes(card.status))
  );
}
