import { Joi } from '@docusaurus/utils-validation';
import type { OptionValidationContext } from '@docusaurus/types';

/** Options of the prism-on-demand plugin: none; the languages stay in `themeConfig.prism`. */
// A type alias, not an interface, so it fits Docusaurus' `PluginOptions` index signature.
export type PrismOnDemandOptions = Record<string, never>;

// Unknown keys are rejected, so a misplaced `additionalLanguages` fails the build instead of doing nothing.
const optionsSchema = Joi.object<PrismOnDemandOptions>({});

/** Docusaurus calls this with the options from the config; any option is an error. */
export function validateOptions({
  validate,
  options,
}: OptionValidationContext<PrismOnDemandOptions, PrismOnDemandOptions>): PrismOnDemandOptions {
  return validate(optionsSchema, options);
}
