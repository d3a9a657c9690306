import type { TemplateSection } from '../core';

export interface TemplateLine {
  text: string;
  kind: 'heading' | 'guidance' | 'body';
}

/** How one template section reads in Word, from the single template definition. */
export function templateLines(section: TemplateSection): TemplateLine[] {
  const lines: TemplateLine[] = [
    { text: section.heading, kind: 'heading' },
    { text: section.guidance, kind: 'guidance' },
  ];
  const body = section.body;
  switch (body.kind) {
    case 'field':
      lines.push({ text: `${body.label} `, kind: 'body' });
      break;
    case 'fields':
      for (const label of body.labels) lines.push({ text: `${label} `, kind: 'body' });
      break;
    case 'numbered':
      lines.push({ text: '1. ', kind: 'body' });
      break;
    case 'fixed':
      lines.push({ text: body.text, kind: 'body' });
      break;
    case 'text':
      lines.push({ text: '', kind: 'body' });
      break;
    case 'signatures':
      for (const row of body.rows) lines.push({ text: `${row}: signed ____________________  Date ____________`, kind: 'body' });
      break;
  }
  return lines;
}
