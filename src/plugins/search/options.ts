import type { OptionValidationContext } from '@docusaurus/types';
import type { PluginOptions } from '@easyops-cn/docusaurus-search-local';
import {
  validateOptions as validatePluginOptions,
  type ValidatedOptions,
} from '@easyops-cn/docusaurus-search-local/dist/server/server/index.js';

/**
 * The search plugin's own validation, plus what the sharded index needs: one index per locale, so no search contexts.
 */
export function validateOptions(
  context: OptionValidationContext<PluginOptions, ValidatedOptions>,
): ValidatedOptions {
  const options = validatePluginOptions(context);
  if (options.searchContextByPaths) {
    throw new Error(
      'search theme (src/plugins/search): option "searchContextByPaths" is not supported; the sharded index serves one index per locale',
    );
  }
  return options;
}
