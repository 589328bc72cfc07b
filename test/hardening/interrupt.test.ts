import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { InterruptWatch } from '../../src/cli/interrupt.js';

describe('InterruptWatch', () => {
  const table: Array<['SIGINT' | 'SIGTERM', number]> = [
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ];
  for (const [signal, code] of table) {
    it(`${signal} → exit ${code}`, () => {
      const source = new EventEmitter();
      const watch = new InterruptWatch(source);
      expect(watch.exitCode).toBeNull();
      source.emit(signal);
      expect([watch.received, watch.exitCode]).toEqual([signal, code]);
    });
  }

  it('keeps the first signal and stops listening when disposed', () => {
    const source = new EventEmitter();
    const watch = new InterruptWatch(source);
    source.emit('SIGTERM');
    source.emit('SIGINT');
    expect(watch.received).toBe('SIGTERM');
    watch.dispose();
    expect(source.listenerCount('SIGINT') + source.listenerCount('SIGTERM')).toBe(0);
  });
});
