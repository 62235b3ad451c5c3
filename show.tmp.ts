import { extractArticle } from './src/extract/index.js';
const text = process.argv.slice(2).join(' ');
const g = extractArticle({ id: 't', key: 't#0', file: 't', index: 0, start: 0, end: text.length, text });
for (const e of g.entities) console.log('E', e.id, e.label, e.eventType ?? '', (e.participants ?? []).join(','));
for (const r of g.relations) console.log('R', r.source, r.type, r.target, r.confidence, r.rules.join(','), r.evidence.map(e => (e.hedged ? 'H' : '') + (e.denied ? 'D' : '') + (e.attributedTo ? '@' + e.attributedTo : '')).join(' '));
