import { cite, CIN_CP } from '../guidance';
import { NO_FINDINGS, type ParagraphRule, type RawFinding } from '../rule';
import { WordGate, type NeedsWords } from '../word-gate';

// Consequences must be set out, but case law says not as a threat (CIN/CP guidance §4).
// Threat wording states a drastic outcome as certain or automatic, or talks of using the
// agreement as evidence. A fair consequence names a step people can expect (a meeting, a review,
// legal advice) or says what the council "may" need to consider.
const DRASTIC = "(?:removed|taken (?:away|into care|off you|from you)|put (?:in|into) care|placed (?:in (?:foster )?care|with foster carers|elsewhere)|(?:go|come|be taken) into (?:foster )?care|accommodated|adopted|not (?:be )?(?:returned|allowed (?:to )?(?:come )?home)|lose (?:your|their|his|her) (?:children|child|kids|baby))";
const PROCEEDINGS = '(?:(?:care|court|legal) (?:proceedings|action|order)|proceedings|legal action|court(?: action)?|an? (?:care|court|emergency protection|supervision) order|the court|removal|police action|prosecution|arrest)';

const THREAT_WORDS = /remov|taken|care\b|court|proceeding|evidence|chance|warning|tolerance|compl|or else|lose|order|legal|arrest|adopt|placed|accommodat|return|prosecut|police|take (?:your|the) |against|solicitor|lawyer/;

/**
 * Every alternative of DRASTIC contains one of these words, so a paragraph without any of them
 * cannot match the first (and slowest) threat pattern, which is then skipped.
 */
const DRASTIC_WORDS = ['removed', 'taken ', 'care', 'placed ', 'accommodated', 'adopted', 'returned', 'allowed ', 'lose '];

type ThreatMessage = keyof typeof MESSAGES;

const WHY = 'Case law says consequences must not be worded as a threat. Say calmly what would happen next and who would decide.';
const MESSAGES = {
  childrenRemoved: `This states that the children will be removed. ${WHY}`,
  councilTakesChildren: `This says the council will take the children. ${WHY}`,
  proceedingsFollow: `This says proceedings will follow automatically. ${WHY}`,
  councilGoesToCourt: `This says the council will go to court. ${WHY}`,
  courtOrLoss: `This threatens court or the loss of the children. ${WHY}`,
  usedAsEvidence: `This says the agreement will be used as evidence in court. ${WHY}`,
  evidenceForCourt: `This says the agreement is evidence for court. ${WHY}`,
  ultimatum: `This is worded as an ultimatum. ${WHY}`,
  fixedPunishment: `This says failing to comply will have a fixed punishment. ${WHY}`,
  automaticResult: `This makes removal or court the automatic result of a breach. ${WHY}`,
  heldAgainst: `This says not keeping the agreement will be held against the parent. ${WHY}`,
};

const SUGGESTIONS = [
  'If this agreement is not kept, we will meet with you to talk about what has happened and what needs to change.',
  'If the worries continue, the social worker will talk to their manager and may ask for legal advice about how best to keep the children safe.',
];

/** A threat pattern, the message it gives, and a cheap test: words every match contains (one of them at least), so a paragraph without them skips the pattern. */
export interface ThreatPattern extends NeedsWords {
  messageId: ThreatMessage;
  pattern: RegExp;
}

