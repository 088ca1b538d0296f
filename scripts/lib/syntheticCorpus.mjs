// A synthetic knowledge base of any size, shaped like this site's pages, for `npm run bench:scale`: documents in the
// search plugin's five types (titles, headings, descriptions, keywords, paragraphs), ids as its scanner gives them.
// Sentences come from the site's own pages, so word frequencies are the site's; every page also coins a few words of
// its own (names of products, models, teams), so the vocabulary grows with the corpus as a real one does.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Seeded pseudo-random numbers in [0, 1) (mulberry32), so a corpus is the same on every run. */
function randomGenerator(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The prose of an MDX page: no front matter, imports, code, formulas, tags or Markdown markup. */
function proseOf(mdx) {
  return mdx
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .replace(/^import .*$/gm, '')
    .replace(/```[\s\S]*?```/g, '')
    .replace(/\$\$[\s\S]*?\$\$|\$[^$\n]*\$/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/\{#[\w-]+\}/g, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`>#|]/g, ' ');
}

/** Sentences of a text, Chinese or English, between 12 and 240 characters. */
function sentencesOf(text) {
  return text
    .split(/(?<=[。！？；])|(?<=[.!?;])\s+|\n+/)
    .map((sentence) => sentence.replace(/\s+/g, ' ').trim())
    .filter((sentence) => sentence.length >= 12 && sentence.length <= 240);
}

function mdxFiles(dir) {
  return readdirSync(dir, { recursive: true })
    .filter((file) => String(file).endsWith('.mdx'))
    .map((file) => path.join(dir, String(file)));
}

/** The sentences and glossary names of one locale of the site, the material a corpus is made of. */
export function siteMaterial(siteDir, locale) {
  const docsDir =
    locale === 'zh-Hans'
      ? path.join(siteDir, 'docs')
      : path.join(siteDir, 'i18n', locale, 'docusaurus-plugin-content-docs/current');
  const files = mdxFiles(docsDir);
  const sentences = files.flatMap((file) => sentencesOf(proseOf(readFileSync(file, 'utf8'))));
  const names = files
    .filter((file) => file.includes(`${path.sep}glossary${path.sep}`))
    .map((file) => /^name: (.+)$/m.exec(readFileSync(file, 'utf8'))?.[1])
    .filter(Boolean);
  return { sentences, names };
}

const zhSyllables = [
  ...'数据模型算法召回推荐评估标注训练特征向量检索生成智能语义用户场景指标质量反馈策略排序分层',
];
const enSyllables = [
  'ka',
  'lo',
  'mi',
  'ren',
  'tor',
  'vex',
  'sa',
  'dri',
  'qu',
  'on',
  'bel',
  'ix',
  'mar',
  'tel',
  'zu',
];

/** A word no page of the site has: a name a real knowledge base would coin (a product, a model, a team). */
function coinedWord(random, locale) {
  const pick = (list) => list[Math.floor(random() * list.length)];
  if (locale === 'zh-Hans') return `${pick(zhSyllables)}${pick(zhSyllables)}${pick(zhSyllables)}`;
  const syllables = 2 + Math.floor(random() * 3);
  return Array.from({ length: syllables }, () => pick(enSyllables)).join('');
}

/**
 * `pageCount` pages of one locale in the search plugin's document types, each with a glossary-like title, a
 * description, keywords and 4 to 9 sections of 2 to 5 sentences, a few coined words spread through them.
 */
export function syntheticDocuments({ pageCount, locale, material, seed = 1 }) {
  const random = randomGenerator(seed);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const documents = [[], [], [], [], []];
  const separator = locale === 'zh-Hans' ? '' : ' ';
  let id = 0;
  for (let page = 0; page < pageCount; page += 1) {
    const u = `/synthetic/${page}`;
    const coined = Array.from({ length: 3 }, () => coinedWord(random, locale));
    const name = `${pick(material.names)}${separator}${coined[0]}`;
    const titleId = (id += 1);
    documents[0].push({ i: titleId, t: name, u, b: ['Synthetic'] });
    documents[2].push({ i: titleId, t: pick(material.sentences), s: name, u, p: titleId });
    documents[3].push({
      i: titleId,
      t: [name, ...coined, pick(material.names)].join(', '),
      s: name,
      u,
      p: titleId,
    });
    const sections = 4 + Math.floor(random() * 6);
    for (let section = 0; section < sections; section += 1) {
      const heading = pick(material.sentences).slice(0, 24);
      const sentences = Array.from({ length: 2 + Math.floor(random() * 4) }, () => pick(material.sentences));
      sentences.splice(
        Math.floor(random() * sentences.length),
        0,
        `${pick(coined)}${separator}${pick(material.sentences)}`,
      );
      documents[1].push({ i: (id += 1), t: heading, u, h: `#s${section}`, p: titleId });
      documents[4].push({
        i: (id += 1),
        t: sentences.join(separator),
        s: heading,
        u,
        h: `#s${section}`,
        p: titleId,
      });
    }
  }
  return documents;
}
