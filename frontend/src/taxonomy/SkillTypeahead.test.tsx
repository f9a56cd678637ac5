import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../i18n/I18nProvider';
import { SkillTypeahead } from './SkillTypeahead';
import { toSuggestion, type Suggestion } from './suggestApi';

const nurses: Suggestion = { uri: 'http://data.europa.eu/esco/skill/1', kind: 'skill', label: 'support nurses', labelLanguage: 'en', derived: false, matchedLabel: null };
const care: Suggestion = { uri: 'http://data.europa.eu/esco/skill/2', kind: 'skill', label: 'zorg verlenen', labelLanguage: 'nl', derived: false, matchedLabel: 'care' };

function renderTypeahead(search = vi.fn().mockResolvedValue([nurses, care]), onSelect = vi.fn()) {
  render(
    <I18nProvider initialLanguage="nl">
      <SkillTypeahead kind="skill" label="Zoek een vaardigheid" lang="nl" onSelect={onSelect} debounceMs={100} search={search} />
    </I18nProvider>,
  );
  return { search, onSelect, input: screen.getByRole('combobox', { name: 'Zoek een vaardigheid' }) };
}

async function typeAndWait(input: HTMLElement, text: string) {
  fireEvent.change(input, { target: { value: text } });
  await act(async () => {
    await vi.advanceTimersByTimeAsync(150);
  });
}

describe('SkillTypeahead', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('asksTheServerOnceAfterTypingPausesAndShowsTheOptionsAsAListbox', async () => {
    const { search, input } = renderTypeahead();
    fireEvent.change(input, { target: { value: 'sup' } });
    fireEvent.change(input, { target: { value: 'supp' } });
    await typeAndWait(input, 'support');
    expect(search).toHaveBeenCalledTimes(1);
    expect(search.mock.calls[0]?.[0]).toBe('support');
    expect(input).toHaveAttribute('aria-expanded', 'true');
    const options = screen.getAllByRole('option');
    expect(options).toHaveLength(2);
    expect(screen.getByRole('listbox')).toHaveAttribute('id', input.getAttribute('aria-controls'));
    expect(screen.getByText('2 suggesties; kies met pijltje omlaag en Enter.')).toBeInTheDocument();
  });

  it('marksAnEnglishFallbackLabelWithATagThatSaysWhy', async () => {
    const { input } = renderTypeahead();
    await typeAndWait(input, 'support');
    const first = screen.getAllByRole('option')[0];
    expect(first).toHaveTextContent('support nurses');
    expect(first).toHaveTextContent('EN');
    expect(first).toHaveTextContent('Nog geen Nederlandse benaming');
    expect(screen.getAllByRole('option')[1]).toHaveTextContent('gevonden via “care”');
  });

  it('movesWithArrowKeysAnnouncesTheActiveOptionAndChoosesWithEnter', async () => {
    const { input, onSelect } = renderTypeahead();
    await typeAndWait(input, 'support');
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    const second = screen.getAllByRole('option')[1];
    expect(input).toHaveAttribute('aria-activedescendant', second?.id);
    expect(second).toHaveAttribute('aria-selected', 'true');
    fireEvent.keyDown(input, { key: 'ArrowUp' });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(onSelect).toHaveBeenCalledWith(nurses);
    expect(input).toHaveValue('');
    expect(input).toHaveAttribute('aria-expanded', 'false');
  });

  it('closesTheListWithEscapeAndKeepsTheText', async () => {
    const { input, onSelect } = renderTypeahead();
    await typeAndWait(input, 'support');
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    fireEvent.keyDown(input, { key: 'Escape' });
    expect(input).toHaveAttribute('aria-expanded', 'false');
    expect(input).not.toHaveAttribute('aria-activedescendant');
    expect(input).toHaveValue('support');
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(onSelect).not.toHaveBeenCalled();
  });

  it('doesNotAskForBlankTextAndSaysWhenNothingWasFound', async () => {
    const search = vi.fn().mockResolvedValue([]);
    const { input } = renderTypeahead(search);
    await typeAndWait(input, '   ');
    expect(search).not.toHaveBeenCalled();
    await typeAndWait(input, 'qqq');
    expect(screen.getByText('Geen suggesties gevonden.')).toBeInTheDocument();
  });
});

describe('toSuggestion', () => {
  it('tellsAnOccupationFromASkillAndKeepsTheLabelLanguage', () => {
    expect(toSuggestion({ uri: 'u', kind: 'occupation', label: 'l', labelLanguage: 'en', derived: false, matchedLabel: 'm' })).toEqual(
      { uri: 'u', kind: 'occupation', label: 'l', labelLanguage: 'en', derived: false, matchedLabel: 'm' },
    );
    expect(toSuggestion({ uri: 'u', kind: 'skill', label: 'l', labelLanguage: 'nl', derived: true, matchedLabel: 'm' }).kind).toBe('skill');
  });
});
