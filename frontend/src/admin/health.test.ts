import { describe, expect, it, vi } from 'vitest';
import { fetchPlatformHealth, parseHealth } from './health';

describe('reading /actuator/health', () => {
  it('eachComponentBecomesARowSortedByName', () => {
    expect(
      parseHealth({
        status: 'UP',
        components: { oidcIssuer: { status: 'UP' }, db: { status: 'UP', details: { database: 'PostgreSQL' } }, kafka: { status: 'DOWN' } },
      }),
    ).toEqual({
      status: 'UP',
      components: [
        { path: ['db'], status: 'UP' },
        { path: ['kafka'], status: 'DOWN' },
        { path: ['oidcIssuer'], status: 'UP' },
      ],
    });
  });

  it('nestedComponentsKeepTheirParentsName', () => {
    const health = parseHealth({ status: 'UP', components: { db: { status: 'UP', components: { primary: { status: 'UP' }, reporting: { status: 'DOWN' } } } } });
    expect(health.components.map((component) => component.path.join('/'))).toEqual(['db', 'db/primary', 'db/reporting']);
  });

  it('aComponentWithoutStatusIsUnknown', () => {
    expect(parseHealth({ status: 'UP', components: { mystery: {} } }).components).toEqual([{ path: ['mystery'], status: 'UNKNOWN' }]);
  });

  it('aBareStatusHasNoComponents', () => {
    expect(parseHealth({ status: 'UP' })).toEqual({ status: 'UP', components: [] });
  });

  it('aDocumentWithoutStatusIsRejected', () => {
    expect(() => parseHealth({ components: {} })).toThrow(/status/);
  });

  it('aServiceUnavailableAnswerStillCarriesTheHealthDocument', async () => {
    const fetchImpl = vi.fn<typeof fetch>().mockResolvedValue(
      new Response('{"status":"DOWN","components":{"kafka":{"status":"DOWN"}}}', {
        status: 503,
        headers: { 'Content-Type': 'application/vnd.spring-boot.actuator.v3+json' },
      }),
    );
    await expect(fetchPlatformHealth(undefined, fetchImpl)).resolves.toEqual({ status: 'DOWN', components: [{ path: ['kafka'], status: 'DOWN' }] });
  });
});
