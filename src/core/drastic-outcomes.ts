// The outcomes a threat puts as the price of a family's failure, as classes of meaning rather than
// wordings: the child living elsewhere or leaving the parent's care, the parent's care or time with
// the child ended or cut, the court or the council's legal route, the breach read against the
// parent, the council's hand said to be forced. Each class is built from the word lists in
// lexicon/consequence-cues.ts; breach-consequence.ts joins them to the condition.

import {
  anyOf, AWAY_MARKERS, ENDING_VERBS, FAILINGS, HAND_FORCED, JUDGED_AS_VERBS, KEEPING_VERBS, LEAVING_VERBS, LEGAL_ESCALATIONS, LOSING_THE_CHILD,
  MOVING_VERBS, NO_OTHER_WAY_NOUNS, ONGOING_TIME, ONLY_EXCEPT, OTHER_CARERS, OWNED_TIME, PARENT_OR_HOME, PARENT_PRONOUNS, PUNISHMENTS, RIGHTS_TO_SEE, TIME_TOGETHER,
  UNNAMED_STEPS, HELP_NOUNS, NOT_OFFERED_VERBS,
} from './lexicon/consequence-cues';
export type DrasticOutcome = 'livingElsewhere' | 'court' | 'contactEnds' | 'evidence' | 'formalProcess' | 'judgedUnable' | 'fetchedBack' | 'noChoice' | 'punished' | 'unnamedSteps' | 'helpWithdrawn';

/** A named class of drastic outcome and the pattern that finds it in an outcome clause. */
interface OutcomeClass {
  outcome: DrasticOutcome;
  pattern: RegExp;
}

const CHILD = "(?:(?:the|your|their|his|her|both|all)\\s+)?(?:children|child|kids|baby|son|daughter|boys|girls|twins)|\\b(?:he|she|they|[a-z]+(?:\\s+and\\s+[a-z]+)?)";

/** A parent's care, as the place a child may no longer stay: "in your care", "in mum's care", "in his dad's care". */
const SOMEONES_CARE = "(?:your|her|his|their|(?:his|her|their)\\s+(?:mum|dad|mother|father|parents)'s|[a-z]+'s)\\s+care";

/** Whose care or household a child leaves: "her care", "the family's home", "Jade's care". */
const OWNERS = "(?:your|her|his|their|the\\s+family's|[a-z]+'s)";
/** A breach weighed against the parent: "will count against you", "noted against her". */
const AGAINST_VERBS = '(?:count|counts|counted|held|hold|used|use|go|goes|weigh|weighs|work|works|noted|recorded|marked|stand|stands|kept|logged|put)';

