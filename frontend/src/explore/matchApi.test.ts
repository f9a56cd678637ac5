import { describe, expect, it } from 'vitest';
import type { Schema } from '../api/client';
import { toRoutePlan, toVacancyFindings } from './matchApi';

const explanation: Schema<'ExplanationView'> = { score: 0.5, coverage: 0.3, relevance: 0.2, matched: [], partial: [], missing: [], parts: [] };
const vacancy: Schema<'VacancyCard'> = {
  id: 'v1', title: 'Verpleegkundige (demo)', employer: 'Zorggroep', region: 'AM18', regionName: 'Groot Amsterdam', gemeente: 'GM0363',
  hoursMin: 24, hoursMax: 36, contract: 'PERMANENT', validUntil: '2026-12-31', synthetic: true,
};
const skill = (label: string, labelLanguage: string) => ({ uri: `http://data.europa.eu/esco/skill/${label}`, label, labelLanguage, derived: false });

describe('toVacancyFindings', () => {
  it('keeps the readable fit of every result', () => {
    const findings = toVacancyFindings({
      items: [{ vacancy, score: 0.5, fit: { percent: 42, essentialsFull: 3, essentialsPartial: 2, essentials: 10 }, explanation }],
      nothingClose: false,
      doorOpeners: [],
    });
    expect(findings.nothingClose).toBe(false);
    expect(findings.results[0]?.fit).toEqual({ percent: 42, essentialsFull: 3, essentialsPartial: 2, essentials: 10 });
  });

  it('gives "nothing close yet" with the skills that open most doors, their label language narrowed', () => {
    const findings = toVacancyFindings({ items: [], nothingClose: true, doorOpeners: [skill('wondverzorging', 'nl'), skill('triage', 'xx')] });
    expect(findings.results).toHaveLength(0);
    expect(findings.nothingClose).toBe(true);
    expect(findings.doorOpeners.map((s) => [s.label, s.labelLanguage])).toEqual([['wondverzorging', 'nl'], ['triage', 'nl']]);
  });
});

describe('toRoutePlan', () => {
  it('reads the skills a route teaches and closes, and the gaps, as labels in "nl" or "en"', () => {
    const plan = toRoutePlan({
      method: 'greedy', closedShare: 0.5, jobsBefore: 1, jobsAfter: 3,
      gaps: [{ skill: skill('triage', 'en'), essential: true, closedBy: 'r1', credit: 1, demand: 2 }],
      routes: [{
        id: 'r1', title: 'Triage', provider: 'ROC', kind: 'COURSE', durationWeeks: 4, costEuros: 0, online: true, regions: ['AM18'],
        startDates: [], synthetic: true, teaches: [skill('triage', 'en')], closes: [skill('triage', 'en')], gapClosed: 1, jobsUnlocked: 2,
      }],
    });
    expect(plan.gaps).toEqual([{ skill: { ...skill('triage', 'en'), labelLanguage: 'en' }, essential: true }]);
    expect(plan.routes[0]?.teaches[0]?.labelLanguage).toBe('en');
    expect(plan.routes[0]?.jobsUnlocked).toBe(2);
  });
});
