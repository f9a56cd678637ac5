import { levels, type Level } from '../explore/matchApi';
import type { ComparedSkill } from './compareApi';

/** What a comparison link holds: the occupations, and for the anonymous explorer the skills and the region. */
export interface CompareLink {
  readonly occupations: readonly string[];
  /** null when the link names no skills (then the browser's own explore profile is used). */
  readonly skills: readonly ComparedSkill[] | null;
  readonly region: string;
}

export const maxOccupations = 3;
export const maxSkills = 200;

const occupationPrefix = 'http://data.europa.eu/esco/occupation/';
const skillPrefix = 'http://data.europa.eu/esco/skill/';

// ESCO URIs share their prefix; a link keeps only the identifier, so three occupations and dozens of skills stay short
function shorten(uri: string, prefix: string): string {
  return uri.startsWith(prefix) ? uri.slice(prefix.length) : uri;
}

function expand(value: string, prefix: string): string {
  return value.includes('/') ? value : `${prefix}${value}`;
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

export function readCompareLink(params: URLSearchParams): CompareLink {
  const occupations = unique(params.getAll('beroep').filter((v) => v.trim() !== '').map((v) => expand(v.trim(), occupationPrefix)))
    .slice(0, maxOccupations);
  const named = params.getAll('vaardigheid').filter((v) => v.trim() !== '');
  const skills = named.length === 0 ? null : unique(named).slice(0, maxSkills).map((value): ComparedSkill => {
    const [id = '', level] = value.trim().split('~');
    return levels.includes(level as Level) ? { uri: expand(id, skillPrefix), level: level as Level } : { uri: expand(id, skillPrefix) };
  });
  const region = params.get('regio') ?? '';
  return { occupations, skills, region: /^AM\d{2}$/.test(region) ? region : '' };
}

export function compareLinkParams(link: CompareLink): URLSearchParams {
  const params = new URLSearchParams();
  link.occupations.forEach((o) => params.append('beroep', shorten(o, occupationPrefix)));
  (link.skills ?? []).forEach((s) =>
    params.append('vaardigheid', `${shorten(s.uri, skillPrefix)}${s.level && s.level !== 'INTERMEDIATE' ? `~${s.level}` : ''}`),
  );
  if (link.region) params.set('regio', link.region);
  return params;
}
