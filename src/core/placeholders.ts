import { PROFILES } from './profiles';
import { agreementTemplate } from './template';

let placeholders: Set<string> | undefined;

/**
 * Guidance text from every profile's template: a document made under one profile may be checked
 * under another. The profiles are fixed data, so the set is built once, not per analysis.
 */
export function templatePlaceholders(): ReadonlySet<string> {
  if (placeholders) return placeholders;
  const set = new Set<string>();
  for (const profile of Object.values(PROFILES)) {
    for (const section of agreementTemplate(profile).sections) {
      set.add(section.guidance);
      if (section.body.kind === 'numbered') for (const example of section.body.examples) set.add(example);
    }
  }
  placeholders = set;
  return set;
}
