import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../i18n/I18nProvider';
import { translate, type Language } from '../i18n/dictionary';
import { ConceptLabel, conceptLabelText } from './ConceptLabel';
import { readLabel, type LabelInfo } from './labels';

function renderLabel(label: LabelInfo, language: Language = 'nl') {
  return render(
    <I18nProvider initialLanguage={language}>
      <p data-testid="label">
        <ConceptLabel {...label} />
      </p>
    </I18nProvider>,
  );
}

const official: LabelInfo = { label: 'wondverzorging uitvoeren', labelLanguage: 'nl', derived: false };
const derived: LabelInfo = { label: 'wonden verzorgen', labelLanguage: 'nl', derived: true };
const english: LabelInfo = { label: 'carry out wound care', labelLanguage: 'en', derived: false };

describe('ConceptLabel', () => {
  it('showsAnOfficialDutchLabelWithoutAnyMarker', () => {
    renderLabel(official);
    expect(screen.getByTestId('label')).toHaveTextContent(/^wondverzorging uitvoeren$/);
    expect(screen.getByText('wondverzorging uitvoeren')).not.toHaveAttribute('lang');
  });

  it('marksADerivedLabelWithAVisibleWordAndSaysWhyInTitleAndScreenReaderText', () => {
    renderLabel(derived);
    const note = 'bron: afgeleid — automatisch vertaald uit ESCO, geen officiële ESCO-benaming';
    const marker = screen.getByTitle(note);
    expect(marker).toHaveClass('label-derived');
    // the visible word, then the explanation for screen readers: never colour alone
    expect(marker).toHaveTextContent(`afgeleid – ${note}`);
    expect(marker.querySelector('.visually-hidden')).toHaveTextContent(note);
    expect(screen.getByTestId('label')).toHaveTextContent(/^wonden verzorgen afgeleid/);
  });

  it('marksAnEnglishLabelOnADutchPageWithEnAndItsLanguage', () => {
    renderLabel(english);
    expect(screen.getByText('carry out wound care')).toHaveAttribute('lang', 'en');
    expect(screen.getByTitle('Nog geen Nederlandse benaming')).toHaveTextContent('EN – Nog geen Nederlandse benaming');
    expect(screen.queryByTitle(/bron: afgeleid/)).toBeNull();
  });

  it('saysDerivedInEnglishOnAnEnglishPageAndMarksTheDutchTextsLanguage', () => {
    renderLabel(derived, 'en');
    expect(screen.getByText('wonden verzorgen')).toHaveAttribute('lang', 'nl');
    expect(screen.getByTitle('source: derived — automatically translated from ESCO, not an official ESCO name')).toHaveTextContent(/^derived/);
  });

  it('doesNotMarkEnglishOnAnEnglishPage', () => {
    renderLabel(english, 'en');
    expect(screen.getByTestId('label')).toHaveTextContent(/^carry out wound care$/);
  });

  it('writesTheSameMarksAsPlainTextWhereNoMarkupFits', () => {
    const t = (key: Parameters<typeof translate>[1]) => translate('nl', key);
    expect(conceptLabelText(derived, t, 'nl')).toBe('wonden verzorgen (afgeleid)');
    expect(conceptLabelText(english, t, 'nl')).toBe('carry out wound care (EN)');
    expect(conceptLabelText(official, t, 'nl')).toBe('wondverzorging uitvoeren');
    expect(conceptLabelText(english, (key) => translate('en', key), 'en')).toBe('carry out wound care');
  });

  it('readsTheLabelFieldsOfAPayloadDefensively', () => {
    expect(readLabel({ label: 'x', labelLanguage: 'en', derived: true })).toEqual({ label: 'x', labelLanguage: 'en', derived: true });
    expect(readLabel({ label: 'x' })).toEqual({ label: 'x', labelLanguage: 'nl', derived: false });
    expect(readLabel({ derived: 'yes' }, 'uri')).toEqual({ label: 'uri', labelLanguage: 'nl', derived: false });
  });
});
