/** Colours of the categories a reader meets most, picked to be told apart at a glance. */
const KNOWN: Record<string, string> = {
  'embed-consent': '#7b5cd6',
  video: '#e0663a',
  caption: '#2a9d8f',
  newsletter: '#c9941a',
  related: '#3d7fd9',
  share: '#c04a8b',
  advertisement: '#d64545',
  comments: '#8a6d3b',
  byline: '#5b8c3a',
  legal: '#6d6875',
  'cookie-banner': '#a0703c',
  navigation: '#5f7186',
  metadata: '#4f8a8b',
  classifier: '#7d8597',
  user: '#b5179e',
};

/** Colours for other categories, chosen by a hash of the name. */
const FALLBACK = ['#1b7f79', '#9c4f96', '#b35c1e', '#3f6fb5', '#7a8a1f', '#b23a48', '#5d5fa8', '#8d6e63'];

/**
 * A stable `#rrggbb` colour for a removal category: a fixed one for known categories, otherwise
 * one picked by a hash of the name, so a category has the same colour in every report and terminal.
 */
export function categoryColour(category: string): string {
  const known = KNOWN[category];
  if (known !== undefined) return known;
  let hash = 0;
  for (let i = 0; i < category.length; i++) hash = (hash * 31 + category.charCodeAt(i)) >>> 0;
  return FALLBACK[hash % FALLBACK.length]!;
}
