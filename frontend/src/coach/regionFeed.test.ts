import { describe, expect, it } from 'vitest';
import { feedReducer, initialFeedState, parseSnapshot, type RegionEvent, type RegionFeedState } from './regionFeed';

function vacancy(id: string, at: string, title = `Vacature ${id}`): RegionEvent {
  return {
    id,
    region: 'AM18',
    type: 'nl.vaardig.vacancy.published',
    subject: `vacancy-${id}`,
    occurredAt: at,
    summary: { title, employer: 'Zorggroep Amstelland' },
  };
}

const loaded = (state: RegionFeedState, unread: number, events: RegionEvent[]) =>
  feedReducer(state, { type: 'loaded', snapshot: { unread, events } });

describe('the region feed state', () => {
  it('takesTheUnreadCountFromTheServerAndShowsNewestFirst', () => {
    const state = loaded(initialFeedState, 2, [vacancy('a', '2026-12-04T10:00:00Z'), vacancy('b', '2026-12-04T11:00:00.5Z')]);
    expect(state.unread).toBe(2);
    expect(state.loaded).toBe(true);
    expect(state.events.map((event) => event.id)).toEqual(['b', 'a']);
  });

  it('aLiveEventGoesOnTopAndCountsAsOneMoreUnread', () => {
    const start = loaded(initialFeedState, 1, [vacancy('a', '2026-12-04T10:00:00Z')]);
    const next = feedReducer(start, { type: 'received', event: vacancy('c', '2026-12-04T12:00:00Z') });
    expect(next.unread).toBe(2);
    expect(next.events[0]?.id).toBe('c');
    expect(next.lastArrival?.id).toBe('c');
  });

  it('anEventDeliveredTwiceIsShownAndCountedOnce', () => {
    const once = feedReducer(initialFeedState, { type: 'received', event: vacancy('c', '2026-12-04T12:00:00Z') });
    const twice = feedReducer(once, { type: 'received', event: vacancy('c', '2026-12-04T12:00:00Z') });
    expect(twice).toBe(once);
    expect(twice.unread).toBe(1);
    expect(twice.events).toHaveLength(1);
  });

  it('theReloadAfterAReconnectDoesNotDuplicateEventsAlreadyOnScreen', () => {
    const before = loaded(initialFeedState, 0, [vacancy('a', '2026-12-04T10:00:00Z')]);
    const live = feedReducer(before, { type: 'received', event: vacancy('b', '2026-12-04T11:00:00Z') });
    // The connection drops; the reload after the reconnect lists both, and the server counts b as unread.
    const reloaded = loaded(live, 1, [vacancy('b', '2026-12-04T11:00:00Z'), vacancy('a', '2026-12-04T10:00:00Z')]);
    expect(reloaded.events.map((event) => event.id)).toEqual(['b', 'a']);
    expect(reloaded.unread).toBe(1);
  });

  it('anEventThatArrivedLiveAfterTheServerTookItsSnapshotStaysUnread', () => {
    const live = feedReducer(initialFeedState, { type: 'received', event: vacancy('new', '2026-12-04T12:00:00Z') });
    const reloaded = loaded(live, 3, [vacancy('a', '2026-12-04T10:00:00Z')]);
    expect(reloaded.unread).toBe(4);
    expect(reloaded.events.map((event) => event.id)).toEqual(['new', 'a']);
  });

  it('markingAsReadClearsTheCountButKeepsTheEvents', () => {
    const state = feedReducer(loaded(initialFeedState, 2, [vacancy('a', '2026-12-04T10:00:00Z')]), { type: 'markedRead' });
    expect(state.unread).toBe(0);
    expect(state.events).toHaveLength(1);
  });

  it('aResetForgetsThePreviousUser', () => {
    const state = feedReducer(loaded(initialFeedState, 2, [vacancy('a', '2026-12-04T10:00:00Z')]), { type: 'reset' });
    expect(state).toEqual(initialFeedState);
  });

  it('refusesAFeedAnswerWithoutEvents', () => {
    expect(() => parseSnapshot({ unread: 1 })).toThrow(/events/);
    expect(parseSnapshot({ unread: 0, events: [{ ...vacancy('a', '2026-12-04T10:00:00Z') }] }).events[0]?.summary.title).toBe('Vacature a');
  });
});
