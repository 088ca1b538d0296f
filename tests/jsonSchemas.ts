/**
 * Validation against the site's JSON Schemas (static/schemas), shared by the unit tests (schemas read from the
 * files) and the e2e tests (schemas as nginx serves them).
 */
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020';

/**
 * Ajv for draft 2020-12, strict, with the two formats the schemas use. ajv-formats is not a dependency: `uri` is
 * what WHATWG's URL parser accepts with a scheme, `date-time` what RFC 3339 allows (the schemas also pin both with
 * a `pattern`, for validators that skip formats).
 */
export function schemaValidator(): Ajv2020 {
  return new Ajv2020({ strict: true, allErrors: true, verbose: true })
    .addFormat('uri', (value: string) => URL.canParse(value))
    .addFormat(
      'date-time',
      (value: string) =>
        /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/i.test(value) &&
        !Number.isNaN(Date.parse(value)),
    );
}

/** `/related/0/url` → `related[0].url`: the field as a reader of the JSON names it. */
function fieldName(pointer: string): string {
  return pointer
    .split('/')
    .slice(1)
    .map((part) => part.replaceAll('~1', '/').replaceAll('~0', '~'))
    .reduce((name, part) => (/^\d+$/.test(part) ? `${name}[${part}]` : name ? `${name}.${part}` : part), '');
}

/** One line per problem, naming the field and what is allowed. */
function describeError(error: ErrorObject): string {
  const at = (child: string) => fieldName(`${error.instancePath}/${child}`);
  switch (error.keyword) {
    case 'required':
      return `field "${at(String(error.params.missingProperty))}" is missing`;
    case 'additionalProperties': {
      const allowed = Object.keys((error.parentSchema as { properties?: object }).properties ?? {});
      return `field "${at(String(error.params.additionalProperty))}" is not allowed; allowed fields: ${allowed.join(', ')}`;
    }
    case 'dependentRequired':
      return `field "${at(String(error.params.missingProperty))}" is missing: it goes with "${at(String(error.params.property))}"`;
    case 'const':
      return `field "${fieldName(error.instancePath)}" must be ${JSON.stringify(error.params.allowedValue)}`;
    default:
      return `field "${fieldName(error.instancePath)}" ${error.message ?? `fails "${error.keyword}"`}`;
  }
}

/** Every problem of `data` against a compiled schema, prefixed with `source` (a file or URL); empty when valid. */
export function schemaProblems(validate: ValidateFunction, source: string, data: unknown): string[] {
  if (validate(data)) return [];
  // `oneOf` also reports each branch that failed; the branches' own errors say what is wrong. A nullable field
  // with a wrong value need not hear it could be null, a URL or date that is no URL or date not see the pattern,
  // and a field that may be one of several types gets one line naming them all.
  const all = validate.errors ?? [];
  const failsOtherwise = (error: ErrorObject) =>
    all.some(
      (other) =>
        other.keyword !== 'type' &&
        other.keyword !== 'oneOf' &&
        (other.instancePath === error.instancePath ||
          other.instancePath.startsWith(`${error.instancePath}/`)),
    );
  const errors = all.filter(
    (error) =>
      error.keyword !== 'oneOf' &&
      !(error.keyword === 'type' && error.params.type === 'null' && failsOtherwise(error)) &&
      !(
        error.keyword === 'pattern' &&
        all.some((other) => other.keyword === 'format' && other.instancePath === error.instancePath)
      ),
  );
  const types = new Map<string, string[]>();
  for (const error of errors.filter((each) => each.keyword === 'type')) {
    types.set(error.instancePath, [...(types.get(error.instancePath) ?? []), String(error.params.type)]);
  }
  const lines = errors.map((error) =>
    error.keyword === 'type'
      ? `field "${fieldName(error.instancePath)}" must be ${types.get(error.instancePath)?.join(' or ')}`
      : describeError(error),
  );
  return [...new Set(lines)].map((line) => `${source}: ${line}`);
}
