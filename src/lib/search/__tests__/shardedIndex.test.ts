import { buildIndex } from '@easyops-cn/docusaurus-search-local/dist/server/server/utils/buildIndex.js';
import lunr from 'lunr';
import { describe, expect, it } from 'vitest';

import { compactIndex, type CompactOptions, type PluginIndex } from '../compactIndex';
import type { SearchDocument } from '../format';
import { ShardedIndex, withoutStopWords, type SmartQuery } from '../shardedIndex';

// A small site in the plugin's shape: pages own the ids from theirs to the next page's.
const pages: { title: string; description: string; keywords: string; sections: [string, string][] }[] = [
  {
    title: '召回率（Recall）',
    description: '在所有真实为正类的样本中被模型找出的比例。',
    keywords: '召回率, Recall, TPR, 查全率, 敏感度',
    sections: [
      [
        '直观理解',
        '1000 封邮件里有 60 封垃圾邮件，过滤器拦下 40 封，召回率约 0.667。Recall measures what the model finds.',
      ],
      ['常见误区', '把所有邮件都判为垃圾邮件，召回率就是 1.0，precision 却很低。'],
    ],
  },
  {
    title: '精确率（Precision）',
    description: '被模型判为正类的样本中真正为正类的比例。',
    keywords: '精确率, Precision, PPV, 查准率',
    sections: [
      ['直观理解', '过滤器拦下 50 封，其中 40 封真是垃圾邮件，精确率是 0.8。Precision and recall trade off.'],
      ['和召回率', '精确率与召回率通常此消彼长：阈值越高，精确率越高，召回率越低。'],
    ],
  },
  {
    title: 'Confusion matrix',
    description: 'A table of predicted against actual classes.',
    keywords: 'confusion matrix, error matrix',
    sections: [
      ['Layout', 'scikit-learn orders labels ascending, so negatives come first in the matrix.'],
      [
        'Reading it',
        'Each row is an actual class and each column a predicted class; the diagonal counts correct predictions.',
      ],
    ],
  },
  {
    title: '卷积神经网络（CNN）',
    description: '用卷积层提取局部特征的神经网络，常用于图像。',
    keywords: '卷积神经网络, CNN, convolutional neural network',
    sections: [
      ['直观理解', '卷积核在图像上滑动，提取边缘和纹理；网络越深，特征越抽象。'],
      ['产品经理', 'CNN 需要大量标注图像；迁移学习可以减少标注量。'],
    ],
  },
];

function pluginDocuments(): SearchDocument[][] {
  const all: SearchDocument[][] = [[], [], [], [], []];
  let id = 0;
  for (const [n, page] of pages.entries()) {
    const u = `/p${n}`;
    const titleId = (id += 1);
    all[0]?.push({ i: titleId, t: page.title, u, b: ['Docs'] });
    all[2]?.push({ i: titleId, t: page.description, s: page.title, u, p: titleId });
    all[3]?.push({ i: titleId, t: page.keywords, s: page.title, u, p: titleId });
    for (const [heading, text] of page.sections) {
      all[1]?.push({ i: (id += 1), t: heading, u, h: `#${heading}`, p: titleId });
      all[4]?.push({ i: (id += 1), t: text, s: heading, u, h: `#${heading}`, p: titleId });
    }
  }
  return all;
}

const pluginIndexes = JSON.parse(
  JSON.stringify(
    buildIndex(pluginDocuments(), {
      language: ['en', 'zh'],
      removeDefaultStopWordFilter: [],
      removeDefaultStemmer: false,
      zhUserDict: '召回率 10 n\n精确率 10 n\n卷积神经网络 10 n\n查全率 10 n\n',
    }),
  ),
) as PluginIndex[];

/**
 * The search plugin's worker on its whole index: each query over every type until `limit`, duplicates dropped; types
 * in the site's order (keywords right after titles).
 */
function wholeIndexSearch(queries: readonly SmartQuery[], limit: number) {
  const indexes = pluginIndexes.map(({ index }) => lunr.Index.load(index as unknown as object));
  const results: { doc: number; type: number; score: number }[] = [];
  search: for (const { term } of withoutStopWords(queries)) {
    for (const type of [0, 3, 1, 2, 4]) {
      const index = indexes[type] as lunr.Index;
      const found = index.query((query) => {
        for (const clause of term) {
          query.term(clause.value, {
            wildcard: clause.wildcard,
            presence: clause.presence,
            ...(clause.editDistance ? { editDistance: clause.editDistance } : null),
          });
        }
      });
      for (const match of found.slice(0, limit)) {
        if (results.some((result) => String(result.doc) === match.ref)) continue;
        if (results.length >= limit) break;
        results.push({ doc: Number(match.ref), type, score: match.score });
      }
      if (results.length >= limit) break search;
    }
  }
  return results;
}

