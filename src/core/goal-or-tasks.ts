// "What we need to see", "What everyone needs to see": a letter of expectation puts the family's
// tasks under it; a Signs of Safety plan puts its safety goal there (the purpose). The walk reads
// the heading as the tasks; after the walk, what follows decides: a table, or lines in which
// someone undertakes an action, keep it the tasks; a goal statement makes it the purpose.
import type { BlockRole, Structure } from './block-role';
import type { Block } from './model';
import type { SectionKey } from './section-labels';
import { cleanLabel, GOAL_OR_TASKS_HEADING } from './section-labels';
import { fold } from './text';

/** A line in which someone undertakes an action: "Mum will take Ella to …", "Dad to ring the school", "Attend every session". */
const ACTION_LINE = /^(?:\s*\(?[\da-z]{1,3}[.)]\s+)?(?:[^.?!:]{0,60}?\b(?:will|must|agrees? to|is to|are to|needs? to|has to|have to|is going to|are going to)(?: not| always| also| each| every)?|[a-z'-]+(?: and [a-z'-]+)? to|[^.?!:]{0,60}?'ll)\s+(?!(?:be|feel|live|grow|stay|remain|have|know|enjoy|get to|continue to be|show|demonstrate|prove|see|look|seem|become|carry on)\b)[a-z]/;
/** What a goal says of a child's life: a state to reach and keep. */
const GOAL_WORDS = /\b(?:so that|safe|safely|well looked after|cared for|happy|healthy|settled|thriv\w*|confident|protected|free from|without (?:fear|worry|harm)|in a home where|grow(?:s|ing)? up)\b/;

/**
 * Decide each goal-or-tasks heading by the lines under it (until the next label): the purpose when no
 * table sits there and none of its lines undertakes an action (or one, beside a line stating a goal).
 * Returns every such heading and its lines, decided either way: an edit there needs a full walk.
 */
export function settleGoalOrTasks(blocks: readonly Block[], roles: BlockRole[], labelled: Structure['labelled'], folded?: readonly string[]): Set<number> {
  const decided = new Set<number>();
  for (let i = 0; i < blocks.length; i++) {
    const role = roles[i];
    if (!role.labelOnly || role.section !== 'tasks') continue;
    const text = folded?.[i] ?? fold(blocks[i].text);
    if (text.length > 60 || !GOAL_OR_TASKS_HEADING.test(cleanLabel(text.trim()))) continue;
    const run: number[] = [];
    for (let j = i + 1; j < blocks.length && !roles[j].labelOnly && roles[j].section === 'tasks'; j++) run.push(j);
    for (const k of [i, ...run]) decided.add(k);
    if (!isGoalStatement(blocks, roles, run)) continue;
    for (const k of [i, ...run]) roles[k].section = 'purpose';
    move(labelled, i, 'tasks', 'purpose');
  }
  return decided;
}

function isGoalStatement(blocks: readonly Block[], roles: readonly BlockRole[], run: readonly number[]): boolean {
  if (run.some((k) => blocks[k].kind === 'table-cell')) return false;
  const lines = run.filter((k) => !roles[k].placeholder).map((k) => fold(blocks[k].text.slice(roles[k].contentStart)));
  const actions = lines.filter((line) => ACTION_LINE.test(line)).length;
  // (No line in which anyone acts is a statement of where things should be; one such line needs a goal beside it.)
  return lines.length > 0 && (actions === 0 || (actions === 1 && lines.length > 1 && lines.some((line) => GOAL_WORDS.test(line))));
}

function move(labelled: Structure['labelled'], at: number, from: SectionKey, to: SectionKey): void {
  const list = labelled.get(from);
  if (list) {
    const left = list.filter((k) => k !== at);
    if (left.length > 0) labelled.set(from, left);
    else labelled.delete(from);
  }
  labelled.set(to, [...(labelled.get(to) ?? []), at].sort((a, b) => a - b));
}
