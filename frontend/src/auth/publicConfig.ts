import { apiRequest, type Fetch } from '../api/http';
import { isRecord } from '../api/problem';

/** GET /api/public/config: what the browser needs before anyone logs in. */
export interface PublicConfig {
  readonly oidc: {
    readonly issuer: string;
    readonly clientId: string;
    readonly scope: string;
  };
  readonly version: string | null;
}

export async function fetchPublicConfig(fetchImpl?: Fetch): Promise<PublicConfig> {
  return apiRequest('/api/public/config', parsePublicConfig, {}, fetchImpl);
}

export function parsePublicConfig(json: unknown): PublicConfig {
  if (!isRecord(json) || !isRecord(json.oidc)) {
    throw new Error('/api/public/config has no "oidc" object.');
  }
  const { issuer, clientId, scope } = json.oidc;
  if (typeof issuer !== 'string' || !/^https?:\/\//.test(issuer)) {
    throw new Error('/api/public/config has no valid "oidc.issuer".');
  }
  if (typeof clientId !== 'string' || clientId.trim() === '') {
    throw new Error('/api/public/config has no "oidc.clientId".');
  }
  return {
    oidc: {
      issuer,
      clientId,
      scope: typeof scope === 'string' && scope.trim() !== '' ? scope : 'openid profile',
    },
    version: typeof json.version === 'string' && json.version.trim() !== '' ? json.version : null,
  };
}