function shardedIndexOf(options: CompactOptions) {
  const { manifest, files } = compactIndex(pluginIndexes, options);
  const fetched: string[] = [];
  const index = new ShardedIndex(JSON.parse(JSON.stringify(manifest)), async (file) => {
    fetched.push(file);
    const text = files.get(file);
    if (text === undefined) throw new Error(`no file ${file}`);
    return JSON.parse(text);
  });
  return { index, manifest, files, fetched };
}

const { REQUIRED } = lunr.Query.presence;
const { TRAILING, NONE } = lunr.Query.wildcard;
const clause = (value: string, more: Partial<SmartQuery['term'][number]> = {}) => ({
  value,
  presence: REQUIRED,
  wildcard: NONE,
  ...more,
});

const queries: { name: string; tokens: string[]; queries: SmartQuery[] }[] = [
  { name: 'a Chinese word', tokens: ['召回率'], queries: [{ tokens: ['召回率'], term: [clause('召回率')] }] },
  {
    name: 'a Chinese prefix being typed',
    tokens: ['卷积'],
    queries: [{ tokens: ['卷积'], term: [clause('卷积', { wildcard: TRAILING })] }],
  },
  {
    name: 'an English word, stemmed',
    tokens: ['recall'],
    queries: [{ tokens: ['recall'], term: [clause('recall')] }],
  },
  {
    name: 'an English prefix',
    tokens: ['predic'],
    queries: [{ tokens: ['predic'], term: [clause('predic', { wildcard: TRAILING })] }],
  },
  {
    name: 'two words, both required',
    tokens: ['confusion', 'matrix'],
    queries: [{ tokens: ['confusion', 'matrix'], term: [clause('confusion'), clause('matrix')] }],
  },
  {
    name: 'a typo after the third letter',
    tokens: ['matrux'],
    queries: [{ tokens: ['matrux'], term: [clause('matrux', { editDistance: 1 })] }],
  },
  {
    name: 'Chinese and English',
    tokens: ['精确率', 'precision'],
    queries: [
      { tokens: ['精确率', 'precision'], term: [clause('精确率'), clause('precision')] },
      { tokens: ['精确率'], term: [clause('精确率')] },
    ],
  },
  {
    name: 'a word no page has',
    tokens: ['transformer'],
    queries: [{ tokens: ['transformer'], term: [clause('transformer')] }],
  },
];

