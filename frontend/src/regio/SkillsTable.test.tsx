import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../test/fakeAuth';
import type { SkillRow } from './lmiApi';
import { SkillsTable } from './SkillsTable';

function row(key: string, wants: number | null): SkillRow {
  return {
    key, label: key, labelLanguage: 'nl', derived: false, demand: 20, essential: 10, optional: 10, demandPrevious: 15, change: 33,
    supply: { value: 30, suppressed: false }, wantsToLearn: { value: wants, suppressed: wants === null },
    tension: 0.67, tensionClass: 'GEMIDDELD',
  };
}

describe('SkillsTable', () => {
  it('keeps the "wil het leren" column when at least one figure is shown, marking the suppressed ones', () => {
    renderWithProviders(<SkillsTable caption="Vaardigheden" keyHeading="Vaardigheid" rows={[row('koken', 12), row('bakken', null)]} />);
    const table = screen.getByRole('table', { name: 'Vaardigheden' });
    expect(within(table).getByRole('columnheader', { name: 'Wil het leren' })).toBeInTheDocument();
    expect(within(within(table).getByRole('row', { name: /bakken/ })).getByTitle(/onderdrukt/)).toHaveTextContent('x');
    expect(screen.queryByText(/ontbreekt/)).not.toBeInTheDocument();
  });

  it('leaves the column out and says why when every figure in it is suppressed', () => {
    renderWithProviders(<SkillsTable caption="Vaardigheden" keyHeading="Vaardigheid" threshold={10} rows={[row('koken', null), row('bakken', null)]} />);
    const table = screen.getByRole('table', { name: 'Vaardigheden' });
    expect(within(table).queryByRole('columnheader', { name: 'Wil het leren' })).not.toBeInTheDocument();
    expect(within(table).getAllByRole('columnheader')).toHaveLength(6);
    expect(screen.getByText('De kolom "Wil het leren" ontbreekt: voor elke rij zijn het minder dan 10 mensen, en die aantallen tonen we niet.'))
      .toBeInTheDocument();
  });
});
