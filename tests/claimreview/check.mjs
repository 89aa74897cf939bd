// Checks the API's ClaimReview exports with tools others wrote. Usage: node check.mjs BASE_URL API_KEY OUT_DIR SAMPLES_DIR
//   1. tsc: each exported ClaimReview (and the reviews' DataFeed) must satisfy schema-dts's WithContext<ClaimReview>
//      (WithContext<DataFeed>), schema.org's typings; the PROV terms, full IRIs outside schema.org, are left out first.
//   2. jsonld: each document expands, in safe mode (any dropped term, value or type fails), against a context served
//      locally and made from schema.org's vocabulary alone; every property must then be schema.org's or PROV's, every
//      type a class of theirs, and every schema.org property one schema.org allows on its node's type.
//   3. Google: structured-data-testing-tool's Google ClaimReview preset, then each property Google's fact-check
//      guidelines require or recommend, asserted one by one (the preset checks the top level only).
//   The fact-checkers' markup the importer is tested on goes through step 2 too.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import jsonld from 'jsonld';
import { loadVocabulary, SCHEMA, PROV } from './vocabulary.mjs';
import { seed } from './seed.mjs';

const require = createRequire(import.meta.url);
const { structuredDataTest } = require('structured-data-testing-tool');
const { Google } = require('structured-data-testing-tool/presets');

const [base, key, out, samples] = process.argv.slice(2);
const failures = [];
const fail = (what, message) => failures.push(`${what}: ${message}`);
mkdirSync(out, { recursive: true });

// --- the exports -------------------------------------------------------------------------------------------------
const ids = await seed(base, key, samples);
const get = async path => {
  const response = await fetch(`${base}/api/v1${path}`, { headers: { Accept: 'application/ld+json', 'X-Api-Key': key } });
  if (response.status !== 200 || response.headers.get('content-type')?.split(';')[0] !== 'application/ld+json') {
    throw new Error(`GET ${path}: ${response.status} ${response.headers.get('content-type')}`);
  }
  return response.json();
};
const documents = [];
for (const [i, id] of ids.entries()) documents.push({ name: `review-${i}`, doc: await get(`/reviews/${id}`) });
const feed = { name: 'feed', doc: await get('/reviews?pageSize=100') };
for (const { name, doc } of [...documents, feed]) writeFileSync(join(out, `${name}.jsonld`), JSON.stringify(doc, null, 2));
console.log(`exported ${documents.length} ClaimReviews and a DataFeed of ${feed.doc.dataFeedElement.length} to ${out}`);

// --- 1. schema-dts + tsc ------------------------------------------------------------------------------------------
let extensionTerms = 0;
const schemaOnly = value => {
  if (Array.isArray(value)) return value.map(schemaOnly);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value)
    .filter(([k]) => !(/^[a-z]+:\/\//.test(k) && (extensionTerms++, true)))
    .map(([k, v]) => [k, schemaOnly(v)]));
};
mkdirSync(join(process.cwd(), 'generated'), { recursive: true });
const typed = [
  'import type { ClaimReview, DataFeed, WithContext } from "schema-dts";',
  ...documents.map(({ name, doc }) => `export const ${name.replace('-', '')} = ${JSON.stringify(schemaOnly(doc), null, 2)} satisfies WithContext<ClaimReview>;`),
  `export const feed = ${JSON.stringify(schemaOnly(feed.doc), null, 2)} satisfies WithContext<DataFeed>;`,
].join('\n\n');
writeFileSync(join(process.cwd(), 'generated', 'exports.ts'), typed);
try {
  execFileSync(join(process.cwd(), 'node_modules', '.bin', 'tsc'), ['-p', '.'], { stdio: 'pipe' });
  console.log(`tsc: ${documents.length + 1} documents satisfy schema-dts (WithContext<ClaimReview>, WithContext<DataFeed>); ${extensionTerms} PROV terms set aside`);
} catch (error) {
  fail('tsc', `${error.stdout}${error.stderr}`);
}

// --- 2. jsonld expansion against schema.org's vocabulary ----------------------------------------------------------
const vocabulary = loadVocabulary();
const context = vocabulary.context();
const documentLoader = async url => {
  if (/^https?:\/\/schema\.org\/?$/.test(url)) return { contextUrl: null, documentUrl: url, document: context };
  throw new Error(`no network: the loader serves schema.org's context only, not ${url}`);
};
const keysIn = value => Array.isArray(value) ? value.reduce((n, v) => n + keysIn(v), 0)
  : value && typeof value === 'object'
    ? Object.entries(value).reduce((n, [k, v]) => n + (k.startsWith('@') ? 0 : 1) + keysIn(v), 0)
    : 0;
