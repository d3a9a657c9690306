// Commitments under a heading the walk does not know ("Timetable", "Keeping Mia safe", "Help from
// the team"): whatever the heading says, lines that commit someone to something are tasks, and who
// does each one decides whose part it is. Decided after the walk, over each run of blocks that an
// unknown heading left outside every part.
import type { BlockRole } from './block-role';
import type { Block } from './model';
import { fold } from './text';

/** Numbering before a line's words: "2.", "(b)", "iv)", "2.1". */
const NUMBERING = String.raw`(?:\s*\(?(?:[\da-z]{1,3}(?:\.\d+)*[.)]|\d{1,2}(?:\.\d{1,2})+)\s+)?`;
/** `rest` at the start of a line, after any numbering. */
const numbered = (rest: RegExp): RegExp => new RegExp(`^${NUMBERING}${rest.source}`, rest.flags);

/** A line that opens with a commitment: "Jo Adams will bring …", "Mia will also see …", "Calls with dad will be arranged." */
const COMMITMENT_LINE = {
  needs: /\b(?:will|must|agree|agrees|to|going to|won't|responsible for)\b|'ll\b/,
  pattern: numbered(/[^.?!:]{0,80}?(?:\b(?:will|must|agrees? to|is to|are to|is going to|are going to|am going to|won't|(?<!\b(?:what|which|that|it|this|there|who) )(?:needs? to|has to|have to)|(?:is|are) responsible for)|'ll|'m going to)\s+(?!be (?:worried|concerned)\b)[a-z]/),
  test(folded: string): boolean {
    if (!this.needs.test(folded)) return false;
    const m = this.pattern.exec(folded);
    // "The school said Jo will be excluded": what someone reported, not what anyone agreed to do.
    if (m === null) return SUBJECT_TO.test(folded) && !NOT_A_SUBJECT.test(folded);
    return !REPORTED.test(m[0]) && !ABOUT_THE_DOCUMENT.test(m[0]) && !CONSENT.test(folded);
  },
};
/** The note form of a commitment, a subject then "to": "Kyle to address his behaviour", "Parents to demonstrate …", "Reece is expected to …". */
const SUBJECT_TO = numbered(/(?:[a-z'\u2019-]+ ){1,3}(?:(?:is|are) expected )?to\s+(?!(?:be (?:worried|concerned)|the|a|an|his|her|their|my|your|our|its|this|that|school|nursery|work|bed|court|hospital|me|him|them|us|you|it)\b)[a-z]/);
/**
 * Words before "to" that make no subject, or a "to" that is no infinitive: "How to get help", "Time to talk",
 * "Leo has come to school hungry", "We are writing to …", "If Leo comes to school …", "Go with Nadia to the food bank".
 */
const NOT_A_SUBJECT = numbered(/(?:[a-z'\u2019-]+ ){0,3}?(?:how|what|where|when|who|why|if|once|so|as|and|but|or|with|things|ways|time|able|want|wants|wanted|going|goes|go|gone|went|come|comes|came|been|was|were|has|have|had|writing|need|needs|used|likely|due|trying|tried|asked|agreed|wish|hopes?|plans?|chance|right|reason|ready|allowed|happy|free|said|told|up|back|next|order|according)\b/);
/** A line opening with a verb of something to do, after any numbering ("Keep the door locked", "2. Attend all appointments"). Folded text. */
export const IMPERATIVE_LINE = /^[\s\d.)(-]*(?:be|stay|keep|make|take|go|attend|ensure|work|engage|co-?operate|support|help|get|give|let|allow|ask|tell|ring|call|phone|text|email|put|use|see|visit|meet|show|accept|think|consider|respect|listen|talk|speak|look|find|move|pay|buy|clean|tidy|wash|cook|feed|bring|collect|drop|pick|walk|drive|read|sort|stop|start|continue|try|avoid|reduce|cut|leave|lock|fit|book|arrange|apply|register|complete|fill|sign|share|inform|update|check|monitor|refer|provide|offer|prioritise|manage|communicate|comply|follow|learn|spend|play|send|write|contact|report|protect|maintain|improve|address|demonstrate|behave|remain|seek|access|liaise|discuss|never|do not|don't|always)\b/;
/** A heading asking someone to do things ("What we're asking you to do", "What is expected of Dean", "You need to"). Folded text. */
const REQUEST_HEADING = /\bask(?:ing)? (?:you|that you)\b|\byou (?:need|must|should|will need|are asked|have) to\b|\bwe (?:need|want|expect|would like|are asking) (?:you|that you)\b|\b(?:need|want|expect|ask|asking|expected|would like) (?:from|of) you\b|\bexpect(?:ed|ations?)? (?:of|from)\b|\bwhat you (?:must|should|need to|have to|will need to) do\b|\basked of\b/;
/** A sentence ending in a colon that introduces the list beneath it. */
const REQUEST_LEAD_IN = /:\s*$/;
/** "The purpose of this letter is to …", "These expectations will stay in place …": the document speaking of itself. */
const ABOUT_THE_DOCUMENT = /^\W*(?:(?:the|its|our) (?:purpose|aim|point|reason|goal|intention)s?\b|(?:this|these|the) (?:plan|agreement|letter|expectations|arrangements|rules)\b)/;
/** "I agree to Toby being looked after by the council": consent to what others will do, not a commitment of one's own. */
const CONSENT = /^[^.]{0,60}\bagrees? to (?:[a-z'\u2019-]+ ){1,3}(?:being|staying|living|going|having)\b/;
const REPORTED = /\b(?:said|says|told|tells|reported|reports|thinks?|thought|believes?|believed|worried|concerned|fears?|feared|feels?|felt|warned|predicts?)\b/;

const GREETING = /^\s*(?:dear|hi|hello)\s+\S.*,?\s*$/i;
const isTitle = (block: Block): boolean => block.kind === 'heading' && block.style !== undefined && /^title$/i.test(block.style);
const isAside = (block: Block): boolean => block.origin !== undefined;

/**
 * Give the commitment lines of each run after an unknown heading the 'tasks' part, when most of the
 * run's lines are commitments (a table counts when one of its cells is). Returns every block of
 * those runs, decided or not: an edit there can change the decision, so it needs a full walk.
 */
export function markCommitmentRuns(blocks: readonly Block[], roles: BlockRole[]): Set<number> {
  const inRuns = new Set<number>();
  // An agreement written as plain paragraphs, with no heading, no label standing alone and no greeting, is one run from its first line.
  // (A page header or footer, and a line its own label places, "Team manager: N/A", are left out of the run.)
  if (blocks.length > 0 && blocks.every((block, k) => block.kind !== 'heading' && !roles[k].labelOnly && (isAside(block) || !GREETING.test(block.text)))) {
    const body = blocks.flatMap((block, k) => (!isAside(block) && roles[k].section === null ? [k] : []));
    for (const k of body) inRuns.add(k);
    decideRun(blocks, roles, body, '', true, 2);
    return inRuns;
  }
  for (let i = 0; i < blocks.length; i++) {
    const role = roles[i];
    // A run follows an unknown heading, or a one-line list of who took part ("Present: …") with untitled notes under it.
    const inlineLabel = !role.labelOnly && role.section === 'participants' && role.contentStart > 0 && i + 1 < blocks.length && roles[i + 1].section === null;
    // A letter's body with no headings at all runs from its greeting ("Dear Ms Lowther and Mr Dyce,").
    const greeting = !role.labelOnly && role.section === null && blocks[i].text.length < 120 && GREETING.test(blocks[i].text) && i + 1 < blocks.length && roles[i + 1].section === null;
    // A paragraph under a run-in title naming no part ("4. Getting to school. Holly will walk …") is a run of its own.
    const runIn = !role.labelOnly && role.section === null && role.contentStart > 0 && blocks[i].boldPrefix !== undefined;
    if (runIn) {
      inRuns.add(i);
      decideRun(blocks, roles, [i], fold(blocks[i].boldPrefix!));
      continue;
    }
    if ((!role.labelOnly || role.section !== null) && !inlineLabel && !greeting) continue;
    if (isAside(blocks[i])) continue;
    const run: number[] = [];
    let j = i + 1;
    for (; j < blocks.length && roles[j].section === null && !roles[j].labelOnly && !isAside(blocks[j]); j++) run.push(j);
    for (const k of run) inRuns.add(k);
    // (Under a title with headings after it, the lines before the first are a preamble unless most commit someone, two at least.)
    const title = isTitle(blocks[i]);
    const alone = title && onlyHeading(blocks, i);
    decideRun(blocks, roles, run, inlineLabel || greeting ? '' : fold(blocks[i].text), alone, title && !alone ? 2 : 1);
    i = j - 1;
  }
  return inRuns;
}

/** The title is the document's one heading or label: nothing after it names a part. */
function onlyHeading(blocks: readonly Block[], title: number): boolean {
  for (let k = title + 1; k < blocks.length; k++) if (blocks[k].kind === 'heading') return false;
  return true;
}

function decideRun(blocks: readonly Block[], roles: BlockRole[], run: number[], heading: string, wholeDocument = false, fewest = 1): void {
  const lines = run.filter((k) => blocks[k].kind !== 'table-cell' && !roles[k].placeholder);
  // (A line is read from where its content starts: after a run-in title.)
  const content = (k: number): string => fold(roles[k].contentStart > 0 ? blocks[k].text.slice(roles[k].contentStart) : blocks[k].text);
  const said = lines.filter((k) => COMMITMENT_LINE.test(content(k)));
  // A bare instruction ("Attend all appointments.") commits someone too, in a list that asks for
  // something ("What we're asking you to do") or among lines that say "will".
  const bare = lines.filter((k) => !said.includes(k) && IMPERATIVE_LINE.test(content(k)));
  // A letter's lead-in asking for them ("Over the next six weeks we are asking you to:") stands as such a heading over the lines after it.
  const askedFrom = lines.findIndex((k) => REQUEST_LEAD_IN.test(content(k)) && REQUEST_HEADING.test(content(k)));
  const committing = said.length * 2 >= lines.length || REQUEST_HEADING.test(heading) ? [...said, ...bare] : askedFrom >= 0 ? [...said, ...bare.filter((k) => k > lines[askedFrom])] : said;
  const tables = new Set<number>();
  const firstRow = new Map<number, number[]>();
  for (const k of run) {
    const block = blocks[k];
    if (block.kind !== 'table-cell') continue;
    const table = block.table ?? 0;
    if (!firstRow.has(table)) firstRow.set(table, []);
    if ((block.row ?? 0) === (blocks[firstRow.get(table)![0] ?? k].row ?? 0)) firstRow.get(table)!.push(k);
    if (!roles[k].placeholder && COMMITMENT_LINE.test(fold(block.text))) tables.add(table);
  }
  // "Who | What | By when": an action table, whatever its rows say.
  for (const [table, header] of firstRow) if (isActionHeader(header.map((k) => fold(blocks[k].text.trim())))) tables.add(table);
  // (Under the title of a document with no other heading, its preamble and closing lines are not commitments: two will do.)
  // (With no heading at all, one sentence saying "will" may be the document's purpose: two commitments are the fewest.)
  const linesDecide = committing.length >= fewest && (committing.length * 2 >= lines.length || (wholeDocument && committing.length >= 2));
  if (!linesDecide && !(lines.length === 0 && tables.size > 0)) return;
  for (const k of linesDecide ? committing : []) roles[k].section = 'tasks';
  for (const k of run) if (blocks[k].kind === 'table-cell' && tables.has(blocks[k].table ?? 0)) roles[k].section = 'tasks';
}

const WHO_HEADER = /^(?:who|by whom|who is responsible|person responsible|responsible|name)\b/;
const WHAT_HEADER = /^(?:what|actions?|tasks?|jobs?|what needs to happen|what will happen|what will be done|safety rules?|rules?|will do|to do|is going to do|agrees? to)\b/;

function isActionHeader(cells: string[]): boolean {
  return cells.some((cell) => WHO_HEADER.test(cell)) && cells.some((cell) => WHAT_HEADER.test(cell));
}
