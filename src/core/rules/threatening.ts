import { cite, CIN_CP } from '../guidance';
import { NO_FINDINGS, type ParagraphRule, type RawFinding } from '../rule';

// Consequences must be set out, but case law says not as a threat (CIN/CP guidance §4).
// Threat wording states a drastic outcome as certain or automatic, or talks of using the
// agreement as evidence. A fair consequence names a step people can expect (a meeting, a review,
// legal advice) or says what the council "may" need to consider.
const DRASTIC = "(?:removed|taken (?:away|into care|off you|from you)|put (?:in|into) care|placed (?:in (?:foster )?care|with foster carers|elsewhere)|(?:go|come|be taken) into (?:foster )?care|accommodated|adopted|not (?:be )?(?:returned|allowed (?:to )?(?:come )?home)|lose (?:your|their|his|her) (?:children|child|kids|baby))";
const PROCEEDINGS = '(?:(?:care|court|legal) (?:proceedings|action|order)|proceedings|legal action|court(?: action)?|an? (?:care|court|emergency protection|supervision) order|the court|removal|police action|prosecution|arrest)';

const THREAT_WORDS = /remov|taken|care\b|court|proceeding|evidence|chance|warning|tolerance|compl|or else|lose|order|legal|arrest|adopt|placed|accommodat|return|prosecut|police|take (?:your|the) /;

/**
 * Every alternative of DRASTIC contains one of these words, so a paragraph without any of them
 * cannot match the first (and slowest) threat pattern, which is then skipped.
 */
const DRASTIC_WORDS = /removed|taken |care|placed |accommodated|adopted|returned|allowed |lose /;

/**
 * Each threat pattern, what it says, and a cheap test that any match needs: words every match
 * contains, so a paragraph without them skips the pattern.
 */
export const THREAT_PATTERNS: Array<[RegExp, string, RegExp?]> = [
  [new RegExp(`\\b(?:your|the|their|his|her|both|all)?\\s*(?:children|child|kids|baby|son|daughter|[a-z]+ and [a-z]+)\\s+(?:will|shall|must|are going to|is going to|would)\\s+(?:then\\s+|immediately\\s+|automatically\\s+|definitely\\s+)?(?:be\\s+)?${DRASTIC}`), 'states that the children will be removed', DRASTIC_WORDS],
  [new RegExp(`\\b(?:we|the (?:local authority|council)|children's (?:social care|services)|social services|social care|the la)\\s+(?:will|shall|are going to)\\s+(?:have to |immediately |automatically |then |have no choice but to )?(?:remove|take)\\s+(?:your|the|their|his|her)\\s+(?:children|child|kids|baby)`), 'says the council will take the children', /remove\s|take\s/],
  [new RegExp(`\\b(?:will|shall|is going to)\\s+(?:automatically |immediately |then |definitely |directly )?(?:result in|lead to|mean|trigger|end in)\\s+(?:an?\\s+|the\\s+|immediate\\s+|us\\s+(?:starting|issuing)\\s+)*(?:immediate\\s+)?${PROCEEDINGS}`), 'says proceedings will follow automatically', /result in|lead to|mean|trigger|end in/],
  [new RegExp(`\\b(?:we|the (?:local authority|council)|children's (?:social care|services)|social care|the la)\\s+(?:will|shall|are going to)\\s+(?:immediately |automatically |then |have no choice but to |have to )?(?:issue|start|begin|instigate|initiate|commence|take)\\s+(?:care |court |legal )?(?:proceedings|legal action|you to court|the matter to court|this to court)`), 'says the council will go to court', /proceedings|legal action|to court/],
  [new RegExp(`\\b(?:you|they|parents?|mum|dad|ms \\w+|mr \\w+|mrs \\w+)\\s+(?:will|shall|are going to|is going to)\\s+(?:be taken to court|end up in court|lose (?:your|their|his|her) (?:children|child|kids|baby))`), 'threatens court or the loss of the children', /court|lose /],
  [/\b(?:this|the|these|your|any)\s+(?:agreement|breach(?:es)?|failures?|information|behaviour|records?)\s+(?:will|can|may|could)\s+(?:be\s+)?(?:used|presented|shown|produced)\s+(?:as\s+evidence|in\s+court|to\s+the\s+court|in\s+(?:care|court|any)\s+proceedings)/, 'says the agreement will be used as evidence in court', /evidence|court|proceedings/],
  [/\bused\s+as\s+evidence\b|\bevidence\s+(?:for|in)\s+(?:court|care proceedings|any proceedings)\b/, 'says the agreement is evidence for court', /evidence/],
  [/\b(?:last|final|only)\s+chance\b|\bfinal\s+warning\b|\bno\s+(?:more|further)\s+chances\b|\bzero\s+tolerance\b|\bthere\s+will\s+be\s+no\s+(?:more|further)\s+warnings?\b/, 'is worded as an ultimatum', /chance|warning|tolerance/],
  [/\b(?:must|will)\s+comply\s+or\b|\bor\s+else\b|\bor\s+(?:face|we will|your children)\b/, 'is worded as an ultimatum', /comply|or\s+(?:else|face|we will|your children)/],
  [/\b(?:failure|failing|refusal|refusing)\s+to\s+(?:comply|co-?operate|engage|keep to|stick to|follow|adhere)[^.]{0,80}?\b(?:will|shall)\s+(?:result|lead|mean|be)\b/, 'says failing to comply will have a fixed punishment', /fail|refus/],
  [/\bif\s+(?:you|ms \w+|mr \w+|mum|dad|the parents|parents|they)\s+(?:do not|don't|does not|doesn't|fail to|fails to|break|breaks|breach|breaches)\b[^.]{0,120}?\b(?:will|shall)\s+(?:be\s+)?(?:immediately\s+|automatically\s+)?(?:remove|removed|taken into care|take (?:the |your )?(?:children|child)|go to court|start (?:care )?proceedings|issue (?:care )?proceedings)/, 'makes removal or court the automatic result of a breach', /remov|tak|court|proceedings/],
];

