import { describe, expect, it } from 'vitest';
import { translate } from '../i18n/dictionary';
import type { MessageKey, MessageParams } from '../i18n/dictionary';
import { describeEvent, eventDetail } from './eventText';

const dutch = (key: MessageKey, params?: MessageParams) => translate('nl', key, params);
const english = (key: MessageKey, params?: MessageParams) => translate('en', key, params);

describe('feed lines in words', () => {
  const published = {
    id: '1',
    region: 'AM18',
    type: 'nl.vaardig.vacancy.published',
    subject: 'v',
    occurredAt: '2026-12-04T10:00:00Z',
    summary: { title: 'Wijkverpleegkundige', employer: 'Zorggroep Amstelland', gemeente: 'Amstelveen' },
  };

  it('aPublishedVacancyReadsAsNewVacancyWithTitleAndRegionName', () => {
    expect(describeEvent(published, dutch)).toBe('Nieuwe vacature: Wijkverpleegkundige in Groot Amsterdam');
    expect(describeEvent(published, english)).toBe('New vacancy: Wijkverpleegkundige in Groot Amsterdam');
    expect(eventDetail(published)).toBe('Zorggroep Amstelland, Amstelveen');
  });

  it('aClosedVacancyNamesTheReasonInDutch', () => {
    const closed = { ...published, type: 'nl.vaardig.vacancy.closed', summary: { reason: 'FILLED' } };
    expect(describeEvent(closed, dutch)).toBe('Vacature gesloten in Groot Amsterdam: vervuld');
    expect(eventDetail(closed)).toBeNull();
  });

  it('anUnknownEventTypeIsStillShownWithItsType', () => {
    expect(describeEvent({ ...published, type: 'nl.vaardig.future.thing', region: 'AM99' }, dutch)).toBe(
      'Gebeurtenis in AM99: nl.vaardig.future.thing',
    );
  });
});
