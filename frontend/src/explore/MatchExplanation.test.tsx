import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../i18n/I18nProvider';
import { MatchExplanation, ScoreBadge } from './MatchExplanation';
import type { Explanation } from './matchApi';

const label = (uri: string, text: string, lang: 'nl' | 'en' = 'nl', derived = false) => ({ uri, label: text, labelLanguage: lang, derived });

const explanation: Explanation = {
  score: 0.61745,
  coverage: 0.41745,
  relevance: 0.2,
  matched: [{ skill: label('a', 'klantcontact'), essential: true, points: 0.3 }],
  partial: [{ skill: label('b', 'work with nursing staff', 'en'), essential: true, standIn: label('c', 'support nurses', 'en'), reason: 'komt samen voor in 12 beroepen', points: 0.1 }],
  missing: [
    { skill: label('d', 'wondverzorging'), essential: true },
    ...Array.from({ length: 8 }, (_, i) => ({ skill: label(`o${i}`, `optioneel ${i}`), essential: false })),
  ],
};

function renderIt() {
  render(
    <I18nProvider initialLanguage="nl">
      <ScoreBadge explanation={explanation} />
      <MatchExplanation explanation={explanation} idPrefix="v1" />
    </I18nProvider>,
  );
}

describe('MatchExplanation', () => {
  it('namesEachGroupInTextAndIconsNotByColourAlone', () => {
    renderIt();
    const matched = screen.getByRole('region', { name: 'Wat je al hebt (1)' });
    expect(within(matched).getByText('Heb je:', { exact: false })).toBeInTheDocument();
    const partial = screen.getByRole('region', { name: 'Telt deels mee (1)' });
    expect(partial).toHaveTextContent('work with nursing staff EN – Nog geen Nederlandse benaming telt deels mee via support nurses');
    expect(partial).toHaveTextContent('komt samen voor in 12 beroepen');
    const missing = screen.getByRole('region', { name: 'Wat nog ontbreekt (9)' });
    expect(within(missing).getAllByRole('listitem')[0]).toHaveTextContent('wondverzorging');
    expect(within(missing).getAllByRole('listitem')[0]).toHaveTextContent('essentieel');
  });

  it('showsTheFirstMissingSkillsAndTheRestOnRequest', () => {
    renderIt();
    const missing = screen.getByRole('region', { name: 'Wat nog ontbreekt (9)' });
    expect(within(missing).getAllByRole('listitem')).toHaveLength(6);
    within(missing).getByRole('button', { name: 'Toon alle 9' }).click();
    return screen.findByRole('button', { name: 'Toon minder' }).then(() => {
      expect(within(missing).getAllByRole('listitem')).toHaveLength(9);
    });
  });

  it('showsABreakdownWhosePartsAddUpToTheShownScore', () => {
    renderIt();
    expect(screen.getByText('Match: 61,7 van 100')).toBeInTheDocument();
    const rows = screen.getAllByRole('row');
    expect(rows.map((row) => row.textContent)).toEqual([
      'Gevraagde vaardigheden die je hebt41,7',
      'Jouw vaardigheden die de vacature gebruikt20,0',
      'Totaal61,7',
    ]);
  });
});
