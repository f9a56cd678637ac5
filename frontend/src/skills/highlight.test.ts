import { describe, expect, it } from 'vitest';
import { segmentText } from './highlight';

const plain = (segments: ReturnType<typeof segmentText>) => segments.map((s) => [s.text, s.keys.join('+')]);

describe('cutting a text into highlighted runs', () => {
  it('leavesATextWithoutEvidenceAsOneRun', () => {
    expect(plain(segmentText('Geen markeringen.', []))).toEqual([['Geen markeringen.', '']]);
  });

  it('marksOneSpanInTheMiddle', () => {
    expect(plain(segmentText('Je rijdt op de heftruck.', [{ start: 15, end: 23, key: 'a' }]))).toEqual([
      ['Je rijdt op de ', ''],
      ['heftruck', 'a'],
      ['.', ''],
    ]);
  });

  it('marksSpansAtTheVeryStartAndEnd', () => {
    const text = 'heftruck en magazijn';
    expect(plain(segmentText(text, [{ start: 0, end: 8, key: 'a' }, { start: 12, end: 20, key: 'b' }]))).toEqual([
      ['heftruck', 'a'],
      [' en ', ''],
      ['magazijn', 'b'],
    ]);
  });

  it('splitsOverlappingSpansOfDifferentSkillsIntoRunsThatKnowBoth', () => {
    const text = 'laadt en lost vrachtwagens';
    const segments = segmentText(text, [
      { start: 0, end: 26, key: 'load' },
      { start: 14, end: 26, key: 'truck' },
    ]);
    expect(plain(segments)).toEqual([
      ['laadt en lost ', 'load'],
      ['vrachtwagens', 'load+truck'],
    ]);
  });

  it('mergesASpanNestedInAnotherSpanOfTheSameSkill', () => {
    const segments = segmentText('laadt en lost', [
      { start: 0, end: 5, key: 'load' },
      { start: 0, end: 13, key: 'load' },
    ]);
    expect(plain(segments)).toEqual([['laadt en lost', 'load']]);
  });

  it('keepsTheOrderOfSkillsAsGivenAndIdenticalSpansOnce', () => {
    const segments = segmentText('Software developer', [
      { start: 0, end: 18, key: 'programming' },
      { start: 0, end: 18, key: 'ict-projects' },
    ]);
    expect(plain(segments)).toEqual([['Software developer', 'programming+ict-projects']]);
  });

  it('clampsOffsetsOutsideTheTextAndIgnoresEmptyOrInvertedSpans', () => {
    const segments = segmentText('kort', [
      { start: -3, end: 2, key: 'a' },
      { start: 3, end: 99, key: 'b' },
      { start: 2, end: 2, key: 'empty' },
      { start: 3, end: 1, key: 'inverted' },
      { start: Number.NaN, end: 1, key: 'nan' },
    ]);
    expect(plain(segments)).toEqual([
      ['ko', 'a'],
      ['r', ''],
      ['t', 'b'],
    ]);
    expect(segments.flatMap((s) => s.keys)).not.toContain('empty');
    expect(segments.flatMap((s) => s.keys)).not.toContain('inverted');
  });

  it('countsOffsetsInUtf16CodeUnitsAsTheServerDoes', () => {
    // "💪" is two UTF-16 code units; the evidence after it starts at 3, not 2.
    const text = '💪 heftruck';
    expect(plain(segmentText(text, [{ start: 3, end: 11, key: 'a' }]))).toEqual([
      ['💪 ', ''],
      ['heftruck', 'a'],
    ]);
  });

  it('neverSplitsAnEmojiWhenAnOffsetFallsInsideIt', () => {
    const text = 'a💪b';
    const segments = segmentText(text, [{ start: 2, end: 4, key: 'a' }]);
    expect(plain(segments)).toEqual([
      ['a', ''],
      ['💪b', 'a'],
    ]);
    const endInside = segmentText(text, [{ start: 0, end: 2, key: 'x' }]);
    expect(plain(endInside)).toEqual([
      ['a💪', 'x'],
      ['b', ''],
    ]);
  });

  it('reassemblesTheWholeTextExactly', () => {
    const text = 'Zorg 😀 en wondzorg, klantgericht.';
    const segments = segmentText(text, [
      { start: 11, end: 19, key: 'wound' },
      { start: 5, end: 12, key: 'x' },
      { start: 21, end: 33, key: 'customer' },
    ]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
  });
});