export const DRASTIC_OUTCOMES: readonly OutcomeClass[] = [
  {
    outcome: 'livingElsewhere',
    pattern: new RegExp(
      [
        '\\b(?:removed|removal|removing)\\b',
        '\\btaken\\s+(?:away|into\\s+care|(?:off|from)\\s+(?:you|her|him|them|mum|dad|(?:your|her|his|their)\\s+(?:care|parents?|mum|dad|mother|father)))\\b',
        '\\baccommodated\\b',
        // "cared for by someone else", "the end of Jack and Lily living with their mum"
        '\\b(?:cared\\s+for|looked\\s+after|brought\\s+up|raised)\\s+(?:by\\s+(?:someone|somebody|people)\\s+else|elsewhere|away\\s+from)\\b',
        '\\bend\\s+of\\s+(?:[a-z\']+\\s+){1,4}?(?:living|staying|being|life)\\s+(?:at\\s+home|with\\s+\\w+|in\\s+\\w+\\s+care)',
        // The parent losing the children or their care: "lose the care of her children", "forfeit custody".
        '\\b(?:lose|losing|lost|forfeit\\w*)\\s+(?:(?:the|your|her|his|their|all)\\s+)?(?:care|custody|residence|children|child|kids|baby|son|daughter|boys|girls)\\b',
        // Not "go back to his foster carers" after a session: where the child already lives.
        // Not the foster carers the child already lives with: "his foster carer will ring the police".
        "(?<!\\bback\\s+to\\s+the\\s+|\\b(?:his|her|their|[a-z]+'s)\\s+)\\bfoster\\s+(?:carers?|care|placements?|homes?|family)\\b",
        "\\b(?:into|in)\\s+(?:(?:local\\s+authority|the\\s+council's|the\\s+local\\s+authority's|foster|residential)\\s+)?care\\b",
        "\\b(?:into|in)\\s+the\\s+care\\s+of\\s+(?:the\\s+)?(?:local\\s+authority|council|state)\\b",
        // A child moved into another person's care: "Sophie will be moved to her father's care".
        "\\b(?:moved|placed|transferred|sent)\\s+(?:in)?to\\s+(?:(?:his|her|their|the)\\s+)?[a-z]+'s\\s+care\\b",
        // Plans for a life apart from the parent: "permanent plans for Ava", "an alternative placement".
        '\\b(?:permanent|permanence|long[-\\s]term|alternative)\\s+(?:plans?|planning|care|placements?|homes?|carers?|families)\\b',
        // "seeking permanence for Leo": a permanent home found away from the parent, by the word the council uses.
        '\\bseek\\w*\\s+permanence\\b|\\bpermanence\\s+for\\b',
        // "Keira returning to care", "back to care": a child who has come home going back into care.
        '\\b(?:back|return\\w*)\\s+to\\s+(?:foster\\s+|residential\\s+)?care\\b(?!\\s+for\\s+(?!good\\b))',
        // "could lead to the children becoming looked after"
        '\\bbecom\\w*\\s+(?:a\\s+)?(?:looked\\s+after|child(?:ren)?\\s+in\\s+care)\\b',
        '\\badopt(?:ed|ion)\\b',
        '\\bplaced\\s+(?:elsewhere|away|outside)',
        '\\b(?:live|living|stay|staying|go)\\s+(?:somewhere\\s+else|elsewhere|away\\s+from\\s+(?:you|home|the\\s+family))',
        '\\b(?:another|a\\s+new|a\\s+different)\\s+(?:home|family|place\\s+to\\s+live)\\s+for\\b',
        // "will not be able to stay with you", "whether Mia can remain at home"
        `(?:\\b(?:not|cannot|no\\s+longer|never)|n't)\\s+(?:be\\s+)?(?:(?:able|allowed)\\s+to\\s+)?(?:(?:stay|staying|live|living|remain|remaining|return|returning)\\s+(?:with\\s+(?:you|mum|dad|mummy|daddy|(?:his|her|their)\\s+(?:mum|dad|mother|father|parents|family))|at\\s+home|home|in\\s+${SOMEONES_CARE})|(?:come|coming|go|going)\\s+(?:back\\s+)?home)\\b`,
        `\\b${anyOf(LOSING_THE_CHILD)}\\b`,
        // The child moved away from the parent or home, by any verb: "taken from her", "moved out of the home", "kept away from home".
        `\\b${anyOf(MOVING_VERBS)}\\s+(?:[a-z']+\\s+){0,3}?(?:away\\s+)?${anyOf(AWAY_MARKERS)}\\s+(?:${anyOf(PARENT_OR_HOME)}|${anyOf(PARENT_PRONOUNS)})\\b`,
        `\\b${anyOf(KEEPING_VERBS)}\\s+(?:away\\s+from|out\\s+of)\\s+${anyOf(PARENT_OR_HOME)}\\b`,
        // "won't be able to leave the boys in your care"
        `(?:\\bnot|\\bcannot|n't|\\bno\\s+longer|\\bnever)\\s+(?:be\\s+)?(?:(?:able|allowed)\\s+to\\s+)?(?:leave|keep)\\s+(?:${CHILD})\\s+(?:in\\s+your\\s+care|with\\s+you|at\\s+home)\\b`,
        // "will be moving to live with their grandparents on a permanent basis"
        '\\b(?:move|moving|moved|go|going|goes)\\s+(?:to\\s+|in\\s+to\\s+|and\\s+)?live\\s+with\\b',
        // "we will have to look at where else the boys could live", "the end of the plan for her to live with you"
        "\\bwhere\\s+else\\s+(?:[a-z']+\\s+){0,3}?(?:could|can|might|should|will|would|is\\s+going\\s+to)\\s+(?:live|stay|go)\\b",
        "\\bend\\s+(?:of|to)\\s+(?:the\\s+)?plans?\\s+for\\s+(?:[a-z']+\\s+){1,3}?to\\s+(?:live|stay|come|go|return)\\s+(?:home|with)\\b",
        // "we will look at other carers", "to live with another family" (not "let the other family know", nor carers from the family's own network).
        '\\b(?:other|alternative|new|different)\\s+carers?\\b(?!\\s+(?:from|in|within)\\s+(?:the\\s+|your\\s+|their\\s+)?(?:family|network))',
        // Not "another family member", who is the family's own network.
        '\\b(?:with|by|for|find|to)\\s+(?:another|a\\s+different|a\\s+new)\\s+family\\b(?!\\s+(?:member|friend))',
        '\\blooked\\s+after\\s+by\\s+(?:another|a\\s+different|a\\s+new|foster)\\b',
        "\\b(?:live|lives|living|stay|stays|staying|remain|remaining|move|moves|moving|moved|go|goes|going|placed)\\s+(?:(?:with|to|in|at)\\s+[a-z' ]{1,30}?\\s+)?(?:permanently|on\\s+a\\s+permanent\\s+basis|long[-\\s]term|for\\s+good)\\b",
        // The child's home put in question, whatever the verb between: "whether Mia can safely stay living at home", "whether he should carry on living with you".
        `\\bwhether\\s+(?:${CHILD})\\s+(?:can|could|should|will|is\\s+able\\s+to|are\\s+able\\s+to)\\s+(?:(?:safely|still|really)\\s+)?(?:(?:keep|go\\s+on|carry\\s+on|continue)\\s+(?:to\\s+)?)?(?:stay|staying|remain|remaining|live|living|be\\s+(?:cared\\s+for|looked\\s+after|brought\\s+up))\\s+(?:(?:living|safely|on)\\s+)?(?:at\\s+home|home|with\\s+(?:you|her|him|them|mum|dad|(?:his|her|their)\\s+(?:mum|dad|mother|father|parents|family))|in\\s+${SOMEONES_CARE}|by\\s+(?:you|her|him|them))`,
      ].join('|'),
    ),
  },
  {
    outcome: 'court',
    pattern:
      /\b(?:care|court|legal)\s+(?:proceedings|action|application)\b|\ban?\s+(?:[a-z]+\s+)?order\b[^.;]{0,20}?\b(?:applied\s+for|sought)\b|\bcourt\s+(?:process|route|case)\b|\bproceedings\b|\b(?:care|supervision|emergency\s+protection|interim\s+care|placement|court)\s+order\b|\b(?:epo|ico)\b|\bapplication\s+for\s+an?\s+(?:\w+\s+){0,3}order\b|\b(?:the|a|to|on|for|in|towards|into|through|before)\s+(?:the\s+|a\s+)?(?:family\s+|county\s+|high\s+|youth\s+)?courts?\b|\bcourt\s+application\b|\b(?:our|the\s+council's|the\s+local\s+authority's|its)\s+(?:solicitors?|lawyers?|legal\s+(?:team|department|services))\b|\blegal\s+(?:team|department|services|gateway)\b|\bjudge\b|\bmagistrates?\b|\b(?:be|is|means?|meant)\s+court\b(?!-)|(?<!\bno\s)\bdecisions?\s+(?:[a-z]+\s+){0,4}?without\s+(?:you|your\s+(?:views|input|agreement|say|involvement))\b|\bdecide\s+(?:[a-z]+\s+){0,4}?without\s+(?:you|your)\b|\b(?:court\s+)?hearings?\b/,
  },
  {
    outcome: 'contactEnds',
    pattern: new RegExp(String.raw`\b${anyOf(TIME_TOGETHER)}\b[^.;]{0,40}?\b(?:suspended|stopped|ended|ending|stopping|withdrawn|terminated|reduced|cut)\b(?!\s+(?:them|him|her|you|us|me|it)\b)(?![^.;]{0,40}\b(?:until|while|so\s+that)\b)|\b(?:not|never|no\s+longer)\s+(?:be\s+(?:able|allowed)\s+to\s+)?(?:be\s+)?see(?:ing)?\s+(?:the\s+|your\s+|their\s+|his\s+|her\s+)?[a-z]+\s+(?:again|at\s+all|any\s*more)\b|\b(?:lose|losing|forfeit\w*|give\s+up)\s+(?:(?:all|any)\s+)?(?:(?:his|her|their|your|the)\s+)?(?:[a-z]+\s+)?(?:contact|family\s+time|visits?|sessions?|time\s+(?:with|at))\b|\b(?:stopped|prevented|banned|barred)\s+from\s+(?:seeing|visiting|having\s+(?:any\s+)?contact|spending\s+time)\b|\b(?:no\s+longer|not)\s+be\s+(?:allowed|permitted)\s+to\s+(?:see|visit|have\s+(?:any\s+)?contact)\b`),
  },
  // The parent losing the right to see the children, or no longer seeing them: "lose the right to see Kai".
  {
    outcome: 'contactEnds',
    pattern: new RegExp(
      `\\b(?:lose|losing|lost|forfeit\\w*|give\\s+up)\\s+(?:(?:the|your|his|her|their|any|all)\\s+)?rights?\\s+to\\s+${anyOf(RIGHTS_TO_SEE)}\\b` +
        `|\\b(?:no\\s+longer|never)\\s+(?:be\\s+(?:able|allowed|permitted)\\s+to\\s+)?(?:see|visit)\\s+(?:${CHILD})\\b` +
        '|\\b(?:stop|stopped|prevented)\\s+(?:from\\s+)?(?:seeing|visiting)\\s+(?:the|your|his|her|their)\\s+(?:children|child|kids|baby|son|daughter|boys|girls)\\b',
    ),
  },
  // The court as the result in any verb form: "we apply for an order", "asking a judge to decide".
  { outcome: 'court', pattern: new RegExp(`\\b${anyOf(LEGAL_ESCALATIONS)}\\b`) },
  { outcome: 'evidence', pattern: /\bevidence\b|(?<!\b(?:not|never)\s+(?:be\s+)?|n't\s+(?:be\s+)?)\b(?:count|held|used)\s+against\s+you\b/ },
  // The formal routes towards court: a child protection plan imposed, pre-proceedings (a conference is a meeting, and fair).
  {
    outcome: 'formalProcess',
    pattern: /\bescalat\w*\b(?![^.;]{0,40}?\b(?:manager|supervisor|complaint|support|help)\b)|\b(?:placed|put|made\s+subject|subject|go|goes|going|added|(?:moved|stepped|taken|brought|progressed|referred|raised)(?:\s+up)?|(?:move|step|progress)(?:\s+up)?)\s+(?:on|onto|to|into|of|under)\s+(?:a\s+|the\s+)?(?:child\s+protection|cp)(?:\s+(?:plans?|procedures?|register|process|level|stage|status))?\b(?!\s+(?:conference|meeting|review|medical|worker|team|nurse|lead|social))|\b(?:result\w*|lead\w*|led)\s+(?:in|to)\s+(?:[a-z'\u2019]+\s+){0,8}?(?:child\s+protection|cp)\b|\bchild\s+protection\s+(?:procedures|register|enquir\w+|investigation)\b|\b(?:section\s+47|s\.?\s?47)\s+(?:enquir\w+|investigation)\b|\b(?:plo|pre-?proceedings|public\s+law\s+outline|letter\s+before\s+proceedings|legal\s+planning\s+meeting)\b|\bnames?\b[^.;]{0,20}?\b(?:go|put|placed|added)\s+(?:on|onto)\s+(?:the|a)\s+(?:child\s+protection\s+)?register\b/,
  },
  // The parent judged by the breach: "will conclude that Shannon cannot protect the children".
  {
    outcome: 'judgedUnable',
    pattern:
      /\b(?:conclude|decide|take\s+(?:it|this)\s+as\s+(?:a\s+sign|evidence|meaning)|assume|accept)\b[^.;]{0,40}?\b(?:cannot|can't|(?:is|are)\s+(?:not\s+able|unable)\s+to)\s+(?:protect|keep|care|look\s+after|safeguard)\b|\b(?:seen|viewed|treated|regarded|taken)\s+as\b[^.;]{0,40}?\b(?:fail\w*\s+to|unable\s+to|not\s+able\s+to|cannot)\s+(?:protect|keep|safeguard)\b|\b(?:counted|counts?|recorded)\s+as\b[^.;]{0,40}?\bfail\w*\s+to\s+protect\b|\b(?:take\s+(?:it|this|that)\s+(?:that|to\s+mean)|assum\w*|conclud\w*)\b[^.;]{0,20}?\b(?:you|she|he|they|mum|dad|[a-z]+)(?:\s+(?:are|is|have|has)|'s|'re|'ve)\s+(?:still\s+)?(?:been\s+)?(?:using|drinking|taking|lying|relapsed)\b|\b(?:treated|counted|recorded|taken)\s+as\s+(?:a\s+)?(?:positive|failed)\b/,
  },
  // The same classes read by meaning, whatever the verb: the child leaving or out of the parent's care,
  // no longer living with them, or living with other carers ("Poppy leaving her care", "no longer have
  // the baby living with her", "go to live with another carer"; not "another family member").
  {
    outcome: 'livingElsewhere',
    pattern: new RegExp(
      [
        `\\b${anyOf(LEAVING_VERBS)}\\s+${OWNERS}\\s+(?:care|household)\\b(?!\\s+plan)(?<!(?:\\bnot|n't|\\bnever)\\s+(?:[a-z]+\\s+)?${anyOf(LEAVING_VERBS)}\\s+${OWNERS}\\s+(?:care|household))`,
        `(?:\\bnot|\\bcannot|n't|\\bno\\s+longer|\\bnever)\\s+(?:be\\s+(?:able|allowed)\\s+to\\s+)?(?:have|keep)\\s+(?:[a-z'-]+\\s+){1,3}?(?:living|staying|at\\s+home|in\\s+(?:your|her|his|their)\\s+care|with\\s+(?:you|her|him|them))\\b`,
        // Not coming or being sent home ("won't be coming home", "will not be discharged home"), a residential or
        // secure placement, the local authority as the carer, other places found to live.
        `(?:\\bnot|\\bcannot|n't|\\bno\\s+longer|\\bnever)\\s+(?:be\\s+)?(?:(?:able|allowed)\\s+to\\s+)?(?:let|allow|leave|have)\\s+(?:[a-z'-]+\\s+){1,3}?(?:to\\s+)?(?:stay|remain|live|be)\\s+(?:at\\s+home|with\\s+(?:you|her|him|them|mum|dad)|in\\s+${SOMEONES_CARE})\\b`,
        "\\b(?:return|going|coming|move|moving)\\s+home\\b[^.;]{0,30}?\\b(?:cancelled|stopped|called\\s+off|abandoned)\\b",
        // "the baby will not be leaving hospital with her": the parent not taking the baby home from where it was born.
        "(?:\\bnot|\\bcannot|n't|\\bnever)\\s+(?:be\\s+)?(?:(?:able|allowed)\\s+to\\s+)?(?:leave|leaving|go|going|come|coming)\\s+(?:(?:out\\s+of|from)\\s+)?(?:the\\s+)?(?:hospital|ward|unit)\\s+with\\s+(?:you|her|him|them|mum|dad|(?:his|her|their)\\s+(?:mum|dad|mother|father|parents))\\b",
        `(?:\\bnot|\\bcannot|n't|\\bno\\s+longer|\\bnever)\\s+(?:be\\s+)?(?:(?:able|allowed)\\s+to\\s+)?(?:[a-z]+\\s+)?(?:come|coming|go|going|return|returning|discharged|sent|brought|released)\\s+(?:back\\s+)?(?:home|(?:in)?to\\s+${SOMEONES_CARE}|to\\s+live\\s+with\\s+(?:you|her|him|them|mum|dad))\\b`,
        "\\b(?:residential|secure)\\s+(?:units?|homes?|placements?|care|accommodation|schools?)\\b|\\bchildren's\\s+home\\b",
        "\\b(?:looked\\s+after|cared\\s+for)\\s+by\\s+(?:the\\s+)?(?:local\\s+authority|council|children's\\s+services|state)\\b",
        "\\b(?:other|another|different|new|alternative)\\s+(?:places?|homes?|households?|arrangements?)\\s+(?:for\\s+(?:[a-z']+\\s+){1,3}?)?to\\s+(?:live|stay|grow\\s+up)\\b",
        "\\bremove\\s+(?:the|your|their|his|her|both|all)\\s+(?:children|child|kids|baby|son|daughter|boys|girls|twins)\\b",
        // The child's place at home put at risk: "will put her place at home at risk", "Mia's future with you is in doubt".
        "\\b(?:place|placement|future|home|staying|living|life)\\b[^.;]{0,30}?\\b(?:at\\s+(?:serious\\s+|real\\s+)?risk|in\\s+(?:serious\\s+|real\\s+)?(?:doubt|jeopardy|question|danger))\\b|\\bjeopardi[sz]e\\b[^.;]{0,30}?\\b(?:place|future|home|care)\\b",
        "\\b(?:live|lives|living|stay|stays|staying|grow\\s+up|growing\\s+up|brought\\s+up|raised|kept|placed)\\s+apart\\s+from\\s+(?:you|your|her|him|them|mum|dad|their|his)\\b",
        `\\b(?:live|lives|living|stay|stays|staying|placed|cared\\s+for|looked\\s+after|brought\\s+up|grow\\s+up|growing\\s+up|go|goes|move|moves|moving|put|sent|moved|taken)\\s+(?:(?:to\\s+)?live\\s+)?(?:with|by|in)\\s+(?:an?\\s+)?${anyOf(OTHER_CARERS)}\\b(?!\\s+(?:member|friend|from|in|within)\\b)`,
      ].join('|'),
    ),
  },
  // The parent's own time or care ended, cut or lost ("end his time with Jacob", "she'll lose her Saturdays
  // with Mum", "his weekends with the girls will come to an end"); a pause "while we talk" or a session
  // ended that day is a safety step.
  {
    outcome: 'contactEnds',
    pattern: new RegExp(
      `(?:\\b${anyOf(ENDING_VERBS)}\\s+(?:(?:back|down|short)\\s+)?(?:(?:all|any|some)\\s+(?:of\\s+)?)?(?:your|his|her|their|[a-z]+'s)\\s+(?:[a-z]+\\s+)?${anyOf(OWNED_TIME)}\\s+(?:with|of|together)\\b` +
        // The parent's own time, owned, stopping in any tense ("her visits stop").
        `|\\b(?:your|his|her|their|[a-z]+'s)\\s+(?:[a-z]+\\s+)?${anyOf(OWNED_TIME)}\\b(?:\\s+(?:at|in|with|caring\\s+for|looking\\s+after)\\s+(?:[a-z']+\\s+){0,2}?[a-z']+)?\\s+(?:will\\s+|would\\s+|may\\s+|could\\s+)?(?:stop|stops|end|ends|cease|ceases|be\\s+over|is\\s+over|are\\s+over)\\b` +
        // Time that goes on, stopped or cancelled ("visits with Tyler will stop"), or its end as the result ("will be the end of your time with Poppy").
        `|\\b${anyOf(ONGOING_TIME)}\\b[^.;]{0,40}?(?:\\b(?:will|would|shall|could|may|might)|'ll)\\s+(?:then\\s+|all\\s+|also\\s+|just\\s+)?(?:be\\s+)?(?:stop|stopped|end|ended|finish|finished|cease|ceased|cancell?ed|canceled|halted|dropped|scrapped)\\b` +
        `|\\b(?:be|mean|means|meant|spell)\\s+(?:the\\s+|an\\s+)?end\\s+(?:of|to)\\s+(?:(?:all|any)\\s+)?(?:(?:your|his|her|their|the|[a-z]+'s)\\s+)?(?:[a-z]+\\s+)?${anyOf(OWNED_TIME)}\\b` +
        `|(?:\\b${anyOf(TIME_TOGETHER)}|\\b(?:your|his|her|their|[a-z]+'s)\\s+(?:[a-z]+\\s+)?${anyOf(OWNED_TIME)})\\b[^.;]{0,40}?\\b(?:come\\s+to\\s+an\\s+end|be\\s+(?:brought|put)\\s+to\\s+an\\s+end|ceased?|stopped|ended|cut|withdrawn|suspended|terminated|reduced|restricted|limited|shortened|taken\\s+away|scrapped|axed|called\\s+off)\\b)` +
        '(?![^.;]{0,40}\\b(?:until|while|so\\s+that|that\\s+(?:day|week)|early|for\\s+that|for\\s+the\\s+day|at\\s+the\\s+(?:usual|normal|same)|on\\s+time)\\b)',
    ),
  },
  // The council's legal route by any name: "legal planning", "the legal process", "formal steps", "seek an order".
  {
    outcome: 'court',
    pattern:
      /\blegal\s+(?:route|process|steps?|planning|options?|measures|intervention|orders?|framework|powers?)\b|(?<!\bno\s)\b(?:further|formal|statutory|stronger|firmer|tougher|enforcement)\s+(?:steps|measures|intervention|action|processes|procedures|routes?)\b|\bseek\w*\s+(?:an?\s+)?(?:[a-z]+\s+)?orders?\b/,
  },
  // The council's hand said to be forced: "no other course open to us except", "would be forced to act", "our hands will be tied".
  {
    outcome: 'noChoice',
    pattern: new RegExp(`\\bno\\s+(?:other\\s+|real\\s+|further\\s+)?${anyOf(NO_OTHER_WAY_NOUNS)}\\s+(?:[a-z']+\\s+){0,4}?${anyOf(ONLY_EXCEPT)}\\b|\\b${anyOf(HAND_FORCED)}\\b`),
  },
  // The breach read against the parent: "take this as Gemma not putting the children first", "regard it as a
  // refusal", "noted against you" (not "a sign that more help is needed").
  {
    outcome: 'judgedUnable',
    pattern: new RegExp(
      `\\b${anyOf(JUDGED_AS_VERBS)}\\s+(?:(?:this|it|that|them|these|your\\s+[a-z]+|any\\s+[a-z]+)\\s+)?as\\s+(?:[a-z']+\\s+){0,4}?${anyOf(FAILINGS)}` +
        // The negation is looked behind from the match's end, so it is tried only where a match was found.
        `|\\b${AGAINST_VERBS}\\s+(?:on\\s+(?:record|file|your\\s+record)\\s+)?against\\s+(?:you|them|him|her|the\\s+parents?|mum|dad|your\\s+case)\\b(?<!(?:\\b(?:not|never)|n't)\\s+(?:be\\s+)?${AGAINST_VERBS}\\s+(?:on\\s+[a-z\\s]+)?against\\s+[a-z\\s]+)` +
        '|\\b(?:taken|take|takes|taking)\\s+into\\s+(?:account|consideration)\\b',
    ),
  },
  // A punishment in law or the loss of a home or placement: "the council will prosecute", "could lose the tenancy".
  { outcome: 'punished', pattern: new RegExp(`\\b${anyOf(PUNISHMENTS)}\\b`) },
  // Help or a service taken away or not offered as the price (the council's part ended): "support will be withdrawn",
  // "you will not be offered anywhere else", "no further help will be given" (not a pause "until" or "while").
  {
    outcome: 'helpWithdrawn',
    pattern: new RegExp(
      `\\b${anyOf(HELP_NOUNS)}\\b[^.;]{0,40}?\\b(?:withdrawn|(?:be|is|are)\\s+(?:gone|lost)|taken\\s+away|pulled|given\\s+up|given\\s+to\\s+(?:someone|somebody|another)|closed|ended|stopped)\\b(?![^.;]{0,40}\\b(?:until|while|so\\s+that|for\\s+that\\s+day)\\b)` +
        `|(?:\\bnot|n't)\\s+(?:be\\s+)?(?:(?:able|going)\\s+to\\s+)?${anyOf(NOT_OFFERED_VERBS)}\\s+(?:(?:you|her|him|them|the\\s+family)\\s+)?(?:(?:with|to)\\s+)?(?:any(?:where|thing)?|another|more|further|other|again|else)\\b` +
        `|\\b(?:no\\s+longer|never)\\s+(?:be\\s+)?(?:(?:able|going)\\s+to\\s+)?${anyOf(NOT_OFFERED_VERBS)}\\b` +
        `|\\bno\\s+(?:more|further|other)\\s+${anyOf(HELP_NOUNS)}\\s+(?:will|would|can|could|may)\\b` +
        "|\\b(?:has|have|had)\\s+(?:done|met|discharged|fulfilled)\\s+(?:its|our|their|all|what\\s+(?:it|we)\\s+(?:has|have|needs?)\\s+to)\\b|\\bduty\\b[^.;]{0,30}?\\b(?:end|ends|ended|discharged|met|over)\\b",
    ),
  },
  // Unnamed steps held over the family (not a complaint or a manager asked to help): "we will step things up".
  { outcome: 'unnamedSteps', pattern: new RegExp(`\\b${anyOf(UNNAMED_STEPS)}\\b(?![^.;]{0,40}?\\b(?:manager|complaint\\w*|support|help|together|with\\s+you)\\b)`) },
];
/** A word every drastic outcome above contains, at a word start (so most positions are passed over at once): most paragraphs have none and are not split into clauses. */
export const DRASTIC_OUTCOME_WORDS = /\b(?:preproceedings|help|support|servic|offer|place|fund|payment|accommodat|hous|rehous|appointment|session|course|scheme|programme|allowance|give|given|provid|find|found|arrang|duty|ha(?:s|ve|d)\s+(?:done|met|discharged|fulfilled)|remov|taken|accommodated|foster|care|adopt|placed|elsewhere|somewhere|away|another|new|different|stay|live|living|remain|return|home|proceedings|order|court|solicitor|lawyer|legal|judge|magistrate|suspended|stopped|stopping|ended|ending|withdrawn|terminated|reduced|cut|evidence|against|subject|plo|public|letter|planning|conclud|decide|decision|take|assum|accept|epo|ico|seen|viewed|treated|regarded|hearing|escalat|with\s+you|see(?:ing)?\s+(?:the\s+|your\s+|their\s+|his\s+|her\s+)?[a-z]+\s+(?:again|at\s+all|any\s*more)|positive|failed|fail\w*\s+to\s+protect|police|moved|moving|move|permanen|where\s+else|alternative|transferred|long[-\s]term|for\s+good|step|progress|sent|kept|taking|rights?|never|no\s+longer|stop|cost|grow|grows|growing|someone|somebody|brought\s+back|fetched\s+back|lose|losing|lost|forfeit|give\s+up|cared|looked|brought|raised|end|stopped|prevented|banned|barred|allowed|permitted|put|child\s+protection|cp|section|s\.?\s?47|with\s+(?:her|him|them|mum|dad)|(?:other|alternative|temporary|permanent)\s+(?:carer|famil|parent|adult|people|household|home)|strangers|withdraw|suspend|cancel|terminat|restrict|reduc|limit|ceas|(?:further|formal|statutory|stronger|firmer|tougher|enforcement)\s+(?:steps|measures|intervention|action|processes|procedures|route)|no\s+(?:other\s+|real\s+|further\s+)?(?:choice|option|alternative|route|path|course|way|avenue|recourse)|(?:forced|compelled|obliged|duty[- ]bound|bound)\s+to|hands|nothing\s+(?:else|more|other)|(?:only|last)\s+(?:option|choice|course|route|way|avenue)|fail|refus|unable|inability|unwilling|lack|neglect|non(?:-|compliance|attendance|engagement|cooperation)|disengag|breach|proof|not\s+(?:putting|protecting|caring|keeping|working|engaging|co-?operating|willing|able|committed|serious|taking)|choosing|putting|household|shortened|restricted|limited|residential|secure|children's\s+home|account|places?\s+(?:for|to)|jeopard|at\s+(?:serious\s+|real\s+)?risk|in\s+(?:serious\s+|real\s+)?(?:doubt|question|danger)|stop|cease|apart|over|prosecut|fine|penalty|criminal|offence|charged|arrested|report|prohibit|prison|jail|imprison|evict|notice|tenancy|placement|whatever|without|issu|incur|serious|possession|approval|charge|terminat|options|action|draw|locked|register|dealt|custody|harder|tougher|firmer|stronger|out\s+of\s+(?:our|my|your|the)|act|intervene|accordingly|finish|scrapped|halted|dropped|punish|penalis|axed|called\s+off|hospital|ward|unit|forget|gone|carer)/;
