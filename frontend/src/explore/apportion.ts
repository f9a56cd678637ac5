/**
 * Rounds parts to `decimals` so that the rounded parts add up exactly to the rounded total (largest remainder
 * method): a score breakdown whose shown parts do not add up to the shown score would be a false explanation.
 */
export function apportion(parts: readonly number[], decimals: number): number[] {
  const scale = 10 ** decimals;
  const scaled = parts.map((p) => p * scale);
  const target = Math.round(scaled.reduce((sum, p) => sum + p, 0));
  const floors = scaled.map((p) => Math.floor(p));
  let missing = target - floors.reduce((sum, p) => sum + p, 0);
  const order = scaled
    .map((p, index) => ({ index, remainder: p - Math.floor(p) }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const { index } of order) {
    if (missing <= 0) break;
    floors[index] = (floors[index] ?? 0) + 1;
    missing -= 1;
  }
  return floors.map((p) => p / scale);
}

/** A score of 0..1 as points out of 100 with one decimal, in the page's language. */
export function formatPoints(points: number, language: 'nl' | 'en'): string {
  return points.toLocaleString(language === 'en' ? 'en-GB' : 'nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
}
