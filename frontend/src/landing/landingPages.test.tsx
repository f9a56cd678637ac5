import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AdminPage } from '../admin/AdminPage';
import { renderWithProviders, sessionFor } from '../test/fakeAuth';
import { JobSeekerPage } from './JobSeekerPage';
import { RegioPage } from './RegioPage';

describe('the landing pages', () => {
  it('theJobSeekerIsGreetedAndSeesTheFourProfileQuestions', () => {
    renderWithProviders(<JobSeekerPage session={sessionFor(['JOB_SEEKER'])} />);
    expect(screen.getByRole('heading', { level: 1, name: 'Welkom, Sanne de Vries' })).toBeInTheDocument();
    expect(screen.getByText('Werkzoekende', { selector: 'dd' })).toBeInTheDocument();
    for (const question of ['Doe ik het al?', 'Kan ik het?', 'Wil ik het leren?', 'Geeft het energie?']) {
      expect(screen.getByText(question)).toBeInTheDocument();
    }
    expect(screen.getByRole('heading', { name: 'Leerroutes' })).toBeInTheDocument();
  });

  it('regionalStaffAreToldThatNoFigureRestsOnFewerThanTenPeople', () => {
    renderWithProviders(<RegioPage session={sessionFor(['REGIO_STAFF'], { regions: [] })} />);
    expect(screen.getByText('Nog geen regio gekoppeld')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Nooit een cijfer over minder dan 10 mensen' })).toBeInTheDocument();
    expect(document.title).toBe('Regio – Vaardig');
  });

  it('theAdministratorSeesThePlatformStatus', () => {
    renderWithProviders(<AdminPage session={sessionFor(['ADMIN'])} />);
    expect(screen.getByRole('heading', { name: 'Platformstatus' })).toBeInTheDocument();
    expect(screen.getByText('Beheerder', { selector: 'dd' })).toBeInTheDocument();
  });
});
