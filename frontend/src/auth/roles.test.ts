import { describe, expect, it } from 'vitest';
import { decideAccess, destinationAfterLogin, isRole, landingRouteFor, landingRoutes, roleForPath } from './roles';

describe('roles and their pages', () => {
  it('eachRoleLandsOnItsOwnDutchPage', () => {
    expect(landingRoutes).toEqual({
      JOB_SEEKER: '/werkzoekende',
      JOBCOACH: '/jobcoach',
      EMPLOYER: '/werkgever',
      REGIO_STAFF: '/regio',
      ADMIN: '/beheer',
    });
    expect(landingRouteFor(['EMPLOYER'])).toBe('/werkgever');
  });

  it('theFirstRoleTheServerListsDecidesTheLandingPage', () => {
    expect(landingRouteFor(['JOBCOACH', 'ADMIN'])).toBe('/jobcoach');
  });

  it('aUserWithoutRolesHasNoLandingPage', () => {
    expect(landingRouteFor([])).toBeNull();
  });

  it('unknownRoleNamesAreNotRoles', () => {
    expect(isRole('ADMIN')).toBe(true);
    expect(isRole('admin')).toBe(false);
    expect(isRole('SUPERUSER')).toBe(false);
  });

  it('aPathBelongsToTheRoleWhosePageItIsOrLiesUnder', () => {
    expect(roleForPath('/beheer')).toBe('ADMIN');
    expect(roleForPath('/werkgever/vacatures')).toBe('EMPLOYER');
    expect(roleForPath('/regiokaart')).toBeNull();
    expect(roleForPath('/')).toBeNull();
  });
});

describe('the guard decision', () => {
  it('anonymousVisitorsAreAskedToLogIn', () => {
    expect(decideAccess('ADMIN', null)).toEqual({ kind: 'login-required' });
  });

  it('aJobSeekerOnTheAdminPageIsForbiddenAndPointedToTheirOwnPage', () => {
    expect(decideAccess('ADMIN', ['JOB_SEEKER'])).toEqual({
      kind: 'forbidden',
      required: 'ADMIN',
      ownLanding: '/werkzoekende',
    });
  });

  it('aUserWithTheRoleIsAllowedEvenWhenItIsNotTheirFirst', () => {
    expect(decideAccess('ADMIN', ['JOBCOACH', 'ADMIN'])).toEqual({ kind: 'allowed' });
  });
});

describe('where login leads', () => {
  it('withoutAReturnPathTheUserLandsOnTheirRolePage', () => {
    expect(destinationAfterLogin(['REGIO_STAFF'], null)).toBe('/regio');
    expect(destinationAfterLogin(['REGIO_STAFF'], '/')).toBe('/regio');
  });

  it('aRememberedPageTheUserMayOpenIsHonoured', () => {
    expect(destinationAfterLogin(['JOBCOACH', 'ADMIN'], '/beheer')).toBe('/beheer');
  });

  it('aRememberedPageOfAnotherRoleLeadsToTheUsersOwnPageInstead', () => {
    expect(destinationAfterLogin(['JOB_SEEKER'], '/beheer')).toBe('/werkzoekende');
  });

  it('returnPathsToOtherSitesAreIgnored', () => {
    expect(destinationAfterLogin(['EMPLOYER'], '//evil.example/steal')).toBe('/werkgever');
    expect(destinationAfterLogin(['EMPLOYER'], 'https://evil.example/')).toBe('/werkgever');
    expect(destinationAfterLogin(['EMPLOYER'], '/\\evil.example')).toBe('/werkgever');
  });

  it('theCallbackItselfIsNeverADestination', () => {
    expect(destinationAfterLogin(['EMPLOYER'], '/auth/callback?code=x')).toBe('/werkgever');
  });
});
