import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

import ts from 'typescript';
import { describe, expect, it } from 'vitest';

import { bundleLoaderScript, ssrTemplate } from '../../src/config/ssrTemplate';
import { prismClientModule } from '../../src/plugins/prism-on-demand/prismClientModule';
import { prismComponentsFolder } from '../../src/plugins/prism-on-demand/prismLanguages';

// Where the site relies on other packages' internals (files imported by path, a theme path matched, a core
// template copied). Each package is pinned exactly in package.json; these tests say what to redo, and where, when
// an upgrade moves or changes what is relied on.

const siteDir = path.resolve(__dirname, '../..');
const siteRequire = createRequire(path.join(siteDir, 'package.json'));
const sitePackage = JSON.parse(readFileSync(path.join(siteDir, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
};

/** An installed package: name, version and folder. */
interface InstalledPackage {
  readonly name: string;
  readonly version: string;
  readonly dir: string;
}

function installed(name: string, from = siteDir): InstalledPackage {
  const manifest = createRequire(path.join(from, 'package.json')).resolve(`${name}/package.json`);
  const { version } = JSON.parse(readFileSync(manifest, 'utf8')) as { version: string };
  return { name, version, dir: path.dirname(manifest) };
}

/** `name@version: file` (the file relative to the package), the start of every message. */
function where(pkg: InstalledPackage, file: string): string {
  return `${pkg.name}@${pkg.version}: ${path.relative(pkg.dir, file)}`;
}

/** The file `subpath` of a package, or an error naming the package, the file and who relies on it. */
function fileOf(pkg: InstalledPackage, subpath: string, reliedOnBy: string): string {
  try {
    return siteRequire.resolve(subpath ? `${pkg.name}/${subpath}` : pkg.name);
  } catch (error) {
    throw new Error(
      `${pkg.name}@${pkg.version}: ${subpath || 'its main file'} no longer exists; ${reliedOnBy} relies on it`,
      {
        cause: error,
      },
    );
  }
}

/** A package's module, or an error naming the package and the file that no longer loads. */
async function load<T>(pkg: InstalledPackage, file: string): Promise<T> {
  try {
    return (await import(file)) as T;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`${where(pkg, file)} can no longer be loaded (${reason})`, { cause: error });
  }
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** One import of a package's file by path, in one of our files. */
interface DeepImport {
  readonly importer: string;
  readonly specifier: string;
  readonly defaultName: string | undefined;
  readonly names: readonly string[];
  readonly source: string;
}

const sourceFiles = (readdirSync(path.join(siteDir, 'src'), { recursive: true }) as string[])
  .filter((file) => /\.tsx?$/.test(file) && !file.endsWith('.d.ts'))
  .map((file) => path.join('src', file))
  .sort();

/** Every import of `<packageName>/lib/…` or `<packageName>/dist/…` in src/. */
function deepImportsOf(packageName: string): DeepImport[] {
  const found: DeepImport[] = [];
  for (const importer of sourceFiles) {
    const source = readFileSync(path.join(siteDir, importer), 'utf8');
    const parsed = ts.createSourceFile(importer, source, ts.ScriptTarget.Latest, false, ts.ScriptKind.TSX);
    for (const statement of parsed.statements) {
      if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
      const specifier = statement.moduleSpecifier.text;
      if (!specifier.startsWith(`${packageName}/lib/`) && !specifier.startsWith(`${packageName}/dist/`))
        continue;
      const clause = statement.importClause;
      const bindings = clause?.namedBindings;
      found.push({
        importer,
        specifier,
        defaultName: clause?.name?.text,
        // Values only, by the name the package exports them under (`validateOptions as validatePluginOptions`).
        names:
          bindings && ts.isNamedImports(bindings) && !clause.isTypeOnly
            ? bindings.elements.filter((e) => !e.isTypeOnly).map((e) => (e.propertyName ?? e.name).text)
            : [],
        source,
      });
    }
  }
  return found;
}

/** What is wrong with one import by path: a file gone, a name no longer exported, a CSS class no longer there. */
async function deepImportProblems(pkg: InstalledPackage, deepImport: DeepImport): Promise<string[]> {
  const { importer, specifier, defaultName, names, source } = deepImport;
  let file: string;
  try {
    file = fileOf(pkg, specifier.slice(pkg.name.length + 1), importer);
  } catch (error) {
    return [(error as Error).message];
  }
  const problems: string[] = [];
  if (file.endsWith('.css')) {
    const css = readFileSync(file, 'utf8');
    const used = defaultName
      ? [...source.matchAll(new RegExp(`\\b${defaultName}\\.(\\w+)`, 'g'))].map((match) => match[1] ?? '')
      : [];
    for (const className of new Set(used)) {
      if (!new RegExp(`\\.${className}\\b`).test(css)) {
        problems.push(
          `${where(pkg, file)} no longer defines the class .${className}, which ${importer} uses`,
        );
      }
    }
  } else {
    const text = readFileSync(file, 'utf8');
    const generated = /from ["'](@generated\/[^"']+)["']/.exec(text)?.[1];
    if (generated) {
      // A client module that re-exports what the plugin generates at build time: it loads only in a bundle, so
      // check the names in the code that generates them.
      const generator = readFileSync(fileOf(pkg, 'dist/server/server/utils/generate.js', importer), 'utf8');
      for (const name of names) {
        if (!new RegExp(`export const ${name}\\b`).test(generator)) {
          problems.push(
            `${where(pkg, file)} no longer re-exports ${name} from ${generated}, which ${importer} imports`,
          );
        }
      }
      return problems;
    }
    let module: Record<string, unknown>;
    try {
      module = await load(pkg, file);
    } catch (error) {
      if (!String((error as Error).message).includes('@generated/')) return [(error as Error).message];
      // It imports generated code further down (bundles only): check that it still declares the functions.
      for (const name of names) {
        if (!new RegExp(`export (async )?function ${name}\\b`).test(text)) {
          problems.push(
            `${where(pkg, file)} no longer exports the function ${name}, which ${importer} imports`,
          );
        }
      }
      return problems;
    }
    for (const name of names) {
      if (typeof module[name] !== 'function') {
        problems.push(
          `${where(pkg, file)} no longer exports the function ${name}, which ${importer} imports`,
        );
      }
    }
  }
  return problems;
}

describe.each([
  '@easyops-cn/docusaurus-search-local',
  '@docusaurus/theme-classic',
  'prism-react-renderer',
  '@docusaurus/core',
])('%s', (name) => {
  it('is pinned exactly, at the installed version', () => {
    const pkg = installed(name);
    expect(
      sitePackage.dependencies[name],
      `${name}@${pkg.version}: package.json must pin it exactly (its internals are relied on); found "${sitePackage.dependencies[name]}"`,
    ).toBe(pkg.version);
  });
});

describe('@easyops-cn/docusaurus-search-local (src/theme/SearchBar reuses its keymap helpers and styles; src/plugins/search wraps the plugin and builds its worker from its helpers)', () => {
  const pkg = installed('@easyops-cn/docusaurus-search-local');
  const deepImports = deepImportsOf(pkg.name);

  it('is imported by path where we expect', () => {
    expect(deepImports.map(({ importer, specifier }) => `${importer} ← ${specifier}`)).toMatchInlineSnapshot(`
      [
        "src/lib/search/__tests__/shardedIndex.test.ts ← @easyops-cn/docusaurus-search-local/dist/server/server/utils/buildIndex.js",
        "src/plugins/search/index.ts ← @easyops-cn/docusaurus-search-local/dist/server/server/index.js",
        "src/plugins/search/options.ts ← @easyops-cn/docusaurus-search-local/dist/server/server/index.js",
        "src/plugins/search/worker.ts ← @easyops-cn/docusaurus-search-local/dist/client/client/utils/proxiedGeneratedConstants",
        "src/plugins/search/worker.ts ← @easyops-cn/docusaurus-search-local/dist/client/client/utils/processTreeStatusOfSearchResults",
        "src/plugins/search/worker.ts ← @easyops-cn/docusaurus-search-local/dist/client/client/utils/smartQueries",
        "src/plugins/search/worker.ts ← @easyops-cn/docusaurus-search-local/dist/client/client/utils/sortSearchResults",
        "src/plugins/search/worker.ts ← @easyops-cn/docusaurus-search-local/dist/client/client/utils/tokenize",
        "src/theme/SearchBar/index.tsx ← @easyops-cn/docusaurus-search-local/dist/client/client/theme/LoadingRing/LoadingRing.module.css",
        "src/theme/SearchBar/index.tsx ← @easyops-cn/docusaurus-search-local/dist/client/client/theme/SearchBar/SearchBar.module.css",
        "src/theme/SearchBar/index.tsx ← @easyops-cn/docusaurus-search-local/dist/client/client/utils/keymap",
        "src/theme/SearchBar/index.tsx ← @easyops-cn/docusaurus-search-local/dist/client/client/utils/platform",
      ]
    `);
  });

  it('still has the files, functions and CSS classes imported by path', async () => {
    const problems = (
      await Promise.all(deepImports.map((deepImport) => deepImportProblems(pkg, deepImport)))
    ).flat();
    expect(problems).toEqual([]);
  });

  it('parses and shows shortcuts as src/theme/SearchBar/searchLocalInternals.d.ts declares', async () => {
    const file = fileOf(pkg, 'dist/client/client/utils/keymap', 'src/theme/SearchBar/index.tsx');
    const keymap = await load<{
      parseKeymap: (keymap: string) => unknown;
      matchesKeymap: (event: Partial<KeyboardEvent>, keymap: unknown) => boolean;
      getKeymapHints: (keymap: string, isMac: boolean) => string[];
    }>(pkg, file);
    const event = { key: 'K', ctrlKey: true, altKey: false, shiftKey: false, metaKey: false };
    let behaviour: unknown;
    try {
      const parsed = keymap.parseKeymap('ctrl+k');
      behaviour = {
        parsed,
        matches: keymap.matchesKeymap(event, parsed),
        hints: keymap.getKeymapHints('ctrl+k', false),
      };
    } catch (error) {
      behaviour = { error: String(error) };
    }
    expect(
      behaviour,
      `${where(pkg, file)} changed; adapt src/theme/SearchBar/searchLocalInternals.d.ts and the stand-in box`,
    ).toEqual({
      parsed: { key: 'k', ctrl: true, alt: false, shift: false, meta: false },
      matches: true,
      hints: ['ctrl', 'K'],
    });
  });

  it("still renders the classes the stand-in's hand-over looks for", () => {
    const file = fileOf(
      pkg,
      'dist/client/client/theme/SearchBar/SearchBar.jsx',
      'src/theme/SearchBar/index.tsx',
    );
    const jsx = readFileSync(file, 'utf8');
    const missing = ['navbar__search', 'navbar__search-input'].filter(
      (className) => !new RegExp(`["'\`\\s]${className}["'\`\\s]`).test(jsx),
    );
    expect(
      missing,
      `${where(pkg, file)} no longer renders these classes, by which src/theme/SearchBar/index.tsx finds its box`,
    ).toEqual([]);
  });
});

describe('@docusaurus/theme-classic (src/plugins/prism-on-demand replaces its Prism client module)', () => {
  const pkg = installed('@docusaurus/theme-classic');

  it('registers the client module prismClientModule() matches', async () => {
    const indexFile = fileOf(pkg, 'lib/index.js', 'src/plugins/prism-on-demand/prismClientModule.ts');
    const { default: themeClassic } = await load<{
      default: (context: unknown, options: unknown) => { getClientModules: () => string[] };
    }>(pkg, indexFile);
    const context = {
      i18n: { currentLocale: 'en', localeConfigs: { en: { direction: 'ltr' } } },
      siteConfig: { themeConfig: { prism: { additionalLanguages: [] }, colorMode: {} } },
    };
    const clientModules = themeClassic(context, { customCss: [] })
      .getClientModules()
      .map((module) => (module.startsWith('.') ? path.resolve(path.dirname(indexFile), module) : module))
      .map((module) => (existsSync(`${module}.js`) ? `${module}.js` : module));
    expect(
      clientModules.filter((module) => prismClientModule().test(module)),
      `${where(pkg, indexFile)}: getClientModules() no longer lists lib/prism-include-languages.js; ` +
        'update src/plugins/prism-on-demand/prismClientModule.ts to what now sets up Prism on every page',
    ).toHaveLength(1);
  });

  it('still sets up Prism in that module the way noPrismOnLoad.ts and CodeBlock/Content/Highlighted.tsx redo it', () => {
    const file = fileOf(
      pkg,
      'lib/prism-include-languages.js',
      'src/plugins/prism-on-demand/prismClientModule.ts',
    );
    const code = readFileSync(file, 'utf8');
    const expected = [
      /^import \{ Prism \} from 'prism-react-renderer';$/m,
      /^import prismIncludeLanguages from '@theme\/prism-include-languages';$/m,
      /^prismIncludeLanguages\(Prism\);$/m,
    ];
    expect(
      expected.filter((pattern) => !pattern.test(code)).map(String),
      `${where(pkg, file)} changed; check what src/plugins/prism-on-demand/noPrismOnLoad.ts stands in for and ` +
        'what src/theme/CodeBlock/Content/Highlighted.tsx does in its place',
    ).toEqual([]);
  });

  it('requires Prism languages from the folder prismComponentsFolder matches', () => {
    const file = fileOf(
      pkg,
      'lib/theme/prism-include-languages.js',
      'src/plugins/prism-on-demand/prismLanguages.ts',
    );
    const code = readFileSync(file, 'utf8');
    const prismjs = installed('prismjs', pkg.dir);
    const componentsDir = path.join(prismjs.dir, 'components');
    expect(
      {
        requiresByComputedName: code.includes('require(`prismjs/components/prism-${lang}`)'),
        folderMatched: existsSync(componentsDir) && prismComponentsFolder.test(componentsDir),
      },
      `${where(pkg, file)} (with ${prismjs.name}@${prismjs.version}) no longer requires languages from ` +
        'prismjs/components; update src/plugins/prism-on-demand/prismLanguages.ts',
    ).toEqual({ requiresByComputedName: true, folderMatched: true });
  });

  it('still has the files, functions and CSS classes imported by path', async () => {
    const deepImports = deepImportsOf(pkg.name);
    expect(deepImports.length).toBeGreaterThan(0);
    const problems = (
      await Promise.all(deepImports.map((deepImport) => deepImportProblems(pkg, deepImport)))
    ).flat();
    expect(problems).toEqual([]);
  });

  // Theme components our files copy from (rather than wrap): the copy must be redone when the original changes.
  it.each([
    {
      original: 'lib/theme/BlogListPage/index.js',
      copies: 'src/theme/BlogListPage/index.tsx (ejected)',
      sha256: 'bea76516bb7dfc75d6074736e2c412966f1edf0844849ecbc2eda5400d5cbdfe',
    },
    {
      original: 'lib/theme/CodeBlock/Content/String.js',
      copies: 'src/theme/CodeBlock/Content/String.tsx (useCodeBlockMetadata)',
      sha256: '81ab153e9e797be7a86bcfe00dfd53ae6eb14bca2b40d30515d075e5b4e95f99',
    },
    {
      original: 'lib/theme/CodeBlock/Layout/index.js',
      copies: 'src/theme/CodeBlock/Content/{Tokenized,String}.tsx (the block around the code)',
      sha256: '7cff522ae9e56f76fe00f83bb6a5c1b029a4a86f4dcc409d01d77d1d5c68e1b3',
    },
    {
      original: 'lib/theme/CodeBlock/Content/index.js',
      copies: 'src/theme/CodeBlock/Content/Tokenized.tsx (<pre> and <code>)',
      sha256: '0d361f5894590ea483a8cd846925bf41d85301eed29e0cfb4dc515128ab35556',
    },
  ])('still has $original, which $copies', ({ original, copies, sha256: expected }) => {
    const file = fileOf(pkg, original, copies);
    expect(
      sha256(readFileSync(file, 'utf8')),
      `${where(pkg, file)} changed; redo what ${copies} copies from it, then record the new sha256 here`,
    ).toBe(expected);
  });
});

describe('prism-react-renderer (build-time tokens must match what it renders in the browser)', () => {
  const pkg = installed('prism-react-renderer');

  it('is the copy theme-classic uses, so Prism languages set up by Highlighted.tsx reach its code blocks', () => {
    const themeClassic = installed('@docusaurus/theme-classic');
    const theirs = installed(pkg.name, themeClassic.dir);
    expect(
      theirs.dir,
      `${pkg.name}@${pkg.version}: ${themeClassic.name}@${themeClassic.version} uses ${theirs.name}@${theirs.version} ` +
        `from ${path.relative(siteDir, theirs.dir)} instead; pin the same version`,
    ).toBe(pkg.dir);
  });

  it('still runs the Prism hooks and normalizeTokens that tokenizeCode.ts calls', async () => {
    const { Prism, normalizeTokens } = await import('prism-react-renderer');
    const file = fileOf(pkg, '', 'src/plugins/prism-on-demand/tokenizeCode.ts');
    expect(
      {
        tokenize: typeof Prism.tokenize,
        runHooks: typeof Prism.hooks.run,
        normalizeTokens: typeof normalizeTokens,
        json: typeof Prism.languages.json,
      },
      `${where(pkg, file)} changed; check src/plugins/prism-on-demand/tokenizeCode.ts and src/lib/codeTokens.ts`,
    ).toEqual({ tokenize: 'function', runHooks: 'function', normalizeTokens: 'function', json: 'object' });
  });
});

describe('@docusaurus/core (src/config/ssrTemplate.ts is its page template with one change)', () => {
  const pkg = installed('@docusaurus/core');
  const file = fileOf(pkg, 'lib/ssg/ssgTemplate.html.js', 'src/config/ssrTemplate.ts');

  /** The lines our copy drops from <head>: core's bundles, requested with `defer`. */
  const headScripts = [
    '    <% it.scripts.forEach((script) => { %>',
    '      <script src="<%= it.baseUrl %><%= script %>" defer></script>',
    '    <% }); %>',
  ].join('\n');
  /** The lines it adds before </body>: the list of bundles and the loader that requests them after first paint. */
  const bodyScripts = [
    '    <script type="application/json" id="__docusaurus-bundles"><%~ JSON.stringify(it.scripts.map((script) => it.baseUrl + script)) %></script>',
    `    <script>${bundleLoaderScript}</script>`,
  ].join('\n');

  it('still has the page template our copy was derived from', async () => {
    const { default: upstream } = await load<{ default: string }>(pkg, file);
    expect(
      sha256(upstream),
      `${where(pkg, file)} changed; re-derive src/config/ssrTemplate.ts from it (its one change: bundles ` +
        'requested after the first paint), then record the new sha256 here',
    ).toBe('ae8832e42eb13a74d816d54e68e23700e7997abc451395ffc045538c2f59bfad');
  });

  it('differs from our copy by that one change only', async () => {
    const { default: upstream } = await load<{ default: string }>(pkg, file);
    const derived = upstream
      .replace(`\n${headScripts}`, '')
      .replace('\n  </body>', `\n${bodyScripts}\n  </body>`);
    expect(ssrTemplate, `src/config/ssrTemplate.ts is no longer ${where(pkg, file)} with one change`).toBe(
      derived,
    );
  });
});

describe('@docusaurus/theme-common, theme-classic and katex (src/lib/pageMarkdown.ts reads built pages by these names)', () => {
  /** A package whose `exports` hide its package.json and files: found from its main file (`<dir>/lib/index.js`). */
  const byMainFile = (name: string): InstalledPackage => {
    const dir = path.resolve(path.dirname(siteRequire.resolve(name)), '..');
    const { version } = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as {
      version: string;
    };
    return { name, version, dir };
  };
  /** A file of such a package, or an error naming it and who relies on it. */
  const sourceOf = (pkg: InstalledPackage, subpath: string): string => {
    const file = path.join(pkg.dir, subpath);
    if (!existsSync(file)) {
      throw new Error(
        `${pkg.name}@${pkg.version}: ${subpath} no longer exists; src/lib/pageMarkdown.ts relies on it`,
      );
    }
    return file;
  };
  const themeCommon = byMainFile('@docusaurus/theme-common');
  const themeClassic = installed('@docusaurus/theme-classic');

  it.each([
    ['docMarkdown', 'theme-doc-markdown'],
    ['docBreadcrumbs', 'theme-doc-breadcrumbs'],
    ['docTocMobile', 'theme-doc-toc-mobile'],
    ['docFooter', 'theme-doc-footer'],
    ['admonition', 'theme-admonition'],
  ])('ThemeClassNames.%s is still "%s"', (key, className) => {
    const file = sourceOf(themeCommon, 'lib/utils/ThemeClassNames.js');
    expect(
      readFileSync(file, 'utf8'),
      `${where(themeCommon, file)}: ${key} is no longer "${className}"; update the selectors of src/lib/pageMarkdown.ts`,
    ).toContain(`${key}: '${className}'`);
  });

  it.each([
    ['lib/theme/DocPaginator/index.js', 'pagination-nav'],
    ['lib/theme/Heading/index.js', 'hash-link'],
  ])('%s still renders the class %s', (subpath, className) => {
    const file = sourceOf(themeClassic, subpath);
    expect(
      readFileSync(file, 'utf8'),
      `${where(themeClassic, file)} no longer renders "${className}"; update the selectors of src/lib/pageMarkdown.ts`,
    ).toContain(className);
  });

  it('KaTeX still keeps the TeX source in a MathML annotation', async () => {
    const katex = byMainFile('katex');
    const { default: render } = await load<{ default: { renderToString: (tex: string) => string } }>(
      katex,
      siteRequire.resolve('katex'),
    );
    expect(
      render.renderToString('\\frac{TP}{TP + FN}'),
      `katex@${katex.version} no longer writes <annotation encoding="application/x-tex">; src/lib/pageMarkdown.ts takes formulas from it`,
    ).toContain('<annotation encoding="application/x-tex">\\frac{TP}{TP + FN}</annotation>');
  });
});
