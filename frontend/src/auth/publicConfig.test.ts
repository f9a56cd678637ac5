import { describe, expect, it } from 'vitest';
import { parsePublicConfig } from './publicConfig';

describe('reading /api/public/config', () => {
  it('theDocumentedShapeIsRead', () => {
    expect(
      parsePublicConfig({
        oidc: { issuer: 'http://localhost:8080', clientId: 'vaardig-web', scope: 'openid profile' },
        version: '0.1.0-SNAPSHOT',
      }),
    ).toEqual({
      oidc: { issuer: 'http://localhost:8080', clientId: 'vaardig-web', scope: 'openid profile' },
      version: '0.1.0-SNAPSHOT',
    });
  });

  it('aMissingScopeFallsBackToOpenidProfile', () => {
    expect(parsePublicConfig({ oidc: { issuer: 'https://id.example', clientId: 'c' } }).oidc.scope).toBe('openid profile');
  });

  it('aConfigWithoutIssuerOrClientIsRejected', () => {
    expect(() => parsePublicConfig({ oidc: { clientId: 'c' } })).toThrow(/issuer/);
    expect(() => parsePublicConfig({ oidc: { issuer: 'http://localhost:8080' } })).toThrow(/clientId/);
    expect(() => parsePublicConfig({})).toThrow(/oidc/);
  });
});
