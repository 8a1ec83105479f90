// Reads every citation and export that compiler/tests/read_back.rs wrote
// into the folder given, with parsers nobody on this project wrote, and
// compares what they read with what the app meant (citations.json, written
// from the corpus model, not from any format's text). Prints each mismatch
// and exits 1 if there is any.
//
//   BibTeX    citation-js (plugin-bibtex) and @retorquere/bibtex-parser
//   RIS       citation-js (plugin-ris)
//   CSL-JSON  citation-js's CSL cleaner in strict mode, whose field and
//             type tables are the CSL 1.0.2 schema's: an item it changes
//             does not conform; then rendered in APA by citeproc-js
//   CSV       csv-parse, compared cell by cell with the JSON export

import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { parse as parseCsv } from 'csv-parse/sync';

const require = createRequire(import.meta.url);
const { Cite, plugins } = require('@citation-js/core');
require('@citation-js/plugin-bibtex');
require('@citation-js/plugin-ris');
require('@citation-js/plugin-csl');

const dir = process.argv[2];
const problems = [];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
  'October', 'November', 'December'];

function check(what, actual, expected) {
  const [a, e] = [JSON.stringify(actual), JSON.stringify(expected)];
  if (a !== e) problems.push(`${what}: read ${a}, meant ${e}`);
}

function holds(what, text, part) {
  if (typeof text !== 'string' || !text.includes(part)) problems.push(`${what}: ${JSON.stringify(text)} lacks ${JSON.stringify(part)}`);
}

const longDate = ([year, month, day]) => `${day} ${MONTHS[month - 1]} ${year}`;
const dateParts = (date) => date?.['date-parts']?.[0];
const read = (file) => fs.readFileSync(path.join(dir, file), 'utf8');

/// What every note of a citation must say: its paragraph and the values it only infers.
function checkNote(what, note, meant) {
  if (meant.paragraph) holds(`${what} note`, note, `Paragraph ${meant.paragraph.number}`);
  if (meant.unchecked.length) {
    holds(`${what} note`, note, 'Unconfirmed (inferred, not checked against the published page)');
    for (const value of meant.unchecked) holds(`${what} note`, note, `the ${value}`);
  } else if (note?.includes('Unconfirmed')) {
    problems.push(`${what}: marks a confirmed citation unconfirmed`);
  }
}

function checkBibtex(meant) {
  const what = `${meant.file}.bib`;
  const text = read(`${meant.file}.bib`);
  // citation-js: a braced organisation is one whole name.
  const [item] = new Cite(text).data;
  check(`${what} (citation-js) key`, item.id, meant.key);
  check(`${what} (citation-js) title`, item.title, meant.title);
  check(`${what} (citation-js) authors`, item.author.map((a) => a.literal ?? (a.given ? null : a.family)), meant.authors);
  check(`${what} (citation-js) issued`, dateParts(item.issued), meant.issued);
  check(`${what} (citation-js) accessed`, dateParts(item.accessed), meant.accessed);
  check(`${what} (citation-js) URL`, item.URL, meant.source);
  // @retorquere/bibtex-parser, as Better BibTeX reads: classic and biblatex fields alike.
  const parsed = parseBibtex(text);
  check(`${what} (bibtex-parser) errors`, parsed.errors, []);
  const [entry] = parsed.entries;
  const fields = entry.fields;
  check(`${what} (bibtex-parser) key`, entry.key, meant.key);
  check(`${what} (bibtex-parser) authors`, fields.author.map((a) => a.name ?? null), meant.authors);
  check(`${what} (bibtex-parser) title`, fields.title, meant.title);
  check(`${what} (bibtex-parser) url, verbatim`, fields.url, meant.source);
  check(`${what} (bibtex-parser) year and month`, [fields.year, fields.month], meant.issued.slice(0, 2).map(String));
  const iso = (parts) => parts.map((n, i) => String(n).padStart(i ? 2 : 4, '0')).join('-');
  check(`${what} (bibtex-parser) date`, fields.date, iso(meant.issued));
  check(`${what} (bibtex-parser) urldate`, fields.urldate, iso(meant.accessed));
  check(`${what} (bibtex-parser) website`, fields.howpublished, meant.website ?? undefined);
  // Classic styles print no urldate: the note carries the accessed date for them.
  holds(`${what} note`, fields.note, `Accessed ${longDate(meant.accessed)}`);
  checkNote(what, fields.note, meant);
}

