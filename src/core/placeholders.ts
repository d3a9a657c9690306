import { allProfiles, profilesGeneration } from './profiles';
import { agreementTemplate } from './template';

let placeholders: Set<string> | undefined;
let builtFor = -1;

/**
 * Guidance text from every profile's template: a document made under one profile may be checked
 * under another. The set is built once per set of profiles (built-ins plus registered policies), not per analysis.
 */
export function templatePlaceholders(): ReadonlySet<string> {
  if (placeholders && builtFor === profilesGeneration()) return placeholders;
  const set = new Set<string>();
  for (const profile of allProfiles()) {
    for (const section of agreementTemplate(profile).sections) {
      set.add(section.guidance);
      if (section.body.kind === 'numbered') for (const example of section.body.examples) set.add(example);
    }
  }
  placeholders = set;
  builtFor = profilesGeneration();
  return set;
}
