import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { LanguageSwitch } from '../layout/LanguageSwitch';
import { I18nProvider, useI18n } from './I18nProvider';
import { languageStorageKey } from './languageStore';

function Probe() {
  const { t, language, hasStoredChoice } = useI18n();
  return (
    <p data-testid="probe" data-language={language} data-stored={String(hasStoredChoice)}>
      {t('layout.skipLink')}
    </p>
  );
}

function renderSwitch() {
  return render(
    <I18nProvider>
      <LanguageSwitch />
      <Probe />
    </I18nProvider>,
  );
}

describe('the language switch', () => {
  it('dutchIsTheDefaultWhenNothingWasChosen', () => {
    renderSwitch();
    expect(screen.getByTestId('probe')).toHaveTextContent('Naar de inhoud');
    expect(screen.getByTestId('probe')).toHaveAttribute('data-stored', 'false');
    expect(document.documentElement.lang).toBe('nl');
    expect(screen.getByRole('button', { name: /^NL/ })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: /^EN/ })).toHaveAttribute('aria-pressed', 'false');
  });

  it('choosingEnglishChangesTheTextTheHtmlLangAndThePressedButton', async () => {
    renderSwitch();
    await userEvent.click(screen.getByRole('button', { name: /^EN/ }));
    expect(screen.getByTestId('probe')).toHaveTextContent('Skip to content');
    expect(document.documentElement.lang).toBe('en');
    expect(screen.getByRole('button', { name: /^EN/ })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: /^NL/ })).toHaveAttribute('aria-pressed', 'false');
  });

  it('theChoiceIsStoredAndSurvivesANewPageLoad', async () => {
    const first = renderSwitch();
    await userEvent.click(screen.getByRole('button', { name: /^EN/ }));
    expect(window.localStorage.getItem(languageStorageKey)).toBe('en');
    first.unmount();
    document.documentElement.lang = 'nl';

    renderSwitch();
    expect(screen.getByTestId('probe')).toHaveTextContent('Skip to content');
    expect(screen.getByTestId('probe')).toHaveAttribute('data-stored', 'true');
    expect(document.documentElement.lang).toBe('en');
  });

  it('aStoredValueThatIsNoLanguageFallsBackToDutch', () => {
    window.localStorage.setItem(languageStorageKey, 'fr');
    renderSwitch();
    expect(screen.getByTestId('probe')).toHaveAttribute('data-language', 'nl');
  });

  it('eachButtonIsNamedInItsOwnLanguageForScreenReaders', () => {
    renderSwitch();
    expect(screen.getByRole('group', { name: 'Taal' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'NL Nederlands' })).toHaveAttribute('lang', 'nl');
    expect(screen.getByRole('button', { name: 'EN English' })).toHaveAttribute('lang', 'en');
  });
});