function checkRis(meant) {
  const what = `${meant.file}.ris`;
  const [item] = new Cite(read(`${meant.file}.ris`)).data;
  check(`${what} type`, item.type, 'webpage');
  // RIS splits an author at a comma and cannot escape one: organisations are written without theirs.
  check(`${what} authors`, item.author.map((a) => a.literal ?? null), meant.authors.map((name) => name.replaceAll(',', '')));
  check(`${what} title`, item.title, meant.title);
  check(`${what} issued`, dateParts(item.issued), meant.issued);
  check(`${what} accessed`, dateParts(item.accessed), meant.accessed);
  const names = meant.authors.length > 1 ? `${meant.authors.slice(0, -1).join(', ')} and ${meant.authors.at(-1)}` : meant.authors[0];
  check(`${what} publisher`, item.publisher, names);
  check(`${what} website`, item['collection-title'], meant.website ?? undefined);
  check(`${what} type of work`, item.medium, meant.kind);
  check(`${what} URL`, item.URL, meant.source);
  checkNote(what, [].concat(item.note ?? []).join(' '), meant);
}

function checkCslJson(meant) {
  const what = `${meant.file}.json`;
  const items = JSON.parse(read(`${meant.file}.json`));
  const cleaned = plugins.input.util.clean(structuredClone(items), false);
  check(`${what} conforms to the CSL schema (nothing dropped or changed)`, cleaned, items);
  const [item] = items;
  check(`${what} id`, item.id, meant.key);
  check(`${what} type`, item.type, 'webpage');
  check(`${what} authors`, item.author.map((a) => a.literal), meant.authors);
  check(`${what} issued`, dateParts(item.issued), meant.issued);
  check(`${what} accessed`, dateParts(item.accessed), meant.accessed);
  check(`${what} website`, item['container-title'], meant.website ?? undefined);
  check(`${what} URL`, item.URL, meant.paragraph ? meant.paragraph.link : meant.source);
  if (meant.paragraph) holds(`${what} note`, item.note, `published at ${meant.source}`);
  checkNote(what, item.note ?? '', meant);
  // citeproc-js, in APA: the publishers once (as authors), the date, the type, the website and the address.
  const apa = new Cite(items).format('bibliography', { format: 'text', template: 'apa', lang: 'en-US' });
  const [year, month, day] = meant.issued;
  holds(`${what} in APA`, apa, `(${year}, ${MONTHS[month - 1]} ${day}).`);
  holds(`${what} in APA`, apa, `[${meant.kind}].`);
  if (meant.website) holds(`${what} in APA`, apa, `. ${meant.website}. `);
  holds(`${what} in APA`, apa, item.URL);
  const lastAuthor = meant.authors.at(-1).replaceAll("'", '’');
  if (apa.split(lastAuthor).length !== 2) problems.push(`${what} in APA names ${lastAuthor} more than once: ${apa}`);
}

/// A JSON export value as its CSV cell should read.
function asCell(value) {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.join('; ');
  if (typeof value === 'string' && /^ *[=+\-@\t\r＝＋－＠]/.test(value) && !/^-?\d+(\.\d+)?$/.test(value)) return `'${value}`;
  return String(value);
}

function checkExport(list) {
  const raw = fs.readFileSync(path.join(dir, `${list}.csv`));
  check(`${list}.csv starts with a UTF-8 byte-order mark`, [...raw.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
  const rows = parseCsv(raw, { bom: true, columns: true, relax_column_count: false });
  const exported = JSON.parse(read(`${list}.json`));
  check(`${list}.csv rows`, rows.length, exported.results.length);
  const kebab = (qualifier) => qualifier?.replaceAll('-', ' ');
  rows.forEach((row, i) => {
    const meant = { ...exported.results[i], view: exported.view, corpus_version: exported.corpus_version };
    if ('qualifier' in meant) meant.qualifier = kebab(meant.qualifier);
    check(`${list}.csv columns of row ${i + 1}`, Object.keys(row), Object.keys(row).filter((c) => c in meant));
    for (const column of Object.keys(row)) check(`${list}.csv row ${i + 1} ${column}`, row[column], asCell(meant[column]));
  });
  return rows.length;
}

const citations = JSON.parse(read('citations.json'));
for (const meant of citations) {
  for (const checkFormat of [checkBibtex, checkRis, checkCslJson]) {
    try {
      checkFormat(meant);
    } catch (error) {
      problems.push(`${meant.file} (${checkFormat.name}): ${error.stack}`);
    }
  }
}
const exported = ['documents', 'quotes', 'figures'].map((list) => `${checkExport(list)} ${list}`);
console.log(`${citations.length} citations read back in BibTeX (2 parsers), RIS and CSL-JSON (with APA)`);
console.log(`CSV exports read back: ${exported.join(', ')}`);
if (problems.length) {
  console.log(`${problems.length} problems:\n${problems.slice(0, 60).join('\n')}`);
  process.exit(1);
}
