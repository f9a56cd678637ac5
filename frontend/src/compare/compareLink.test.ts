import { describe, expect, it } from 'vitest';
import { compareLinkParams, readCompareLink } from './compareLink';

const nurse = 'http://data.europa.eu/esco/occupation/aaaa-1';
const assistant = 'http://data.europa.eu/esco/occupation/bbbb-2';
const listening = 'http://data.europa.eu/esco/skill/cccc-3';

describe('compare links', () => {
  it('keep the occupations, skills with a level other than the default, and the region, and read them back', () => {
    const params = compareLinkParams({
      occupations: [nurse, assistant],
      skills: [{ uri: listening, level: 'ADVANCED' }, { uri: 'http://data.europa.eu/esco/skill/dddd-4', level: 'INTERMEDIATE' }],
      region: 'AM18',
    });
    expect(params.toString()).toBe('beroep=aaaa-1&beroep=bbbb-2&vaardigheid=cccc-3%7EADVANCED&vaardigheid=dddd-4&regio=AM18');
    expect(readCompareLink(params)).toEqual({
      occupations: [nurse, assistant],
      skills: [{ uri: listening, level: 'ADVANCED' }, { uri: 'http://data.europa.eu/esco/skill/dddd-4' }],
      region: 'AM18',
    });
  });

  it('reads a link without skills as "use my own profile", drops repeats, a fourth occupation and a bad region', () => {
    const link = readCompareLink(new URLSearchParams('beroep=a&beroep=a&beroep=b&beroep=c&beroep=d&regio=Amsterdam'));
    expect(link.skills).toBeNull();
    expect(link.occupations).toEqual([
      'http://data.europa.eu/esco/occupation/a',
      'http://data.europa.eu/esco/occupation/b',
      'http://data.europa.eu/esco/occupation/c',
    ]);
    expect(link.region).toBe('');
  });

  it('keeps a full URI that is not under the usual prefix as it is', () => {
    const other = 'http://example.org/esco/occupation/x';
    expect(readCompareLink(compareLinkParams({ occupations: [other], skills: null, region: '' })).occupations).toEqual([other]);
  });
});
