import { clearPolicies, registerPolicy, resolvePolicy, type Profile } from '../core';

// The council's policies the add-in was built with (checked against the schema by the build and
// built into this bundle, so the pane makes no network request for them), registered so the profile picker lists them and every
// getProfile(id) finds them. A policy that cannot be used is left out with a message for the pane.

export interface LoadedPolicies {
  policies: Profile[];
  /** One line per policy left out, naming the field (no document text is involved). */
  problems: string[];
}

/** Fetch and register the policies; the pane works with the built-in profiles if this fails. */
export async function loadPolicies(fetchIndex: () => Promise<unknown> = fetchPolicyIndex): Promise<LoadedPolicies> {
  clearPolicies();
  const policies: Profile[] = [];
  const problems: string[] = [];
  let index: unknown;
  try {
    index = await fetchIndex();
  } catch {
    return { policies, problems: ['The council\u2019s policies could not be loaded; the built-in profiles are available.'] };
  }
  if (!Array.isArray(index)) return { policies, problems: ['policies/index.json is not a list of policies.'] };
  for (const entry of index) {
    try {
      const profile = resolvePolicy(entry);
      registerPolicy(profile);
      policies.push(profile);
    } catch (error) {
      const id = typeof (entry as { id?: unknown })?.id === 'string' ? (entry as { id: string }).id : '(no id)';
      problems.push(`Policy ${id} was left out: ${(error as Error).message}`);
    }
  }
  return { policies, problems };
}

/** Replaced at build time (webpack DefinePlugin) with the checked contents of policies/*.json. */
declare const COUNCIL_POLICIES: unknown;

async function fetchPolicyIndex(): Promise<unknown> {
  return typeof COUNCIL_POLICIES === 'undefined' ? [] : COUNCIL_POLICIES;
}