describe('ShardedIndex', () => {
  it.each(queries)('ranks $name as lunr does on the whole index', async ({ tokens, queries: smart }) => {
    const { index } = shardedIndexOf({ dir: 'search', shardSize: 200, headPostings: 1000 });
    const ranges = index.termRanges(tokens);
    await index.loadRanges(ranges);
    const found = index.run(smart, ranges, 8).map(({ doc, type, score }) => ({ doc, type, score }));
    const expected = wholeIndexSearch(smart, 8);
    expect(expected.length > 0).toBe(tokens[0] !== 'transformer');
    expect(found).toEqual(expected.map((result) => ({ ...result, score: expect.closeTo(result.score, 9) })));
  });

  it('finds every posting of a common word once its tail is fetched', async () => {
    const { index, files } = shardedIndexOf({ dir: 'search', shardSize: 200, headPostings: 1 });
    expect([...files.keys()].some((file) => /\/x\d+\.json$/.test(file))).toBe(true);
    const smart = [{ tokens: ['召回率'], term: [clause('召回率')] }];
    const ranges = index.termRanges(['召回率']);
    await index.loadRanges(ranges);
    const head = index.run(smart, ranges, 8);
    expect(await index.loadTails(['召回率'])).toBe(true);
    const all = index.run(smart, ranges, 8);
    expect(head.length).toBeLessThan(all.length);
    expect(all.map(({ doc, type }) => ({ doc, type }))).toEqual(
      wholeIndexSearch(smart, 8).map(({ doc, type }) => ({ doc, type })),
    );
  });

  it('fetches only the shards of the words asked for', async () => {
    const { index, manifest, fetched } = shardedIndexOf({
      dir: 'search',
      shardSize: 200,
      headPostings: 1000,
    });
    await index.loadRanges(index.termRanges(['matrix']));
    expect(manifest.shards.length).toBeGreaterThan(10);
    expect(fetched.length).toBeGreaterThan(0);
    expect(fetched.length).toBeLessThanOrEqual(2);
  });

  it('cuts Chinese with the dictionary of the shards it fetched, in the plugin order', async () => {
    const { index } = shardedIndexOf({ dir: 'search', shardSize: 200, headPostings: 1000 });
    const ranges = index.termRanges(['召回率和精确率']);
    await index.loadRanges(ranges);
    const dictionary = index.zhDictionary(ranges);
    expect(dictionary).toEqual(expect.arrayContaining(['召回率', '精确率']));
    expect(dictionary.every((word) => '召回率和精确率'.includes(word[0] ?? ''))).toBe(true);
    // The plugin lists title words before words found only in paragraphs.
    expect(dictionary.indexOf('召回率')).toBeLessThan(
      dictionary.indexOf('和') === -1 ? Infinity : dictionary.indexOf('和'),
    );
  });

  it('returns results in the plugin shape, with each page fetched once and the matches located', async () => {
    const { index, fetched } = shardedIndexOf({ dir: 'search', shardSize: 200, headPostings: 1000 });
    const ranges = index.termRanges(['recall']);
    await index.loadRanges(ranges);
    const results = await index.withDocuments(
      index.run([{ tokens: ['recall'], term: [clause('recall')] }], ranges, 8),
    );
    expect(results.length).toBeGreaterThan(0);
    for (const result of results) {
      expect(result.document.u).toMatch(/^\/p\d$/);
      if (result.type !== 0) expect(result.page).toMatchObject({ i: result.document.p });
      const positions = Object.values(result.metadata).flatMap((fields) => fields.t?.position ?? []);
      expect(positions.length).toBeGreaterThan(0);
      for (const [start, length] of positions) {
        expect(result.document.t.slice(start, start + length).toLowerCase()).toMatch(/^recall/);
      }
    }
    const pageFiles = fetched.filter((file) => /\/p\d+\.json$/.test(file));
    expect(new Set(pageFiles).size).toBe(pageFiles.length);
  });

  it.each([
    {
      text: 'Recall, recalls and recalled',
      term: 'recal',
      expected: [
        [0, 6],
        [8, 7],
        [20, 8],
      ],
    },
    { text: 'call recall_score with pos_label', term: 'recal', expected: [[5, 6]] },
    { text: 'call recall_score with pos_label', term: 'recall_scor', expected: [[5, 12]] },
    {
      text: '召回率和查全率；召回率',
      term: '召回率',
      expected: [
        [0, 3],
        [8, 3],
      ],
    },
    { text: 'nothing here', term: 'recal', expected: [] },
  ])('locates $term in "$text" as the plugin tokenizer would', async ({ text, term, expected }) => {
    const { index } = shardedIndexOf({ dir: 'search', shardSize: 200, headPostings: 1000 });
    expect(index.positionsOf(text, term)).toEqual(expected);
  });

  it('puts the page named exactly what was typed first, by its title or its keywords', async () => {
    const { index } = shardedIndexOf({ dir: 'search', shardSize: 200, headPostings: 1000 });
    const smart = [{ tokens: ['precision'], term: [clause('precision')] }];
    const ranges = index.termRanges(['precision']);
    await index.loadRanges(ranges);
    const results = await index.withDocuments(index.run(smart, ranges, 8));
    const reversed = [...results].reverse();
    const first = async (input: string) => (await index.exactNamesFirst(reversed, input))[0];
    // 查准率 is only in the keywords of the precision page (p1).
    expect(reversed[0]?.type).toBe(4);
    expect(await first('查准率')).toMatchObject({
      type: expect.toSatisfy((type) => type === 0 || type === 3),
    });
    expect((await first('查准率'))?.document.u).toBe('/p1');
    expect(await first(' PRECISION ')).toMatchObject({ document: { u: '/p1' } });
    // Nothing named so: the order stays.
    expect(await first('召回')).toBe(reversed[0]);
  });

  it('refuses a manifest of another version, saying which', () => {
    expect(
      () => new ShardedIndex({ version: 99, shards: [] }, async () => null),
    ).toThrowErrorMatchingInlineSnapshot(
      `[Error: search index: manifest version 99 is not the version 1 this site reads]`,
    );
  });
});

describe('withoutStopWords', () => {
  it('drops finished stop words, keeps one being typed, and drops queries left empty or repeated', () => {
    const queries = [
      { tokens: ['on', 'device'], term: [clause('on'), clause('device')] },
      { tokens: ['device'], term: [clause('device')] },
      { tokens: ['the'], term: [clause('the')] },
      { tokens: ['on'], term: [clause('on', { wildcard: TRAILING })] },
    ];
    expect(withoutStopWords(queries).map((query) => query.term.map((item) => item.value))).toEqual([
      ['device'],
      ['on'],
    ]);
  });
});

describe('termRanges', () => {
  it.each([
    {
      tokens: ['召回'],
      expected: [
        ['召', '召\uffff'],
        ['回', '回\uffff'],
      ],
    },
    { tokens: ['recall'], expected: [['rec', 'rec\uffff']] },
    { tokens: ['cnn'], expected: [['cn', 'cn\uffff']] },
    {
      tokens: ['ties'],
      expected: [
        ['tie', 'tie\uffff'],
        ['ti', 'ti\uffff'],
      ],
    },
    { tokens: ['k'], expected: [['k', 'k']] },
    { tokens: [''], expected: [] },
  ])('$tokens', ({ tokens, expected }) => {
    const { index } = shardedIndexOf({ dir: 'search', shardSize: 200, headPostings: 1000 });
    expect(index.termRanges(tokens)).toEqual(expected);
  });
});
