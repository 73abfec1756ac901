// The Topics tree's filter: categories × tags × statuses × review states (each empty = any).
import type { Card, CardStatus } from './model';

/** due: in today's queue; new: no quiz item seen yet; mastered: every item recalled with ≥ 90%. */
export const REVIEW_STATES = ['due', 'new', 'mastered'] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];

export interface TopicFilter {
  categories: string[];
  tags: string[];
  statuses: CardStatus[];
  review: ReviewState[];
}

export const NO_FILTER: TopicFilter = { categories: [], tags: [], statuses: [], review: [] };

export function isActive(filter: TopicFilter): boolean {
  return filter.categories.length + filter.tags.length + filter.statuses.length + filter.review.length > 0;
}

/**
 * Within a dimension any value may match (OR); across dimensions all must (AND).
 * `reviewOf` gives a card's review states (from the quiz); without it review filters match nothing.
 */
export function matchesFilter(card: Card, filter: TopicFilter, reviewOf?: (cardId: string) => ReadonlySet<ReviewState>): boolean {
  return (
    (filter.categories.length === 0 || filter.categories.includes(card.category)) &&
    (filter.tags.length === 0 || card.tags.some((t) => filter.tags.includes(t))) &&
    (filter.statuses.length === 0 || filter.statuses.includes(card.status)) &&
    (filter.review.length === 0 || (reviewOf !== undefined && filter.review.some((r) => reviewOf(card.id).has(r))))
  );
}
