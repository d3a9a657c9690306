import { formatDate } from './dates';
import type { Block } from './model';
import { nextAgreementNumber } from './checklist';

/**
 * An amended agreement is a new document with the next number (CIN/CP guidance §2.6, Derby and
 * Derbyshire §10): same content, the next number, today's date, and signature lines left blank.
 */
export function amendedAgreement(blocks: readonly Block[], today: Date): { blocks: Block[]; number: string } {
  let number = '';
  const out = blocks.map((block) => {
    const text = block.text;
    if (block.tag === 'clear-agreements-checklist' || block.tag === 'clear-agreements-review-record') return null;
    const numberMatch = /^(.*?\bagreement\s*(?:number|no\.?)\s*[:;]?\s*)(\d+)(.*)$/i.exec(text);
    if (numberMatch && !number) {
      number = nextAgreementNumber(numberMatch[2]);
      return { ...block, text: `${numberMatch[1]}${number}${numberMatch[3]}` };
    }
    const dateMatch = /^(\s*(?:date(?: of (?:this )?agreement)?|agreement date)\s*[:;]\s*)(.*)$/i.exec(text);
    if (dateMatch && block.tag !== 'signatures' && block.tag !== 'team-manager-signature') return { ...block, text: `${dateMatch[1]}${formatDate(today)}` };
    // Signature lines start blank: keep the names, drop anything written after "signed" or "date".
    if (block.tag === 'signatures' || block.tag === 'team-manager-signature') {
      const signed = /^(.*?)\b(?:signed|signature)\b/i.exec(text);
      if (signed) return { ...block, text: `${signed[1]}signed ____________  Date ____________` };
      const dated = /^(.*?)\bdate\b/i.exec(text);
      if (dated) return { ...block, text: `${dated[1]}Date ____________` };
    }
    return block;
  });
  return { blocks: out.filter((b): b is Block => b !== null), number: number || '2' };
}
