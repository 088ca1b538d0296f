import { Joi } from '@docusaurus/utils-validation';

import { didYouMean } from './didYouMean';
import {
  slugPattern,
  type GlossarySettings,
  type TermEntry,
  type TermFrontMatter,
  type TermSource,
} from './model';
import { expectedTitle } from './names';

/** What each field must hold, in the words every message about it uses. */
const fieldRules: Readonly<Record<keyof TermFrontMatter, string>> = {
  id: 'a lowercase kebab-case slug such as "f1-score"',
  title: 'the page title (a non-empty string)',
  name: "the term's name in this page's language (a non-empty string)",
  otherName: "the term's name in the other language (a non-empty string)",
  abbr: 'an abbreviation such as "CNN" (a non-empty string)',
  aliases: 'a list of synonyms (may be empty: [])',
  category: 'one of the categories',
  summary: 'one sentence (a non-empty string)',
  related: 'a list of term slugs, e.g. [precision, f1-score]',
  redirectFrom: 'a list of old slugs of this term, e.g. [old-name]',
};
const knownFields = Object.keys(fieldRules) as (keyof TermFrontMatter)[];

/** A string with something besides white space in it. */
const text = Joi.string().pattern(/\S/);

/** Characters that take two columns: CJK ideographs, kana, hangul, and full-width forms and punctuation. */
const wideCharacter =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff01-\uff60\uffe0-\uffe6]/u;

/** How many columns `value` takes: one per character, two per wide one. */
function displayWidth(value: string): number {
  return [...value].reduce((width, character) => width + (wideCharacter.test(character) ? 2 : 1), 0);
}
const slugList = Joi.array().items(Joi.string().pattern(slugPattern));

/** The schema of one term file's front matter: required fields, no unknown keys, no defaults. */
function termSchema(settings: GlossarySettings) {
  const name = text.custom((value: string, helpers) => {
    const width = displayWidth(value);
    return width > settings.maxNameWidth ? helpers.error('name.tooWide', { width }) : value;
  });
  return Joi.object<TermFrontMatter>({
    id: Joi.string().pattern(slugPattern).required(),
    title: text.required(),
    name: name.required(),
    otherName: name.required(),
    abbr: name,
    aliases: Joi.array().items(text).required(),
    category: Joi.string()
      .valid(...settings.categories)
      .required(),
    summary: text.required().custom((value: string, helpers) => {
      const length = [...value].length;
      return length > settings.maxSummaryLength ? helpers.error('summary.tooLong', { length }) : value;
    }),
    related: slugList.required(),
    redirectFrom: slugList,
  });
}

/** The part of a Joi error detail that the messages use. */
interface ProblemDetail {
  readonly type: string;
  readonly path: readonly (string | number)[];
  readonly context?: {
    readonly value?: unknown;
    readonly key?: string;
    readonly length?: number;
    readonly width?: number;
  };
}

/** One sentence per field that is wrong, whatever number of Joi details it produced. */
function describeProblem(
  field: string,
  details: readonly ProblemDetail[],
  settings: GlossarySettings,
): string {
  const [first] = details;
  switch (first?.type) {
    case 'object.unknown':
      return `is not allowed${didYouMean(field, knownFields)}; allowed fields: ${knownFields.join(', ')}`;
    case 'any.required':
      return `is missing; it must be ${fieldRules[field as keyof TermFrontMatter]}`;
    case 'name.tooWide':
      return `is ${String(first.context?.width)} columns wide (a CJK character takes two); at most ${settings.maxNameWidth} fit a preview card`;
    case 'summary.tooLong':
      return `has ${String(first.context?.length)} characters; at most ${settings.maxSummaryLength} are allowed`;
    case 'any.only': {
      const value = first.context?.value;
      return `must be one of ${settings.categories.join(', ')}${typeof value === 'string' ? didYouMean(value, settings.categories) : ''}`;
    }
    default:
      break;
  }
  const badItems = details.filter((detail) => detail.path.length > 1).map((detail) => detail.context?.value);
  if ((field === 'related' || field === 'redirectFrom') && badItems.length > 0) {
    return `must hold lowercase kebab-case slugs; ${badItems.map((item) => JSON.stringify(item)).join(', ')} is not one`;
  }
  return `must be ${fieldRules[field as keyof TermFrontMatter]}`;
}

/** Checks one file's front matter on its own. Returns the entry, or every problem found. */
export function validateTermSource(
  source: TermSource,
  settings: GlossarySettings,
): { entry: TermEntry | null; errors: string[] } {
  const at = (field: string) => `${source.file}: field "${field}"`;
  const { error, value } = termSchema(settings).validate(source.frontMatter, {
    abortEarly: false,
    convert: false,
  });
  if (error) {
    const byField = new Map<string, ProblemDetail[]>();
    for (const detail of error.details) {
      const field = String(detail.path[0] ?? detail.context?.key);
      byField.set(field, [...(byField.get(field) ?? []), detail]);
    }
    return {
      entry: null,
      errors: [...byField].map(
        ([field, details]) => `${at(field)} ${describeProblem(field, details, settings)}`,
      ),
    };
  }

  const errors: string[] = [];
  const entry: TermEntry = { ...value, file: source.file, locale: source.locale };
  if (entry.id !== source.slug) {
    errors.push(
      `${at('id')} is "${entry.id}", but the file name makes the slug "${source.slug}"; they must be equal`,
    );
  }
  const title = expectedTitle(settings, source.locale, entry.name, entry.otherName);
  if (entry.title !== title)
    errors.push(`${at('title')} is "${entry.title}"; from name and otherName it must be "${title}"`);
  if (entry.related.includes(entry.id)) errors.push(`${at('related')} names the term itself`);
  const duplicateRelated = entry.related.filter((id, index) => entry.related.indexOf(id) !== index);
  if (duplicateRelated.length) errors.push(`${at('related')} lists "${duplicateRelated[0]}" twice`);
  return { entry: errors.length ? null : entry, errors };
}
