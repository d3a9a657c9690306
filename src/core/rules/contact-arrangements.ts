import { cite, CIN_CP } from '../guidance';
import { NO_FINDINGS, type ParagraphRule } from '../rule';
import { TIME_EXPRESSION } from '../timing';

// CIN/CP guidance §2.4 lists what a supervised-contact task must state. We check the parts a
// reader can see in one line; missing two or more is worth a prompt.
const CONTACT_PATTERN = /\b(?:supervised|unsupervised)\s+(?:contact|visits?|time|family time)\b|(?<!\bno\s|\bnot have\s|\bany\s|\bin\s|\bkeep in\s|\bstay in\s)\bcontact\s+(?:with|between)\s+(?!(?:the\s+)?(?:social worker|school|nursery|office|police|service|services|team|gp|worker|health visitor|professionals?|agency|agencies|council|duty|us|me)\b)\w+|\bcontact(?: sessions?| visits?)? (?:will|is to|should) (?:take place|happen|be)\b|(?<!\b(?:missed|during|each|every|before|after|of|for)\s)\bfamily time(?= (?:will|is to|should|with|between)\b)|(?<=\b(?:have|has|having|get|gets|attend|attends|arrange|arranges|offer|offers)\s+(?:some\s+|regular\s+|weekly\s+|daily\s+|more\s+|supervised\s+|unsupervised\s+|direct\s+|indirect\s+|face[- ]to[- ]face\s+|telephone\s+|phone\s+|video\s+)?)(?:contact|family time)\b(?!\s+(?:with|between)\s+(?:the\s+)?(?:social worker|school|nursery|office|police|service|services|team|gp|worker|health visitor|professionals?|agency|agencies|council|duty|us|me)\b)|\b(?:see|sees|seeing|visit|visits|spend time with|spends time with)\s+(?:his|her|their)\s+(?:dad|mum|father|mother|parents?|birth (?:mum|dad|mother|father|parents?)|grand\w+|nan|nana|gran|granny|grandad|brothers?|sisters?|siblings?)\b/;

/**
 * A contact arrangement, and the words every match of it contains (each alternative above needs
 * "supervised", "contact", "family time", "see…", "visit…" or "spend(s) time with"): most
 * paragraphs have none of them, and the cheap test spares them the lookbehinds.
 */
export const CONTACT = { pattern: CONTACT_PATTERN, needs: /supervised|contact|family\s+time|\bsee|\bvisit|\bspends? time with/ };

/** "as set out below:", "in the table below": the details follow in a table of their own. */
const DETAILS_BELOW = /\b(?:set out|shown|listed|given|as)\s+below\b|\bin the (?:table|schedule|plan) below\b|:\s*$/;

const SUPERVISOR = 'who supervises it';

/** The details a contact task should give, each with the pattern that shows it is there. */
const DETAILS: Array<{ part: string; pattern: RegExp }> = [
  { part: 'how often and for how long', pattern: TIME_EXPRESSION },
  { part: 'where it takes place', pattern: /\b(?:at|in)\s+(?:the\s+)?(?:[a-z]+\s+){0,3}(?:centre|center|home|house|office|park|library|venue|room|school|nursery|caf[eé]|hall|flat|contact centre|community|hospital|ward|clinic|prison|church|club|hub)\b|\bvenue\b|\bwhere\b/ },
  { part: SUPERVISOR, pattern: /\bsupervised by\b|\bsupervis(?:e|es|or|ing)\b.*\b(?:by|will)\b|\b(?:will|to) supervise\b|\bunsupervised\b/ },
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
    const match = CONTACT.needs.test(folded) ? CONTACT.pattern.exec(folded) : null;
    if (!match || DETAILS_BELOW.test(folded)) return NO_FINDINGS;
    // Who supervises is asked of supervised contact; time with a parent nobody supervises does not need it.
    const supervised = /\bsupervis/.test(folded) && !/\bunsupervised\b/.test(folded);
    const missing = DETAILS.filter((detail) => (supervised || detail.part !== SUPERVISOR) && !detail.pattern.test(folded)).map((detail) => detail.part);
    if (missing.length <= MOST_MISSING_WITHOUT_PROMPT) return NO_FINDINGS;
    return [{ start: match.index, end: match.index + match[0].length, messageId: 'missingDetails', data: { missing: missing.join(', ') }, suggestions: [SUGGESTION] }];
  },
};
