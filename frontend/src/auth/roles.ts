import type { MessageKey } from '../i18n/dictionary';

export const roles = ['JOB_SEEKER', 'JOBCOACH', 'EMPLOYER', 'REGIO_STAFF', 'ADMIN'] as const;
export type Role = (typeof roles)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (roles as readonly string[]).includes(value);
}

/** Each role has one landing page; the paths are Dutch, like the product. */
export const landingRoutes: Readonly<Record<Role, string>> = {
  JOB_SEEKER: '/werkzoekende',
  JOBCOACH: '/jobcoach',
  EMPLOYER: '/werkgever',
  REGIO_STAFF: '/regio',
  ADMIN: '/beheer',
};

export const roleLabels: Readonly<Record<Role, MessageKey>> = {
  JOB_SEEKER: 'role.JOB_SEEKER',
  JOBCOACH: 'role.JOBCOACH',
  EMPLOYER: 'role.EMPLOYER',
  REGIO_STAFF: 'role.REGIO_STAFF',
  ADMIN: 'role.ADMIN',
};

/** Where a user lands after login: the page of their first role, or null when they have none. */
export function landingRouteFor(userRoles: readonly Role[]): string | null {
  const first = userRoles[0];
  return first === undefined ? null : landingRoutes[first];
}

/** The role whose landing page this path is (or lies under), or null for a page open to everyone. */
export function roleForPath(pathname: string): Role | null {
  const match = roles.find((role) => {
    const route = landingRoutes[role];
    return pathname === route || pathname.startsWith(`${route}/`);
  });
  return match ?? null;
}

export type AccessDecision =
  | { readonly kind: 'allowed' }
  | { readonly kind: 'login-required' }
  | { readonly kind: 'forbidden'; readonly required: Role; readonly ownLanding: string | null };

/** The guard's rule: a role page is for users who hold that role; everyone else is told why not. */
export function decideAccess(required: Role, userRoles: readonly Role[] | null): AccessDecision {
  if (userRoles === null) {
    return { kind: 'login-required' };
  }
  if (userRoles.includes(required)) {
    return { kind: 'allowed' };
  }
  return { kind: 'forbidden', required, ownLanding: landingRouteFor(userRoles) };
}

/**
 * Where to go after login. A return path (remembered when a guard asked to log in) is honoured
 * only if it is a local path the user may open; otherwise the user's own landing page.
 */
export function destinationAfterLogin(userRoles: readonly Role[], returnTo: string | null | undefined): string | null {
  if (returnTo && isLocalPath(returnTo) && returnTo !== '/' && !returnTo.startsWith('/auth/')) {
    const required = roleForPath(new URL(returnTo, 'http://local').pathname);
    if (required === null || userRoles.includes(required)) {
      return returnTo;
    }
  }
  return landingRouteFor(userRoles);
}

/** Only same-site paths: "//evil.example" and "/\evil.example" are other hosts to a browser. */
export function isLocalPath(value: string): boolean {
  return value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/\\');
}
