import { apiRequest, type Fetch } from '../api/http';
import { isRecord } from '../api/problem';

/** One row of the status table: a component (nested ones keep their parents' names) and its status. */
export interface ComponentHealth {
  readonly path: readonly string[];
  readonly status: string;
}

export interface PlatformHealth {
  readonly status: string;
  readonly components: readonly ComponentHealth[];
}

/**
 * GET /actuator/health. Spring answers 503 when something is down, with the same document, so
 * 503 is an answer here, not a failure.
 */
export async function fetchPlatformHealth(signal?: AbortSignal, fetchImpl?: Fetch): Promise<PlatformHealth> {
  return apiRequest('/actuator/health', parseHealth, { acceptStatuses: [503], ...(signal ? { signal } : {}) }, fetchImpl);
}

export function parseHealth(json: unknown): PlatformHealth {
  if (!isRecord(json) || typeof json.status !== 'string') {
    throw new Error('/actuator/health has no "status".');
  }
  return { status: json.status, components: flattenComponents(json.components, []) };
}

// Composite indicators (e.g. several data sources under "db") nest their own "components".
function flattenComponents(value: unknown, parents: readonly string[]): ComponentHealth[] {
  if (!isRecord(value)) {
    return [];
  }
  return Object.entries(value)
    .sort(([a], [b]) => a.localeCompare(b, 'en'))
    .flatMap(([name, component]) => {
      if (!isRecord(component)) {
        return [];
      }
      const path = [...parents, name];
      const status = typeof component.status === 'string' ? component.status : 'UNKNOWN';
      return [{ path, status }, ...flattenComponents(component.components, path)];
    });
}
