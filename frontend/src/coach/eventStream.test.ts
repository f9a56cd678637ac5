import { describe, expect, it } from 'vitest';
import { backoffSeconds, EventStreamParser } from './eventStream';

describe('reading a server-sent event stream', () => {
  it('dispatchesAnEventOnlyAtTheEmptyLineEvenWhenChunksSplitLines', () => {
    const parser = new EventStreamParser();
    expect(parser.push('id:1\nevent:region-ev')).toEqual([]);
    expect(parser.push('ent\ndata:{"a":')).toEqual([]);
    expect(parser.push('1}\n\n')).toEqual([{ event: 'region-event', data: '{"a":1}', id: '1' }]);
  });

  it('readsCrLfLineEndsSplitBetweenChunksCommentsAndMultiLineData', () => {
    const parser = new EventStreamParser();
    const events = [...parser.push(':keep-alive\r\n\r\ndata: one\r'), ...parser.push('\ndata: two\r\n\r\n')];
    expect(events).toEqual([{ event: 'message', data: 'one\ntwo', id: null }]);
  });

  it('backsOffExponentiallyUpToThirtySeconds', () => {
    expect([1, 2, 3, 4, 5, 6, 10].map(backoffSeconds)).toEqual([1, 2, 4, 8, 16, 30, 30]);
  });
});
