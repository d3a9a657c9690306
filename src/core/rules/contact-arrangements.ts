import { cite, CIN_CP } from '../guidance';
import { NO_FINDINGS, type ParagraphRule } from '../rule';
import { TIME_EXPRESSION } from '../timing';

// CIN/CP guidance §2.4 lists what a supervised-contact task must state. We check the parts a
// reader can see in one line; missing two or more is worth a prompt.
const CONTACT = /\b(?:supervised|unsupervised)\s+(?:contact|visits?|time|family time)\b|(?<!\bno\s|\bnot have\s|\bany\s|\bin\s|\bkeep in\s|\bstay in\s)\bcontact\s+(?:with|between)\s+(?!(?:the\s+)?(?:social worker|school|nursery|office|police|service|services|team|gp|worker|health visitor|professionals?|agency|agencies|council|duty|us|me)\b)\w+|\bfamily time\b|\bcontact(?: sessions?| visits?)? (?:will|is to|should) (?:take place|happen|be)\b/;

/** The details a contact task should give, each with the pattern that shows it is there. */
const DETAILS: Array<{ part: string; pattern: RegExp }> = [
  { part: 'how often and for how long', pattern: TIME_EXPRESSION },
  { part: 'where it takes place', pattern: /\b(?:at|in)\s+(?:the\s+)?(?:[a-z]+\s+){0,3}(?:centre|center|home|house|office|park|library|venue|room|school|nursery|caf[eé]|hall|flat|contact centre|community)\b|\bvenue\b|\bwhere\b/ },
  { part: 'who supervises it', pattern: /\bsupervised by\b|\bsupervis(?:e|es|or|ing)\b.*\b(?:by|will)\b|\b(?:will|to) supervise\b|\bunsupervised\b/ },
  { part: 'who takes and collects the children', pattern: /\b(?:take|takes|bring|brings|collect|collects|drop|drops|pick(?:s)? up|transport|drive|drives|fetch|fetches|escort)\b/ },
];

/** A prompt needs two or more details missing: one gap alone is often given elsewhere. */
const MOST_MISSING_WITHOUT_PROMPT = 1;

const SUGGESTION =
  'Mr Smith will see Jo and Sam every Saturday from 10am to 12pm at Oak Tree Family Centre, supervised by Sue Lee (family support worker). Rita Dilley will take the children and collect them.';

export const contactArrangementsRule: ParagraphRule = {
  id: 'contact-arrangements',
  scope: 'paragraph',
  category: 'contact-arrangements',
  severity: 'warning',
  description:
    'A task about supervised contact should say how often and how long, who it is with, who cannot be there, where, who supervises, who takes and collects the children, and the contact numbers.',
  source: cite(CIN_CP, '§2.4 Specific tasks (supervised contact)'),
  messages: {
    missingDetails: 'This contact arrangement does not say {{missing}}. Guidance asks for these details, plus who cannot attend and emergency contact numbers.',
  },
  // A contact arrangement missing its details already asks how often: no vague-task prompt as well.
  hides: ['vague-task'],
  check({ folded, section }) {
    if (section === 'concerns' || section === 'purpose') return NO_FINDINGS;
    const match = CONTACT.exec(folded);
    if (!match) return NO_FINDINGS;
    const missing = DETAILS.filter((detail) => !detail.pattern.test(folded)).map((detail) => detail.part);
    if (missing.length <= MOST_MISSING_WITHOUT_PROMPT) return NO_FINDINGS;
    return [{ start: match.index, end: match.index + match[0].length, messageId: 'missingDetails', data: { missing: missing.join(', ') }, suggestions: [SUGGESTION] }];
  },
};
