/** Caps on what the extractor keeps from a page: the popup stays readable and the message small. */
export const LIMITS = {
  name: 160,
  headline: 400,
  siteName: 120,
  section: 100,
  language: 35,
  description: 600,
  credit: 400,
  date: 64,
  authors: 12,
  credits: 16,
  /** Elements looked at per query, so a huge page costs no more than a large one. */
  elements: 300,
} as const;
