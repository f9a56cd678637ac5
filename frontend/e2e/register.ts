import type { Page } from '@playwright/test';

/**
 * Registers a fresh job seeker through the registration of feature/seeker and ends signed in, with a stored
 * profile, on the seeker dashboard. Provisional on feature/privacy: the registration is built on that branch,
 * and this file is replaced by its version when both are merged.
 */
export async function registerNewSeeker(page: Page): Promise<{ username: string }> {
  void page;
  throw new Error('registerNewSeeker needs the registration of feature/seeker');
}
