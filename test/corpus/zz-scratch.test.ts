import { it } from 'vitest';
import { normaliseLineForCounting } from '../../src/corpus/normalise-line.js';
import { isProseLike } from '../../src/corpus/prose.js';
import { stopwordsFor } from '../../src/text/language.js';
import { resolveOptions } from '../../src/options.js';
import { cleanDocument } from '../../src/stages/clean.js';
import { normaliseText } from '../../src/stages/normalise.js';
import { linesOf, loadAeb } from './datasets.js';
it('residual', () => {
  const options = resolveOptions({});
  const aeb = loadAeb()!;
  const stats = new Map<string, { docs: number; sites: Set<string> }>();
  const prepared = aeb.map((doc) => { const n = normaliseText(doc.page); return { doc, n, c: cleanDocument(n, options.cleaning) }; });
  for (const { doc, n } of prepared) for (const l of new Set(n.paragraphs.map((p) => normaliseLineForCounting(p.text)))) { const e = stats.get(l) ?? { docs: 0, sites: new Set() }; e.docs++; e.sites.add(doc.site); stats.set(l, e); }
  const buckets = new Map<string, number>(); const examples: string[] = [];
  for (const { doc, c } of prepared) {
    const goldText = linesOf(doc.gold).map(normaliseLineForCounting).join('\n');
    for (const p of c.paragraphs) {
      const k = normaliseLineForCounting(p.text);
      if (goldText.includes(k)) continue;
      const e = stats.get(k) ?? { docs: 0, sites: new Set<string>() }; const prose = isProseLike(p.text, stopwordsFor('en'));
      const key = `${e.docs >= 5 ? 'd5+' : e.docs >= 2 ? 'd2-4' : 'd1'} s${Math.min(e.sites.size, 3)} ${prose ? 'prose' : 'nonprose'}`;
      const words = p.text.split(' ').length;
      buckets.set(key, (buckets.get(key) ?? 0) + words);
      if (e.docs >= 2) examples.push(`${e.docs}/${e.sites.size} ${prose ? 'P' : 'F'} ${doc.site}: ${p.text.slice(0, 80)}`);
    }
  }
  console.log([...buckets].sort().map(([k, v]) => `${k}: ${v} words`).join('\n'));
  console.log(examples.join('\n'));
});
