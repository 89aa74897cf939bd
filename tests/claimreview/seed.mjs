// Writes, through the API, the reviews whose exports the checks read: a review with everything (numeric scale, words,
// headline, summary, date, language) of a claim with a four-link chain; a review in words only, with no date, URL or
// headline; a numeric review without words of an anonymous source's claim; and every review the importer makes of the
// fact-checkers' markup the C# tests import (tests/Api.Tests/Reviews/Samples).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export async function seed(base, key, samples) {
  const tag = Date.now().toString(36);
  const call = async (method, path, body, type = 'application/json') => {
    const response = await fetch(`${base}/api/v1${path}`, {
      method,
      headers: { 'X-Api-Key': key, 'Content-Type': type },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
    return JSON.parse(text);
  };
  const actor = (name, kind, extra = {}) => call('POST', '/actors', { name: `${name} ${tag}`, kind, ...extra });

  const wire = await actor('Wire Service', 'outlet');
  const daily = await actor('Daily Paper', 'outlet');
  const minister = await actor('Transport Minister', 'person', { wikidataId: 'Q7834' });
  const desk = await actor('Check Desk', 'organisation', { wikidataId: 'Q16970788' });
  const other = await actor('Other Desk', 'organisation');
  const body = 'WIRE - The transport minister said on Monday that the bridge will reopen in May, according to the Daily Paper. '
    + 'Sources familiar with the talks said the repairs cost 3 million.';
  const article = await call('POST', '/articles', {
    headline: `Bridge to reopen ${tag}`, canonicalUrl: `https://news.example/${tag}/bridge`, publisherId: wire.id,
    publishedAt: '2025-04-30T08:00:00Z', language: 'en', body,
  });
  const chained = await call('POST', '/claims', {
    articleId: article.id, content: 'the bridge will reopen in May', kind: 'indirect', cue: 'said',
    speaker: { actorId: minister.id, cue: 'said' },
    reportedBy: [{ actorId: wire.id }, { actorId: daily.id, cue: 'according to' }, { description: 'officials', cue: 'said' }],
    saidOn: { date: '2025-04-28', precision: 'day', text: 'on Monday' },
  });
  const anonymous = await call('POST', '/claims', {
    articleId: article.id, content: 'the repairs cost 3 million', kind: 'indirect', cue: 'said',
    speaker: { description: 'Sources familiar with the talks', cue: 'said' },
  });

  const reviews = [
    await call('POST', `/claims/${chained.id}/reviews`, {
      reviewerId: desk.id, rating: { ratingValue: 2, bestRating: 6, worstRating: 1, alternateName: 'False' },
      headline: 'No, the bridge will not reopen in May', summary: 'The schedule says September.',
      url: `https://checkdesk.example/${tag}/bridge`, publishedOn: '2025-05-02', language: 'en',
    }),
    await call('POST', `/claims/${chained.id}/reviews`, { reviewerId: other.id, rating: { alternateName: 'Misleading' } }),
    await call('POST', `/claims/${anonymous.id}/reviews`, {
      reviewerId: desk.id, rating: { ratingValue: 4, bestRating: 5, worstRating: 1 }, url: `https://checkdesk.example/${tag}/cost`,
    }),
  ];
  for (const file of readdirSync(samples).filter(f => f.endsWith('.jsonld')).sort()) {
    const markup = readFileSync(join(samples, file), 'utf8').replaceAll('{{tag}}', `${tag}-${file.replace('.jsonld', '')}`);
    const imported = await call('POST', '/reviews/import', markup, 'application/ld+json');
    for (const review of imported.reviews) reviews.push({ id: review.reviewId, source: file });
  }
  return reviews.map(r => r.id);
}
