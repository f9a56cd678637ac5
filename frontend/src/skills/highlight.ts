/** A place in the text that shows a skill: UTF-16 offsets [start, end) as the server sends them. */
export interface EvidenceMark {
  readonly start: number;
  readonly end: number;
  /** Which skill the place belongs to (its ESCO URI). */
  readonly key: string;
}

/** A run of text that is covered by the same skills throughout; `keys` is empty for plain text. */
export interface TextSegment {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly keys: readonly string[];
}

/**
 * Cuts the text into runs so that overlapping evidence (two skills on "Software developer", or "laadt" inside
 * "laadt en lost") can be shown with one <mark> per run, each knowing all skills it belongs to. Offsets outside
 * the text are clamped, empty, inverted or non-numeric spans ignored, and an offset inside a surrogate pair (an emoji) is
 * widened to the whole character, so a mark never splits one.
 */
export function segmentText(text: string, marks: readonly EvidenceMark[]): TextSegment[] {
  const usable = marks
    .filter((mark) => Number.isFinite(mark.start) && Number.isFinite(mark.end))
    .map((mark) => ({ key: mark.key, start: snapStart(text, mark.start), end: snapEnd(text, mark.end) }))
    .filter((mark) => mark.end > mark.start);
  const bounds = new Set<number>([0, text.length]);
  usable.forEach((mark) => {
    bounds.add(mark.start);
    bounds.add(mark.end);
  });
  const cuts = [...bounds].sort((a, b) => a - b);
  const segments: TextSegment[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i]!;
    const end = cuts[i + 1]!;
    const keys = unique(usable.filter((mark) => mark.start <= start && mark.end >= end).map((mark) => mark.key));
    const previous = segments[segments.length - 1];
    if (previous && sameKeys(previous.keys, keys)) {
      segments[segments.length - 1] = { ...previous, end, text: text.slice(previous.start, end) };
    } else {
      segments.push({ start, end, text: text.slice(start, end), keys });
    }
  }
  return segments.filter((segment) => segment.end > segment.start);
}

function clamp(text: string, offset: number): number {
  return Math.min(Math.max(Math.trunc(offset), 0), text.length);
}

function insideSurrogatePair(text: string, offset: number): boolean {
  return offset > 0 && offset < text.length && isHigh(text.charCodeAt(offset - 1)) && isLow(text.charCodeAt(offset));
}

function snapStart(text: string, offset: number): number {
  const clamped = clamp(text, offset);
  return insideSurrogatePair(text, clamped) ? clamped - 1 : clamped;
}

function snapEnd(text: string, offset: number): number {
  const clamped = clamp(text, offset);
  return insideSurrogatePair(text, clamped) ? clamped + 1 : clamped;
}

function isHigh(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLow(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

function unique(keys: readonly string[]): string[] {
  return [...new Set(keys)];
}

function sameKeys(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((key, i) => key === b[i]);
}
