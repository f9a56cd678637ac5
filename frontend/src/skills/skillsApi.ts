import { apiRequest, type Fetch } from '../api/http';
import { isRecord } from '../api/problem';
import { labelLanguage, readLabel, type LabelInfo } from '../taxonomy/labels';
import type { Language } from '../i18n/dictionary';

/** The text limit the server enforces (50 kB of UTF-8); the page counts the same way. */
export const maxTextBytes = 50_000;

export function utf8Bytes(text: string): number {
  return new TextEncoder().encode(text).length;
}

export interface Evidence {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** A suggested skill, from a text (with confidence and evidence) or from an occupation (without). */
export interface SuggestedSkill extends LabelInfo {
  readonly uri: string;
  readonly essential: boolean;
  readonly confidence?: number;
  readonly evidence: readonly Evidence[];
}

export interface ExtractionWarning {
  readonly code: string;
  readonly message: string;
}

export interface Extraction {
  readonly language: string;
  readonly skills: readonly SuggestedSkill[];
  /** The text the offsets refer to: as sent, or its plain text when HTML was removed. */
  readonly analysedText: string;
  readonly warnings: readonly ExtractionWarning[];
  readonly elapsedMillis: number;
}

export interface MatchedOccupation extends LabelInfo {
  readonly uri: string;
  readonly score: number;
  readonly skills: readonly SuggestedSkill[];
}

function requestOptions(body: unknown, language: Language, signal?: AbortSignal) {
  return {
    method: 'POST' as const,
    body,
    headers: { 'Accept-Language': language },
    ...(signal ? { signal } : {}),
  };
}

/** POST /api/public/skills/extract — nothing is stored on the server. */
export function extractSkills(text: string, language: Language, signal?: AbortSignal, fetchImpl?: Fetch): Promise<Extraction> {
  return apiRequest(
    `/api/public/skills/extract?lang=${language}`,
    parseExtraction,
    requestOptions({ text, language: 'auto' }, language, signal),
    fetchImpl,
  );
}

/** POST /api/public/occupations/match — ranked occupations with their ESCO skills. */
export function matchOccupations(
  title: string,
  language: Language,
  signal?: AbortSignal,
  fetchImpl?: Fetch,
): Promise<readonly MatchedOccupation[]> {
  return apiRequest(
    `/api/public/occupations/match?lang=${language}`,
    parseOccupations,
    requestOptions({ title, limit: 10 }, language, signal),
    fetchImpl,
  );
}

export function parseExtraction(json: unknown): Extraction {
  if (!isRecord(json) || !Array.isArray(json.skills) || typeof json.analysedText !== 'string') {
    throw new Error('Expected {skills, analysedText}.');
  }
  return {
    language: str(json.language, 'language'),
    skills: json.skills.map(parseSkill),
    analysedText: json.analysedText,
    warnings: Array.isArray(json.warnings)
      ? json.warnings.filter(isRecord).map((w) => ({ code: str(w.code, 'code'), message: str(w.message, 'message') }))
      : [],
    elapsedMillis: typeof json.elapsedMillis === 'number' ? json.elapsedMillis : 0,
  };
}

export function parseOccupations(json: unknown): MatchedOccupation[] {
  if (!isRecord(json) || !Array.isArray(json.occupations)) {
    throw new Error('Expected {occupations}.');
  }
  return json.occupations.map((value) => {
    if (!isRecord(value) || !Array.isArray(value.skills)) {
      throw new Error('Expected an occupation with skills.');
    }
    return {
      uri: str(value.uri, 'uri'),
      ...labelOf(value),
      score: num(value.score, 'score'),
      skills: value.skills.map(parseSkill),
    };
  });
}

function parseSkill(value: unknown): SuggestedSkill {
  if (!isRecord(value)) {
    throw new Error('Expected a skill object.');
  }
  const evidence = Array.isArray(value.evidence)
    ? value.evidence.filter(isRecord).map((e) => ({ start: num(e.start, 'start'), end: num(e.end, 'end'), text: str(e.text, 'text') }))
    : [];
  return {
    uri: str(value.uri, 'uri'),
    ...labelOf(value),
    essential: value.essential === true,
    ...(typeof value.confidence === 'number' ? { confidence: value.confidence } : {}),
    evidence,
  };
}

/** The label fields, which must be there (the label is checked like every other field). */
function labelOf(value: Record<string, unknown>): LabelInfo {
  return { ...readLabel(value), label: str(value.label, 'label'), labelLanguage: labelLanguage(str(value.labelLanguage, 'labelLanguage')) };
}

function str(value: unknown, name: string): string {
  if (typeof value !== 'string') {
    throw new Error(`Expected ${name} to be a string.`);
  }
  return value;
}

function num(value: unknown, name: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new Error(`Expected ${name} to be a number.`);
  }
  return value;
}
