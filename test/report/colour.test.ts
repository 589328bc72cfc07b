import { describe, expect, it } from 'vitest';
import { colourLevel, createPalette } from '../../src/report/colour.js';

describe('colourLevel', () => {
  const cases: Array<{ isTTY: boolean; env: Record<string, string>; colourFlag?: boolean; level: number }> = [
    { isTTY: true, env: {}, level: 1 },
    { isTTY: false, env: {}, level: 0 },
    { isTTY: true, env: { TERM: 'dumb' }, level: 0 },
    { isTTY: true, env: { NO_COLOR: '1' }, level: 0 },
    { isTTY: true, env: { NO_COLOR: '' }, level: 1 },
    { isTTY: true, env: {}, colourFlag: false, level: 0 },
    { isTTY: false, env: { FORCE_COLOR: '' }, level: 1 },
    { isTTY: false, env: { FORCE_COLOR: 'true' }, level: 1 },
    { isTTY: false, env: { FORCE_COLOR: '3' }, level: 3 },
    { isTTY: true, env: { FORCE_COLOR: 'false' }, level: 0 },
    { isTTY: false, env: { FORCE_COLOR: '1', NO_COLOR: '1' }, level: 1 },
    { isTTY: false, env: { FORCE_COLOR: '1' }, colourFlag: false, level: 0 },
  ];
  for (const { isTTY, env, colourFlag = true, level } of cases) {
    it(`is ${level} for tty=${isTTY} ${JSON.stringify(env)}${colourFlag ? '' : ' --no-color'}`, () => {
      expect(colourLevel({ isTTY, env, colourFlag })).toBe(level);
    });
  }

  it('paints only above level 0', () => {
    expect(createPalette(0).error('x')).toBe('x');
    expect(createPalette(1).error('x')).toBe('\u001b[31mx\u001b[39m');
  });
});
