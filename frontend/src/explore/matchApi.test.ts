import { describe, expect, it } from 'vitest';
import { parseVacancyFindings } from './matchApi';

const explanation = { score: 0.5, coverage: 0.3, relevance: 0.2, matched: [], partial: [], missing: [], parts: [] };
const vacancy = {
  id: 'v1', title: 'Verpleegkundige (demo)', employer: 'Zorggroep', region: 'AM18', regionName: 'Groot Amsterdam',
  hoursMin: 24, hoursMax: 36, contract: 'PERMANENT', validUntil: '2026-12-31', synthetic: true,
};

describe('parseVacancyFindings', () => {
  it('reads the readable fit of every result', () => {
    const findings = parseVacancyFindings({
      items: [{ vacancy, score: 0.5, fit: { percent: 42, essentialsFull: 3, essentialsPartial: 2, essentials: 10 }, explanation }],
      nothingClose: false,
      doorOpeners: [],
    });
    expect(findings.nothingClose).toBe(false);
    expect(findings.results[0]?.fit).toEqual({ percent: 42, essentialsFull: 3, essentialsPartial: 2, essentials: 10 });
  });

  it('reads "nothing close yet" with the skills that open most doors', () => {
    const findings = parseVacancyFindings({
      items: [],
      nothingClose: true,
      doorOpeners: [{ uri: 'http://data.europa.eu/esco/skill/x', label: 'wondverzorging', labelLanguage: 'nl', derived: false }],
    });
    expect(findings.results).toHaveLength(0);
    expect(findings.nothingClose).toBe(true);
    expect(findings.doorOpeners.map((s) => s.label)).toEqual(['wondverzorging']);
  });

  it('refuses a result without its fit', () => {
    expect(() => parseVacancyFindings({ items: [{ vacancy, score: 0.5, explanation }], nothingClose: false, doorOpeners: [] }))
      .toThrow();
  });
});