export const THREAT_PATTERNS: ThreatPattern[] = [
  { messageId: 'childrenRemoved', pattern: new RegExp(`\\b(?:your|the|their|his|her|both|all)?\\s*(?:children|child|kids|baby|son|daughter|[a-z]+ and [a-z]+)\\s+(?:will|shall|must|are going to|is going to|would)\\s+(?:then\\s+|immediately\\s+|automatically\\s+|definitely\\s+)?(?:be\\s+)?${DRASTIC}`), needs: DRASTIC_WORDS },
  { messageId: 'councilTakesChildren', pattern: new RegExp(`\\b(?:we|the (?:local authority|council)|children's (?:social care|services)|social services|social care|the la)\\s+(?:will|shall|are going to)\\s+(?:have to |immediately |automatically |then |have no choice but to )?(?:remove|take)\\s+(?:your|the|their|his|her)\\s+(?:children|child|kids|baby)`), needs: ['remove', 'take'] },
  { messageId: 'proceedingsFollow', pattern: new RegExp(`\\b(?:will|shall|is going to)\\s+(?:automatically |immediately |then |definitely |directly )?(?:result in|lead to|mean|trigger|end in)\\s+(?:an?\\s+|the\\s+|immediate\\s+|us\\s+(?:starting|issuing)\\s+)*(?:immediate\\s+)?${PROCEEDINGS}`), needs: ['result in', 'lead to', 'mean', 'trigger', 'end in'] },
  { messageId: 'councilGoesToCourt', pattern: new RegExp(`\\b(?:we|the (?:local authority|council)|children's (?:social care|services)|social care|the la)\\s+(?:will|shall|are going to)\\s+(?:immediately |automatically |then |have no choice but to |have to )?(?:issue|start|begin|instigate|initiate|commence|take)\\s+(?:care |court |legal )?(?:proceedings|legal action|you to court|the matter to court|this to court)`), needs: ['proceedings', 'legal action', 'to court'] },
  { messageId: 'courtOrLoss', pattern: new RegExp(`\\b(?:you|they|parents?|mum|dad|ms \\w+|mr \\w+|mrs \\w+)\\s+(?:will|shall|are going to|is going to)\\s+(?:be taken to court|end up in court|lose (?:your|their|his|her) (?:children|child|kids|baby))`), needs: ['court', 'lose '] },
  { messageId: 'usedAsEvidence', pattern: /\b(?:this|the|these|your|any)\s+(?:agreement|breach(?:es)?|failures?|information|behaviour|records?)\s+(?:will|can|may|could)\s+(?:be\s+)?(?:used|presented|shown|produced)\s+(?:as\s+evidence|in\s+court|to\s+the\s+court|in\s+(?:care|court|any)\s+proceedings)/, needs: ['evidence', 'court', 'proceedings'] },
  { messageId: 'evidenceForCourt', pattern: /\bused\s+as\s+evidence\b|\bevidence\s+(?:for|in)\s+(?:court|care proceedings|any proceedings)\b/, needs: ['evidence'] },
  { messageId: 'ultimatum', pattern: /\b(?:last|final|only)\s+chance\b|\bfinal\s+warning\b|\bno\s+(?:more|further)\s+chances\b|\bzero\s+tolerance\b|\bthere\s+will\s+be\s+no\s+(?:more|further)\s+warnings?\b/, needs: ['chance', 'warning', 'tolerance'] },
  { messageId: 'ultimatum', pattern: /\b(?:must|will)\s+comply\s+or\b|\bor\s+else\b|\bor\s+(?:face|we will|your children)\b/, needs: ['comply', 'else', 'face', 'we will', 'your children'] },
  { messageId: 'fixedPunishment', pattern: /\b(?:failure|failing|refusal|refusing)\s+to\s+(?:comply|co-?operate|engage|keep to|stick to|follow|adhere)[^.]{0,80}?\b(?:will|shall)\s+(?:result|lead|mean|be)\b/, needs: ['fail', 'refus'] },
  { messageId: 'automaticResult', pattern: /\bif\s+(?:you|ms \w+|mr \w+|mum|dad|the parents|parents|they)\s+(?:do not|don't|does not|doesn't|fail to|fails to|break|breaks|breach|breaches)\b[^.]{0,120}?\b(?:will|shall)\s+(?:be\s+)?(?:immediately\s+|automatically\s+)?(?:remove|removed|taken into care|take (?:the |your )?(?:children|child)|go to court|start (?:care )?proceedings|issue (?:care )?proceedings)/, needs: ['remov', 'tak', 'court', 'proceedings'] },
  // The same threats whoever is named and whatever the verb: "Ben will be taken into care if…",
  // "we will have to take Lily into care", "we will refer the matter to our legal team",
  // "this will count against you".
  { messageId: 'childrenRemoved', pattern: /\b(?:will|would|shall|could|may|might)\s+(?:have to\s+|then\s+|need to\s+)?be\s+(?:taken|removed|placed|put|accommodated)\s+(?:away\s+)?(?:into|in|from)\s+(?:foster\s+)?(?:care|your care|the family home|your home|home)\b/, needs: ['taken', 'removed', 'placed', 'put', 'accommodated'] },
  { messageId: 'councilTakesChildren', pattern: /\b(?:we|the (?:local authority|council)|children's (?:social care|services)|social care|social services|the la)\s+(?:will|would|shall|may|might|could)\s+(?:have to\s+|need to\s+|be forced to\s+|have no choice but to\s+|then\s+)*(?:take|place|put|remove)\s+(?:[a-z'’]+\s+){0,3}?(?:into|in)\s+(?:foster\s+)?care\b|\b(?:we|the (?:local authority|council))\s+(?:will|would|may|might)\s+(?:have to\s+)?consider\s+(?:removing|taking|care proceedings|court)/, needs: ['care', 'consider'] },
  { messageId: 'councilGoesToCourt', pattern: /\brefer\s+(?:the\s+matter|this|the\s+case|it|you|your\s+case|the\s+family)\s+(?:to|on\s+to)\s+(?:our|the|a)\s+(?:legal\s+(?:team|department|services)|solicitors?|lawyers?|court)\b|\b(?:take|taken|bring|brought)\s+(?:you|the\s+matter|this|the\s+case)\s+(?:back\s+)?to\s+court\b/, needs: ['legal', 'solicitor', 'lawyer', 'court'] },
  { messageId: 'heldAgainst', pattern: /\b(?:count|counts|be\s+held|be\s+used|go|goes|weigh)\s+against\s+(?:you|them|him|her|the\s+parents?|your\s+case)\b/, needs: ['against'] },
];

/** Which threat patterns a paragraph can match, from one scan for the words they need. */
const THREAT_GATE = new WordGate(THREAT_PATTERNS);

export const threateningRule: ParagraphRule = {
  id: 'threatening',
  scope: 'paragraph',
  category: 'threatening',
  severity: 'error',
  description:
    'Consequences must be set out clearly but not as a threat: say what will happen next (a meeting, a review, legal advice), not that the children will be removed.',
  source: cite(CIN_CP, '§4 Case Law (consequences "should not be worded in terms of a threat")'),
  messages: MESSAGES,
  check({ folded }) {
    // Nearly every paragraph has none of these words; skip the threat patterns for those.
    if (!THREAT_WORDS.test(folded)) return NO_FINDINGS;
    const findings: RawFinding[] = [];
    for (const { messageId, pattern } of THREAT_GATE.passing(folded)) {
      const match = pattern.exec(folded);
      if (!match) continue;
      const end = match.index + match[0].length;
      const start = match.index + (match[0].length - match[0].trimStart().length);
      // One finding per stretch of text: a later pattern matching the same words adds nothing.
      if (findings.some((found) => start < found.end && end > found.start)) continue;
      findings.push({ start, end, messageId, suggestions: SUGGESTIONS });
    }
    return findings;
  },
};
