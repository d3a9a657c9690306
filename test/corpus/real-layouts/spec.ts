import type { SectionId } from '../../../src/core';
import { SECTION_IDS } from '../../../src/core/model';
import type { Block, Cell, DocSpec, Row } from './ooxml';

/** One agreement of the real-layout corpus: its layout, the source it is modelled on, and its labels. */
export interface AgreementSpec {
  name: string;
  /** Key into SOURCES.md: the published template or example whose layout this follows. */
  source: string;
  profile: string;
  /** Section decisions a careful reader would make. */
  present: SectionId[];
  missing: SectionId[];
  doc: DocSpec;
}

// Short builders so the agreements read like documents.
export const h = (text: string, level = 2): Block => ({ h: text, level });
export const title = (text: string): Block => ({ h: text, style: 'Title' });
export const p = (text: string): Block => ({ p: text });
export const bold = (text: string): Block => ({ p: text, bold: true });
export const num = (text: string, level = 0): Block => ({ p: text, list: 'number', level });
export const bullet = (text: string, level = 0): Block => ({ p: text, list: 'bullet', level });
export const table = (...rows: Row[]): Block => ({ table: rows });
export const head = (...cells: Cell[]): Row => ({ cells: cells.map((c) => (typeof c === 'string' ? { text: c, shade: 'D9E2F3' } : c)), header: true });
/** A full-width merged row used as a section title. */
export const titleRow = (text: string, span: number): Row => [{ text, span, shade: 'BDD7EE' }];
export const cell = (text: string, extra: Omit<Exclude<Cell, string>, 'text'> = {}): Cell => ({ text, ...extra });
export const control = (tag: string, titleText: string, body: Block[], placeholder = false): Block => ({ sdt: { tag, title: titleText, placeholder }, body });

/** Every section id; `rest(...)` lists the ones not named, for agreements that have few sections. */
export const ALL_SECTIONS: readonly SectionId[] = SECTION_IDS;
export const rest = (...named: SectionId[][]): SectionId[] => ALL_SECTIONS.filter((id) => !named.some((list) => list.includes(id)));
