import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AdminPage } from '../admin/AdminPage';
import { renderWithProviders, sessionFor } from '../test/fakeAuth';
import { RegioPage } from './RegioPage';

describe('the landing pages', () => {
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
