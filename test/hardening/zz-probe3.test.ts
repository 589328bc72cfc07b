import { it } from 'vitest';
import { processText } from '../../src/pipeline/process.js';
import { longLine, oneWordLines } from './bad-fixtures.js';
it('probe', () => {
  for (const mb of [5, 20]) {
    const t = Date.now(); const text = longLine(mb);
    const r = processText(text, { segmentation: { enabled: false } });
    console.log('long', mb, 'MB', Date.now() - t, 'ms', r.records.length, process.memoryUsage().rss >> 20, 'MB rss');
  }
  for (const n of [100000, 1000000]) {
    const t = Date.now(); const text = oneWordLines(n);
    const r = processText(text, { segmentation: { enabled: false } });
    console.log('lines', n, Date.now() - t, 'ms', r.records.length, r.records[0]?.paragraphs.length, process.memoryUsage().rss >> 20, 'MB rss');
  }
}, 600000);
