import { agreementTemplate, type Profile, type SectionId, type TemplateSection } from '../core';
import { templateLines } from './template-lines';
import type { ParagraphLike, WordContextLike, WordRun } from './word-types';

// Writing the agreement template into Word: each section's paragraphs wrapped in a content control
// tagged with the section id (WordApi 1.3). Two round trips per insertion.

/** Insert the profile's template: at the start of an empty document, otherwise at the end. Sections already there are not added again. */
export function insertTemplate(run: WordRun, profile: Profile): Promise<SectionId[]> {
  return run(async (context) => {
    const controls = context.document.contentControls.load('items/tag');
    // Two paragraphs are enough to tell an empty document from one with text.
    const firstTwo = context.document.body.paragraphs.load({ text: true, $top: 2 });
    await context.sync();
    const existing = new Set(controls.items.map((c) => c.tag));
    const template = agreementTemplate(profile);
    const missing = template.sections.filter((section) => !existing.has(section.id));
    if (missing.length === 0) return [];
    const empty = firstTwo.items.length <= 1 && firstTwo.items.every((p) => p.text.trim() === '');
    let anchor: ParagraphLike | null = null;
    if (empty && existing.size === 0) {
      anchor = context.document.body.insertParagraph(template.title, 'Start');
      anchor.styleBuiltIn = 'Title';
    }
    for (const section of missing) anchor = writeSection(context, section, anchor ? { after: anchor } : { atEnd: true });
    await context.sync();
    return missing.map((s) => s.id);
  });
}

/** Insert one missing section where the template puts it: before the next section that is present. */
export function insertSection(run: WordRun, profile: Profile, id: SectionId): Promise<boolean> {
  return run(async (context) => {
    const controls = context.document.contentControls.load('items/tag');
    await context.sync();
    const tags = controls.items.map((c) => c.tag);
    if (tags.includes(id)) return false;
    const sections = agreementTemplate(profile).sections;
    const section = sections.find((s) => s.id === id);
    if (!section) return false;
    const order = sections.map((s) => s.id);
    const later = order.slice(order.indexOf(id) + 1);
    const next = controls.items.find((c) => later.includes(c.tag as SectionId));
    if (next) writeSection(context, section, { replacingFirst: next.insertParagraph(section.heading, 'Before') });
    else writeSection(context, section, { atEnd: true });
    await context.sync();
    return true;
  });
}

/** Queue one section's paragraphs and wrap them in a content control tagged with the section id. */
function writeSection(context: WordContextLike, section: TemplateSection, where: { after: ParagraphLike } | { atEnd: true } | { replacingFirst: ParagraphLike }): ParagraphLike {
  const lines = templateLines(section);
  let first: ParagraphLike;
  if ('replacingFirst' in where) first = where.replacingFirst;
  else if ('after' in where) first = where.after.insertParagraph(lines[0].text, 'After');
  else first = context.document.body.insertParagraph(lines[0].text, 'End');
  first.styleBuiltIn = 'Heading2';
  let last = first;
  for (const line of lines.slice(1)) {
    last = last.insertParagraph(line.text, 'After');
    last.styleBuiltIn = 'Normal';
    if (line.kind === 'guidance') {
      last.font.italic = true;
      last.font.color = '#595959';
    }
  }
  const control = first.getRange('Start').expandTo(last.getRange('End')).insertContentControl();
  control.tag = section.id;
  control.title = section.heading;
  control.appearance = 'BoundingBox';
  return last;
}