export const threateningRule: ParagraphRule = {
  id: 'threatening',
  scope: 'paragraph',
  category: 'threatening',
  severity: 'error',
  description:
    'Consequences must be set out clearly but not as a threat: say what will happen next (a meeting, a review, legal advice), not that the children will be removed.',
  source: cite(CIN_CP, '§4 Case Law (consequences "should not be worded in terms of a threat")'),
  check({ text, folded }) {
    // Nearly every paragraph has none of these words; skip the threat patterns for those.
    if (!THREAT_WORDS.test(folded)) return NO_FINDINGS;
    const findings: RawFinding[] = [];
    const covered: Array<[number, number]> = [];
    for (let k = 0; k < THREAT_PATTERNS.length; k++) {
      const pattern = THREAT_PATTERNS[k][0];
      const why = THREAT_PATTERNS[k][1];
      const needs = THREAT_PATTERNS[k][2];
      if (needs && !needs.test(folded)) continue;
      const match = pattern.exec(folded);
      if (!match) continue;
      let start = match.index;
      const end = start + match[0].length;
      while (start < end && /\s/.test(folded[start])) start++;
      if (covered.some(([s, e]) => start < e && end > s)) continue;
      covered.push([start, end]);
      findings.push({
        start,
        end,
        message: `This ${why}. Case law says consequences must not be worded as a threat. Say calmly what would happen next and who would decide.`,
        suggestions: [
          'If this agreement is not kept, we will meet with you to talk about what has happened and what needs to change.',
          'If the worries continue, the social worker will talk to their manager and may ask for legal advice about how best to keep the children safe.',
        ],
      });
    }
    void text;
    return findings;
  },
  examples: [
    {
      section: 'contingency',
      bad: [
        'If you do not stick to this agreement your children will be removed.',
        'Failure to comply with this agreement will result in care proceedings.',
        'This is your last chance to keep the children at home.',
        'Any breach will be used as evidence in court.',
        'The local authority will issue care proceedings if Mr Smith returns to the home.',
      ],
      good: [
        'If this agreement is not kept, the social worker will arrange a meeting with Ms Smith and her manager within five working days.',
        'A strategy discussion with the police and other services will be held.',
        'If the worries continue, the social worker will talk to her manager and may seek legal advice.',
        'The review meeting on 7 January 2027 will look at what has gone well and what needs to change.',
      ],
    },
  ],
};
