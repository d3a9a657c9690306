import type { RequirementsLike } from './word-types';

// Which Word features this host offers, detected at run time. A host may advertise a set and then
// throw (one-time-purchase Office reports WordApi 1.7 but annotations need Microsoft 365), so the
// adapter also turns a feature off when it fails.
export interface Capabilities {
  /** WordApi 1.3: content controls wrapping ranges, paragraph navigation. */
  structure: boolean;
  /** WordApi 1.5: footnotes and endnotes (read as agreement text of their own kind). */
  notes?: boolean;
  /** WordApiDesktop 1.2: shapes, so the text in text boxes. */
  textBoxes?: boolean;
  /** WordApi 1.6: paragraph events, tracked changes list. */
  paragraphEvents: boolean;
  /** WordApi 1.7: critique annotations. */
  annotations: boolean;
  /** WordApi 1.8: annotation pop-up suggestions and temporary highlight. */
  popups: boolean;
  /** WordApiDesktop 1.4: print preview. */
  printPreview?: boolean;
}

export const NO_CAPABILITIES: Capabilities = { structure: false, paragraphEvents: false, annotations: false, popups: false };

export function detectCapabilities(requirements: RequirementsLike | null = officeRequirements()): Capabilities {
  const supported = (version: string, set = 'WordApi'): boolean => {
    try {
      return !!requirements?.isSetSupported(set, version);
    } catch {
      return false;
    }
  };
  return { structure: supported('1.3'), notes: supported('1.5'), paragraphEvents: supported('1.6'), annotations: supported('1.7'), popups: supported('1.8'), printPreview: supported('1.4', 'WordApiDesktop'), textBoxes: supported('1.2', 'WordApiDesktop') };
}

function officeRequirements(): RequirementsLike | null {
  try {
    return typeof Office === 'undefined' ? null : Office.context.requirements;
  } catch {
    return null;
  }
}
