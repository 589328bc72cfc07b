import { describe, expect, it } from 'vitest';
import { defaultOptions } from '../../src/options.js';
import { cleanDocument } from '../../src/stages/clean.js';
import { normaliseText } from '../../src/stages/normalise.js';

// A mostly Portuguese page (the document's language) with an English story and its consent block
// glued in, as a scraper following "next story" across a multilingual site writes it.
const PORTUGUESE = [
  'A Prefeitura de São Paulo anunciou nesta segunda-feira um novo plano para a coleta de lixo nos bairros da zona leste, com mais caminhões e horários ampliados.',
  'Segundo a secretaria, o contrato com as empresas de limpeza urbana será renovado por mais cinco anos e deve custar cerca de 2 bilhões de reais.',
  'Os moradores reclamam há meses da falta de coleta regular, que deixa sacos de lixo acumulados nas calçadas durante dias seguidos.',
  'A oposição na Câmara Municipal pediu que o contrato seja analisado pelo Tribunal de Contas antes da assinatura, prevista para o fim do mês.',
];
const ENGLISH_STORY = 'The state swimming championship ended on Saturday with three new records, and the coaches said the young team had trained for the event since the summer.';
const CONSENT = [
  'Flourish',
  'This article contains content provided by Flourish. We ask for your permission before anything is loaded, as they may be using cookies and other technologies.',
  "To view this content, click 'Allow and continue'.",
  'Allow and continue',
];

function cleaned(lines: readonly string[]) {
  return cleanDocument(normaliseText(`${lines.join('\n')}\n`), { ...defaultOptions.cleaning, classifier: false });
}

describe('English-only rules on the English paragraphs of a document in another language', () => {
  it('remove a consent block left in English between the stories of a Portuguese page', () => {
    const doc = cleaned([...PORTUGUESE.slice(0, 2), ENGLISH_STORY, ...CONSENT, ...PORTUGUESE.slice(2)]);
    expect(doc.language).toBe('pt');
    const kept = doc.paragraphs.map((p) => p.text);
    for (const line of CONSENT) expect(kept).not.toContain(line);
    expect(kept).toEqual([...PORTUGUESE.slice(0, 2), ENGLISH_STORY, ...PORTUGUESE.slice(2)]);
    const consentRemovals = doc.messages.filter((m) => m.action === 'remove-line' && m.ruleId === 'embed-consent');
    expect(consentRemovals.length).toBeGreaterThan(0);
  });

  it('still stand aside on the paragraphs in the document’s own language', () => {
    // "Advertisement"-style English wording rules must not read Portuguese lines; the page keeps them all.
    const doc = cleaned(PORTUGUESE);
    expect(doc.paragraphs.map((p) => p.text)).toEqual(PORTUGUESE);
  });
});