const checkExpanded = (what, node, types = []) => {
  if (Array.isArray(node)) return node.forEach(n => checkExpanded(what, n, types));
  if (!node || typeof node !== 'object') return 0;
  const own = node['@type'] ?? [];
  for (const type of own) if (!vocabulary.classes.has(type)) fail(what, `type ${type} is neither schema.org's nor PROV's`);
  const schemaTypes = own.filter(t => t.startsWith(SCHEMA));
  let properties = 0;
  for (const [property, value] of Object.entries(node)) {
    if (property.startsWith('@')) continue;
    properties++;
    if (!vocabulary.properties.has(property)) fail(what, `property ${property} is neither schema.org's nor PROV's`);
    else if (property.startsWith(SCHEMA) && schemaTypes.length === own.length && own.length > 0 && !vocabulary.fits(property, own)) {
      fail(what, `schema.org does not allow ${property.slice(SCHEMA.length)} on ${own.map(t => t.slice(SCHEMA.length)).join(', ')}`);
    }
    for (const item of value) if (item && typeof item === 'object' && !('@value' in item)) properties += checkExpanded(what, item);
  }
  return properties;
};
const expandChecked = async (what, doc) => {
  try {
    const expanded = await jsonld.expand(doc, { documentLoader, safe: true });
    const kept = expanded.reduce((n, node) => n + checkExpanded(what, node), 0);
    const sent = keysIn(doc);
    if (kept !== sent) fail(what, `${sent} properties sent, ${kept} after expansion`);
    return kept;
  } catch (error) {
    fail(what, `jsonld: ${error.message}${error.details ? ' ' + JSON.stringify(error.details).slice(0, 400) : ''}`);
    return 0;
  }
};
let expandedProperties = 0;
for (const { name, doc } of [...documents, feed]) expandedProperties += await expandChecked(name, doc);
console.log(`jsonld: ${documents.length + 1} exports expanded in safe mode, ${expandedProperties} properties, each schema.org's (allowed on its type) or PROV's`);
for (const file of readdirSync(samples).filter(f => f.endsWith('.jsonld')).sort()) {
  const markup = JSON.parse(readFileSync(join(samples, file), 'utf8').replaceAll('{{tag}}', 'sample'));
  await expandChecked(`sample ${file}`, markup);
}
console.log(`jsonld: the importer's fact-checker samples expand against schema.org's vocabulary too`);

// --- 3. Google's ClaimReview properties ---------------------------------------------------------------------------
const text = v => typeof v === 'string' && v.trim().length > 0;
const url = v => text(v) && /^https?:\/\//.test(v);
const one = v => Array.isArray(v) ? v[0] : v;
const checkGoogle = (what, review) => {
  const need = (ok, property, level) => { if (!ok) fail(what, `Google ${level} property missing: ${property}`); };
  need(text(review.claimReviewed), 'claimReviewed', 'required');
  need(text(review.reviewRating?.alternateName), 'reviewRating.alternateName', 'required');
  need(url(review.url), 'url', 'required');
  need(text(review.author?.name), 'author.name', 'recommended');
  need(text(review.datePublished), 'datePublished', 'recommended');
  need(review.itemReviewed?.['@type'] === 'Claim', 'itemReviewed (a Claim)', 'recommended');
  const claim = review.itemReviewed ?? {};
  need(text(claim.author?.name), 'itemReviewed.author.name', 'recommended');
  need(text(claim.datePublished), 'itemReviewed.datePublished', 'recommended');
  need(url(one(claim.appearance)?.url ?? one(claim.appearance)), 'itemReviewed.appearance', 'recommended');
  need(url(one(claim.firstAppearance)?.url ?? one(claim.firstAppearance)), 'itemReviewed.firstAppearance', 'recommended');
  need(text(review.reviewRating?.name), 'reviewRating.name', 'recommended');
  // The numbers are recommended where the reviewer's scale has them; a rating in words only (Full Fact's) has none to give.
  if (review.reviewRating?.ratingValue !== undefined) {
    need(typeof review.reviewRating.bestRating === 'number', 'reviewRating.bestRating', 'recommended');
    need(typeof review.reviewRating.worstRating === 'number', 'reviewRating.worstRating', 'recommended');
  }
};
let sdttPassed = 0;
let wordsOnly = 0;
for (const { name, doc } of documents) {
  checkGoogle(name, doc);
  if (doc.reviewRating?.ratingValue === undefined) wordsOnly++;
  try {
    const result = await structuredDataTest(Buffer.from(JSON.stringify(doc)), { presets: [Google], schemas: ['jsonld:ClaimReview'] });
    if (result.warnings.length > 0) fail(name, `structured-data-testing-tool warnings: ${result.warnings.map(t => t.test).join(', ')}`);
    sdttPassed += result.passed.length;
  } catch (error) {
    const failed = error.res?.failed?.map(t => `${t.test}${t.error ? ` (${t.error.message})` : ''}`).join(', ');
    fail(name, `structured-data-testing-tool: ${failed ?? error.message}`);
  }
}
feed.doc.dataFeedElement.forEach((review, i) => checkGoogle(`feed element ${i}`, review));
console.log(`google: ${documents.length} ClaimReviews and ${feed.doc.dataFeedElement.length} feed elements checked for every required and recommended property`
  + ` (${wordsOnly} rated in words only: no ratingValue to give); structured-data-testing-tool's Google preset: ${sdttPassed} tests passed`);

if (failures.length > 0) {
  console.error(`\n${failures.length} problem(s):\n- ${failures.join('\n- ')}`);
  process.exit(1);
}
console.log('ClaimReview exports: all checks passed');
