import { cite, CIN_CP } from '../guidance';
import { NO_FINDINGS, type ParagraphRule } from '../rule';
import { TIME_EXPRESSION } from '../timing';

// CIN/CP guidance §2.4 lists what a supervised-contact task must state. We check the parts a
// reader can see in one line; missing two or more is worth a prompt.
const CONTACT = /\b(?:supervised|unsupervised)\s+(?:contact|visits?|time|family time)\b|(?<!\bno\s|\bnot have\s|\bany\s|\bin\s|\bkeep in\s|\bstay in\s)\bcontact\s+(?:with|between)\s+(?!(?:the\s+)?(?:social worker|school|nursery|office|police|service|services|team|gp|worker|health visitor|professionals?|agency|agencies|council|duty|us|me)\b)\w|\bfamily time\b|\bcontact(?: sessions?| visits?)? (?:will|is to|should) (?:take place|happen|be)\b/;

const CHECKS: Array<{ part: string; pattern: RegExp }> = [
  { part: 'how often and for how long', pattern: TIME_EXPRESSION },
  { part: 'where it takes place', pattern: /\b(?:at|in)\s+(?:the\s+)?(?:[a-z]+\s+){0,3}(?:centre|center|home|house|office|park|library|venue|room|school|nursery|caf[eé]|hall|flat|contact centre|community)\b|\bvenue\b|\bwhere\b/ },
  { part: 'who supervises it', pattern: /\bsupervised by\b|\bsupervis(?:e|es|or|ing)\b.*\b(?:by|will)\b|\b(?:will|to) supervise\b|\bunsupervised\b/ },
  { part: 'who takes and collects the children', pattern: /\b(?:take|takes|bring|brings|collect|collects|drop|drops|pick(?:s)? up|transport|drive|drives|fetch|fetches|escort)\b/ },
];

export const contactArrangementsRule: ParagraphRule = {
  id: 'contact-arrangements',
  scope: 'paragraph',
  category: 'contact-arrangements',
  severity: 'warning',
  description:
    'A task about supervised contact should say how often and how long, who it is with, who cannot be there, where, who supervises, who takes and collects the children, and the contact numbers.',
  source: cite(CIN_CP, '§2.4 Specific tasks (supervised contact)'),
  check({ folded, section }) {
    if (section === 'concerns' || section === 'purpose') return NO_FINDINGS;
    const match = CONTACT.exec(folded);
    if (!match) return NO_FINDINGS;
    const missing = CHECKS.filter((check) => !check.pattern.test(folded)).map((check) => check.part);
    if (missing.length < 2) return NO_FINDINGS;
    return [
      {
        start: match.index,
        end: match.index + match[0].length,
        message: `This contact arrangement does not say ${missing.join(', ')}. Guidance asks for these details, plus who cannot attend and emergency contact numbers.`,
        suggestions: ['Mr Smith will see Jo and Sam every Saturday from 10am to 12pm at Oak Tree Family Centre, supervised by Sue Lee (family support worker). Rita Dilley will take the children and collect them.'],
      },
    ];
  },
  examples: [
    {
      section: 'family-commitments',
      bad: ['Mr Smith will have supervised contact with the children.', 'Contact with dad will be supervised.'],
      good: [
        'Mr Smith will see Jo and Sam every Saturday from 10am to 12pm at Oak Tree Family Centre, supervised by Sue Lee (family support worker). Rita Dilley will take the children and collect them.',
        'Ms Smith will contact the social worker if she is worried.',
      ],
    },
  ],
};
