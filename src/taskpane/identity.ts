import type { Role } from './state';

// Who is using the pane. Word gives add-ins no user name (Office.context.userProfile exists only
// in Outlook), so the pane asks once per role and remembers the name in this browser's storage.
// Only a person's own name is stored there: never any document text.
const STORAGE_KEY: Record<Role, string> = { worker: 'clearAgreements.name.worker', manager: 'clearAgreements.name.manager' };

/** The host's user name where it offers one. */
function hostUserName(): string {
  try {
    const profile = (Office.context as unknown as { userProfile?: { displayName?: unknown } } | undefined)?.userProfile;
    return typeof profile?.displayName === 'string' ? profile.displayName.trim() : '';
  } catch {
    return '';
  }
}

export function rememberedName(role: Role): string {
  try {
    const stored = globalThis.localStorage?.getItem(STORAGE_KEY[role]);
    if (stored) return stored;
  } catch {
    // Storage can be switched off; the pane then asks each time.
  }
  return hostUserName();
}

export function rememberName(role: Role, name: string): void {
  try {
    if (name.trim()) globalThis.localStorage?.setItem(STORAGE_KEY[role], name.trim());
    else globalThis.localStorage?.removeItem(STORAGE_KEY[role]);
  } catch {
    // Not remembered: nothing else depends on it.
  }
}
