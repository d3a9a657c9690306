import type { SectionId } from './model';
import { memoise } from './memo';
import { cueSection, leadingCue } from './section-cues';
import { fold } from './text';

/**
 * How people label the parts of an agreement, as data. Patterns run on folded (lower-case,
 * straight-quote) label text: a heading, a bold label, the first cell of a two-column table row,
 * or the words before a colon. Order matters: the first match wins, so specific labels come first.
 *
 * 'tasks' is an internal section for agreements that list everyone's actions together
 * ("Action plan", "Who will do what"); each task is then sorted by who does it.
 */
export type SectionKey = SectionId | 'tasks';

export const SECTION_LABELS: Array<[SectionKey, RegExp]> = [
  // (Authorised by a head of service or a director is a senior officer's sign-off, not the team manager's.)
  // "Authorised by:", "Plan approved by:": the manager's sign-off, whatever the document is called.
  ['team-manager-signature', /^(?:(?:the |this )?(?:[a-z]+ )?(?:plan|agreement|letter|document) )?(?:authori[sz]ed|approved|countersigned|signed off)(?: by\b|$)(?!.*\b(?:head of|director)\b)|\bmanager'?s? (?:authori[sz]ation|approval|sign-?off|signature)\b|\b(team manager'?s? (counter)?signature|counter-?sign|countersigned)/],
  // The agreement's place in its series, however the form words it: "Sequence no.", "Plan no.", "Version",
  // "Agreement ref" (a case's or a letter's own reference, "Case ref", "Our ref", is not the agreement's).
  ['agreement-number', /\b(agreement|agreement no\.?|agreement number|version) ?(number|no\.?|ref(erence)?)\b|^(written )?agreement (no\.?|number)|^number$|^wa (?:no\.?|number|ref)$|^(?:(?:written |working )?(?:agreement|plan|letter) )?(?:sequence|issue|version|plan|ref(?:erence)?) ?(?:no\.?|number)$|^(?:(?:written |working )?(?:agreement|plan) )?(?:version|ref(?:erence)?)$|^(?:our|case|cin|cp|file|plan|letter) ref(?:erence)?(?: no\.?| number)?$|^(?:[a-z'-]+ ){0,3}(?:agreement|plan|contract) (?:no\.?|number|ref(?:erence)?)$/],
  // "Date this plan was made": the date, though it names the plan (which reads as the task list below).
  ['date', /^date (?:this|the) (?:plan|agreement|letter) was (?:made|agreed|written|signed|drawn up|completed)$/],
  ['review-date', /\breview(ing|ed)?\b|\bwhen will (this|it|the agreement) be (checked|looked at)\b|\blook at (this|it|the agreement) again\b|\bcheck (how|on) (this|it|things) (is|are)? ?going\b|\bnext meeting\b/],
  ['duration', /\bhow long\b|\btime ?(scales?|frame|period)\b|\bduration\b|\bend date\b|\bstart (and|&) end\b|\blength of (the )?agreement\b|\bwill (last|run|go on)\b|\bwhen (does|will) (this|the agreement) (end|finish)\b|\bperiod of (the )?agreement\b|^valid (until|from)\b|^lasts?(?: for| until)?$|^how long it (?:lasts|runs)$|^(?:this )?(?:plan |agreement |it )?(?:lasts|runs|is in place|applies|ends|finishes|stays in place) (?:until|till|to|for|on)$|^(?:plan|agreement) ends$|^until$/],
  ['contingency', /\bif things (go wrong|do not go|don't go|are not|change|do not work|don't work|do not improve|don't improve|get worse)|^breach(es)?$|\bcontingenc|\bconsequences?\b|^escalation(?: plan| process)?$|\bif (this|the) agreement (is|isn't|is not) (not )?(kept|followed|stuck|broken|breached|met)|\bwhat (will )?happens? if\b|\bwhat if\b|\bif (the|this) agreement (breaks|breaks down)|\b(?:back-?up|fall-?back|emergency) plan\b|\bbreach(es)? of\b|\bif (we|you|anyone) (do not|don't|cannot|can't) keep\b|\bplan b\b|\bnot (kept|followed|stuck to)\b|\bif this does not work\b/],
  // A label about who gets copies, not any line that mentions a copy ("… and send Shannon a copy", a heading "shared with Jade's agreement");
  // also where the document goes, said as a label: "Plan sent to:", "Letter given to:".
  ['copies', /^(?:copies|copy|copied)\b|\bcop(?:y|ies) (?:of (?:this|the|our) (?:written )?(?:plan|agreement|letter|undertaking)|to|given|sent|for|go(?:es)?)\b|^(?:who|people who) (?:will )?(?:gets?|receives?|has|have|is given|are given)\b|^c\.?c$|^bcc$|^distribution\b|^circulat(?:ion|ed)\b|^shared with\b|^(?:(?:this |the |a )?(?:plan|agreement|letter|record|minutes|undertaking) )?(?:sent|given|circulated|shared|emailed|e-mailed|posted|handed|copied) (?:out )?(?:to|with)$/],
  ['legal-notice', /\bnot (a )?legal(ly binding)?\b|\blegal (status|notice|advice)\b|\byour rights\b|\badvocacy\b/],
  ['signatures', /\bplease sign\b|\bsign (?:and|&) (?:return|date)\b|\bsign(?:ed)? below\b|^(signed|signatures?|signed by|sign(ed)? and dated?|agreed and signed|agreed by|signing|sign here|sign-off)\b|\bsignatures?\b/],
  ['participants', /^(?:agreement|plan) (?:made )?with$|\b(?:core group|network|group) members(?:hip)?\b|\bmembers of the (?:core group|network|group)\b|\bnames? of (?:those|the people|everyone) (?:involved|present|taking part)\b|^those (?:involved|present)$|\bparticipants\b|\bparties\b|^between$|^(?:agreement|plan|agreed|made|written) between\b|^(?:the )?family(?: members| details)?(?: involved)?$|^details of (?:the )?family\b|^(?:parents?|carers?|parents?\/carers?|parents? (?:and|or) carers?)(?: details)?$|^people$|^names?(?: and (?:relationships|contact details))?$|\bwho (is|are) (this agreement|involved|in this agreement)|\bwho this (agreement|plan|letter) is (between|for|with|about)|^(?:the |our |family |safety |support )?network(?: members)?$|\bnetwork members\b|\bagreement (is )?between\b|\bpeople (involved|in this (agreement|plan))\b|\bcontact details\b|\bwho'?s? involved\b|\bnames? of (the )?(parents|carers|people)\b|\bkey (people|contacts)\b|\bsocial worker'?s? (details|name)\b|\bwho (made|wrote|agreed|signed|took part in|was involved in|is in|are in) (this|the) (plan|agreement|letter)\b/],
  ['concerns', /\breasons? for (?:our |the |children's services' |social care )?involvement\b|\bpresenting (?:issues|concerns|needs)\b|\bcomplicating factors\b|\bworr(y|ied|ies)\b|\bconcern(s|ed)?\b|\bwhy (are|is) (we|children's (social care|services)|the (local authority|council)) involved\b|\bwhat has happened\b|\bthe problems?\b|\brisks?\b|\bdanger statement\b|\bharm\b/],
  ['professional-commitments', /\bprofessionals?\b|\bagenc(y|ies)\b|\bsocial worker\b|\bpractitioners?\b|\bchildren's (social care|services)\b|\b(local authority|council)\b|\bservices? will\b|\bsupport (offered|provided|available|from)\b|\bhelp (offered|available|you will get|we will give|the family will get)\b|\bwhat (we|i) will (do|offer|provide)\b|\bour commitments?\b|\bwhat support\b|\bsupport (for|to) the family\b/],
  ['family-commitments', /\bparents?\b|\bcarers?\b|\bfamily\b|\bmum\b|\bdad\b|\bmother\b|\bfather\b|\bgrand(parents?|mother|father|ma|pa)\b|\bwhat (i|you) will do\b|\bwhat (mr|mrs|ms|miss)\b|\bwhat [a-z' ]+ (has|have) agreed\b|\b(?:what|things|stuff|jobs) [a-z' &]+? ?(?:will|'ll|(?:is|are|am) going to|'s going to|'re going to|'m going to) do\b|\bwhat (?:[a-z' &]+ )?agreed to(?: do)?$|\byour (tasks|actions|commitments)\b/],
  // "Date of plan", "Date of this safety plan", "Agreement date": the document's own date, before 'plan' alone marks the tasks.
  // The meeting that made the plan, in a form's details table: "Core group date", "Conference date" (not the next or a review one).
  ['date', /^(?!.*\b(?:next|review|reviewing|follow-up)\b)(?:(?:initial |first )?(?:core group|strategy|planning|network|family group|pre-proceedings|child protection)(?: meeting| conference)?|meeting|conference) date$/],
  // The plan's own meeting by its initials: "Date of ICPC", "PPM date" (not the review conference, RCPC).
  ['date', /^(?:date of (?:the )?(?:icpc|cpc|ppm|fgc|initial (?:child protection )?conference)|(?:icpc|cpc|ppm|fgc) date)$/],
  ['date', /^date of (?:the |this )?(?!(?:next|review|birth|cp|child protection|care|pathway)\b)(?:[a-z']+ ){0,3}?(?:agreement|plan|letter|undertaking)$|^(?:plan|agreement|letter) date$/],
  ['tasks', /\bexpectations?\b|\bactions?\b|\btasks?\b|\bwho (will do|does) what\b|\bwhat (needs|has) to (happen|change)\b|\bwhat (will|is going to) happen\b|\bagreed actions\b|\bplan\b|\bcommitments?\b|\bthe agreement\b$|\bwhat we have agreed\b|\bwhat everyone will do\b|\bresponsibilit(y|ies)\b/],
  ['tasks', /^[a-z' ()&-]{2,60}? (?:will|agrees?(?: to)?|agree to|must|should|is going to|are going to)$/],
  // A lead-in to a list: "You agreed to the following", "In return we will do the following".
  ['tasks', /\b(?:agreed|agree|agrees|promised|promise|promises|will|undertake|undertakes) (?:to )?(?:do )?(?:the following|these things)(?: things)?$/],
  // A lead-in to a list: "We expect you to", "We would like Mum to", "You need to".
  ['tasks', /^[a-z' ()&-]{1,40}? (?:expects?|expected|asks?|would like|wants?|needs?)(?: that)? [a-z' &]{1,40}? (?:to|will)$|^(?:you|we) (?:need|have|agree|promise) to$/],
  ['purpose', /\bpurpose\b|\baims?\b|\bgoals?\b|\bobjectives?\b|\bwhy (we are|are we|this agreement|do we need|is there|we need|is (this|the|a) (written )?agreement)\b|\bwhat (this|the) (agreement|plan|letter) is (for|about)\b|\breasons? for\b|\bbackground\b|\bcontext\b|\bintroduction\b|\bwhat we want to (happen|achieve)\b|\bwhat will (be different|change)\b/],
  ['child-details', /\bnames?(?:\(s\))? of (?:the )?child(?:ren|\(ren\))?\b|^(?:the )?unborn (?:baby|child)\b|^baby(?:'s (?:name|details))?$|\bchild(ren)?'?s? (name|details|date of birth)|\bname of (the )?child|\babout the child|^the child(ren)?$|^child(ren)?$|^child(ren)?( or (children|young person))?\b.{0,20}$|\byoung person\b|\bdate of birth\b|\bd\.?o\.?b\b/],
  // "Date agreement made", "Date of CIN meeting" (not "Date of next meeting", "Date of review").
  ['date', /^date (?:the |this )?(?:agreement|plan|letter|it was|we)? ?(?:was |were )?(?:made|agreed|written|signed|drawn up|started|completed)$|^(?:effective|in place) from$|^(?:agreed|made|written|signed) (?:at|in)$|^date of (?:the )?(?!next\b|review\b)(?:[a-z]+ ){0,2}(?:meeting|conference)$|^(date|dated|date of (the )?(agreement|meeting|this agreement)|agreement date|date agreed|today's date|start date|date started|date written|date made|(?:made|agreed|done|written|signed|drawn up|completed|filled in|finished) on|when (?:we )?(?:made|agreed|wrote) (?:this|it))$/],
];

/**
 * The document's kind, then whom it is about ("Letter of expectation about Kai (aged 9)", "Written agreement
 * \u2013 Leo Dyce", "Safety plan for Amy and Jo Reid"): a title, whatever sits between the kind and the name.
 */
const DOCUMENT_TITLE = /^(?:letter (?:of expectations?|before proceedings)|(?:written|working|safety|family|care) (?:agreement|plan)|agreement|child in need plan|(?:child protection|cp|cin) plan|family plan|written undertaking)(?:\s*[\u2013\u2014:-]\s+(?:for |about |re:? |regarding |concerning )?|\s+(?:for|about|re:?|regarding|concerning)\s+)[a-z'-]+ (?:\([^)]*\) )?[a-z'-]+/;

/** Headings that belong to a section but are not a section themselves (worked examples, notes). */
export const NEUTRAL_HEADINGS = /^(examples?|notes?|guidance|for example|see below|continued)$/;

/** Split a folded label into its label words for matching: strip numbering, trailing colons and punctuation. */
export function cleanLabel(folded: string): string {
  return trimTrailingPunctuation(folded.replace(/^\s*(section|part|step)?\s*([0-9]+|[a-z]|[ivx]+)[.)]\s+|^\s*(?:section|part|step)\s+(?:[0-9]+|[a-z]|[ivx]+)\s*[:\u2013\u2014-]\s*/, ''))
    .replace(/^[#*_\s]+/, '')
    .trim();
}

const TRAILING = /[:?.!;*#_\-\s]/;

/** Strip trailing ':?.!;*#_-' and spaces from the end, scanning back once (a regular expression anchored at the end retries at every space of a long run: quadratic). */
function trimTrailingPunctuation(text: string): string {
  let end = text.length;
  while (end > 0 && TRAILING.test(text[end - 1])) end--;
  return text.slice(0, end);
}

/**
 * Decide which section a label names, or null. Labels about what someone "will do" are sorted by
 * whether that someone is a professional or a family member.
 */
export const classifyLabel = memoise(classifyLabelUncached);

function classifyLabelUncached(folded: string): SectionKey | null {
  const label = cleanLabel(folded);
  if (!label || label.length > 160) return null;
  // "Letter of Expectation – Leo Dyce (born …)": the document's title with whom it is about, not its expectations.
  if (DOCUMENT_TITLE.test(label)) return null;
  const lead = leadingCue(label);
  if (lead) return lead;
  for (const [key, pattern] of SECTION_LABELS) {
    if (pattern.test(label)) {
      if (key === 'tasks' || key === 'family-commitments' || key === 'professional-commitments') {
        // "Parents" or "The team around the family" on their own: the cues decide, if any fits.
        return sortCommitmentLabel(label, key) ?? cueSection(label);
      }
      return key;
    }
  }
  return cueSection(label);
}

const PROFESSIONAL_WORDS = /\b(early help|social workers?|professionals?|agenc(y|ies)|practitioners?|children's (social care|services)|local authority|council|services|school|health visitor|we|our|us|workers?|team|nurse|police)\b/;
const FAMILY_WORDS = /\b(parents?|parental|carers?|family|mum|dad|mother|father|grand\w*|aunt|uncle|i|you|your|mr|mrs|ms|miss)\b/;

function sortCommitmentLabel(label: string, fallback: SectionKey): SectionKey | null {
  // "What the social worker and involved agencies will do" vs "What Ms Smith and Mr Smith will do":
  // sort by the subject of the heading when there is one.
  if (/^(?:the )?(?:support|help)\b/.test(label)) return 'professional-commitments';
  if (/\b(?:everyone|everybody|all of us|we all|all parties|each person)\b/.test(label)) return 'tasks';
  // "What we have agreed", "What we all agreed": the "we" who agree is everyone at the table, not the council.
  if (/^(?:what |things )?we(?:'ve| have)? (?:all )?agreed(?: together| to)?$/.test(label)) return 'tasks';
  // "The council expects that you will", "We agreed that you will": the one who will is the subject.
  const expects = /\b(?:expects?|expected|agreed|agree|agrees|asks?|would like|wants?|needs?) (?:that )?(.+?) (?:will|to|are to|is to)\b/.exec(label);
  const subjectMatch = expects ?? /^(?:what )?(.+?)(?:\s+|'(?=[sm] |re ))(?:will|has|have|agrees?|agreed|needs? to|must|should|are to|is to|commits?|(?:is|am|are|s|m|re) going to)\b/.exec(label);
  if (subjectMatch) {
    const subject = subjectMatch[1].replace(/^what\s+/, '');
    // "The family time service", "the family support team": the last word says who it is.
    const head = /(\S+)$/.exec(subject)?.[1] ?? '';
    if (/^(?:service|services|team|centre|center|project|agency|agencies|workers?|staff|nurse|school|council|police|hub)$/.test(head)) return 'professional-commitments';
    const professional = PROFESSIONAL_WORDS.test(subject);
    const family = FAMILY_WORDS.test(subject);
    if (professional && !family) return 'professional-commitments';
    if (family && !professional) return 'family-commitments';
    if (family && professional) return 'tasks';
  }
  const professional = PROFESSIONAL_WORDS.test(label);
  const family = FAMILY_WORDS.test(label);
  if (/\bwill$|\bagrees?(?: to)?$|\b(?:are|is) to$|\bmust$|\bshould$|\bwill do\b|'ll do\b|\bgoing to do\b|\bhave agreed\b|\bhas agreed\b|\bexpect|\bneeds? to do\b|\bcommit|\bwill (offer|provide|give)\b|\bsupport\b|\bhelp\b|\btasks?\b|\bactions?\b|\bresponsibilit/.test(label)) {
    if (professional && !family) return 'professional-commitments';
    if (family && !professional) return 'family-commitments';
    if (family && professional) return 'tasks';
    return fallback;
  }
  // "Parents", "Social worker", "Grandparents" on their own name people (a signature row, a list
  // of participants), not a commitments section; "Actions" or "What needs to happen" is one.
  return fallback === 'tasks' ? 'tasks' : null;
}

/** A council policy's headings as labels the section walk looks up first (cleaned, folded). */
export function policyLabels(headings: Partial<Record<SectionId, readonly string[]>> | undefined): ReadonlyMap<string, SectionKey> | undefined {
  if (!headings) return undefined;
  const labels = new Map<string, SectionKey>();
  for (const [id, names] of Object.entries(headings) as Array<[SectionId, readonly string[]]>) {
    for (const name of names) labels.set(cleanLabel(fold(name)), id);
  }
  return labels;
}
