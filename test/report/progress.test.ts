import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createPalette } from '../../src/report/colour.js';
import { ProgressBar, SHOW_AFTER_MS } from '../../src/report/progress.js';

function setUp(): { bar: ProgressBar; output: () => string; advance: (ms: number) => void } {
  const stream = Object.assign(new PassThrough(), { columns: 60 });
  const chunks: string[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk.toString()));
  let time = 1000;
  const bar = new ProgressBar(stream, 4, () => time, createPalette(0));
  return { bar, output: () => chunks.join(''), advance: (ms) => (time += ms) };
}

describe('ProgressBar', () => {
  it('stays hidden while the run is short', () => {
    const { bar, output, advance } = setUp();
    advance(SHOW_AFTER_MS - 1);
    bar.update(1, 'a.txt');
    bar.clear();
    expect(output()).toBe('');
  });

  it('draws in place once the run is long, throttles redraws, and erases itself', () => {
    const { bar, output, advance } = setUp();
    advance(SHOW_AFTER_MS);
    bar.update(2, 'corpus/b.txt');
    bar.update(3, 'corpus/c.txt');
    expect(output()).toBe(`\r${'█'.repeat(12)}${'░'.repeat(12)} 2/4 corpus/b.txt\u001b[K`);
    bar.clear();
    expect(output().endsWith('\r\u001b[K')).toBe(true);
  });

  it('shortens a long path from the left to fit the terminal', () => {
    const { bar, output, advance } = setUp();
    advance(SHOW_AFTER_MS);
    bar.update(0, `${'x'.repeat(100)}/end.txt`);
    const line = output().replace('\u001b[K', '');
    expect(line.length).toBeLessThanOrEqual(60);
    expect(line).toMatch(/ …x+\/end\.txt$/);
  });
});
