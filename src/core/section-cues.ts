import { classifySubject } from './actors';
import type { SectionKey } from './section-wordings';

const TASK_NOUN = '(?:jobs?|part|bit|side|tasks?|promises?|actions?|responsibilities|commitments?|to-?dos?(?: list)?|jobs list|task list)';

/**
 * Labels that say whose the tasks are: "Mum's jobs", "Shannon's side of it", "Your promises", "Kai's
 * part in keeping Ava safe" (the owner's part in something). Group 1 is the owner. ("What Dan has
 * promised" is a commitments wording, sorted by its subject in section-labels.ts.)
 */
const OWNED_TASKS: readonly RegExp[] = [
  new RegExp(`^(?:the )?(.+?)'s? ${TASK_NOUN}(?: (?:of (?:it|things|this|the (?:plan|agreement))|in (?:this|it|the (?:plan|agreement))|to play))?$`),
  new RegExp(`^(your|our|my) ${TASK_NOUN}$`),
  new RegExp(`^(?:the )?([a-z'-]+(?: [a-z'-]+)?)'s? ${TASK_NOUN} (?:in|for|towards|with) [a-z' -]{3,60}$`),
];

/** "Mum's jobs", "The social worker's part", "Your promises": the section of whoever owns the tasks, or undefined. */
export function ownedTasksSection(label: string): SectionKey | undefined {
  for (const pattern of OWNED_TASKS) {
    const owned = pattern.exec(label);
    if (owned) return ownerSection(owned[1]);
  }
  return undefined;
}

function ownerSection(owner: string): SectionKey | undefined {
  if (owner === 'our' || PROFESSIONAL_LABEL.test(owner) || /\b(?:social worker|worker|team|service|school|nurse|health visitor|early help|council|police|doctor|gp|centre|hub|project|charity|nursery|clinic|surgery)$/.test(owner)) return 'professional-commitments';
  if (owner === 'your' || owner === 'my' || FAMILY_LABEL.test(owner)) return 'family-commitments';
  return undefined;
}

const PROFESSIONAL_LABEL = /^(?:the )?(?:professionals?|workers?|agenc(?:y|ies)|services?|practitioners?|social workers?|children's (?:social care|services)|the council|council|local authority|school|health|police|we|us|our (?:team|workers))(?:\s+(?:and|&)\s+(?:professionals?|workers?|agenc(?:y|ies)|services?|school|health|police))*$/;
const FAMILY_LABEL = /^(?:(?:mum|dad|mother|father|parents?|carers?|grand(?:parents?|mother|father|ma|pa)|nan|gran|aunt|uncle|the family|family|you|i)|(?:(?:mr|mrs|ms|miss|nana|nanna|nan|gran|granny|grandma|grandad|grandpa|aunt|auntie|uncle) )?[a-z'-]+(?:\s+(?:and|&)\s+(?:(?:mr|mrs|ms|miss) )?[a-z'-]+)*)$/;

/**
 * A bold label that starts a commitment on the same line ("Sadia and Imran: Imran will …",
 * "Professionals: Ruth Carr will …") names whose tasks follow. Null when it names neither.
 */
export function commitmentLabel(label: string, rest: string): SectionKey | null {
  if (!/\b(?:will|agrees? to|must|is to|are to|to)\b/.test(rest)) return null;
  if (PROFESSIONAL_LABEL.test(label)) return 'professional-commitments';
  if (FAMILY_LABEL.test(label) && label.split(/\s+/).length <= 6) return 'family-commitments';
  return null;
}

/** The value of a row opens with a commitment: "Leah will …", "Will ring Erin …", "To take Jo …", "Not to …". */
const COMMITMENT_OPENING = /^[^.?!]{0,60}?\b(?:will|must|agrees? to|is to|are to|is going to|are going to|promises? to)\b|^\s*(?:to|not to|never)\s+[a-z]/;

/** The noun a professional's role ends in: "family worker", "health visitor", "school nurse". */
const ROLE_NOUN = /\b(?:worker|visitor|nurse|teacher|officer|school|team|service|police|gp|doctor|midwife|manager|practitioner|mentor|lead|therapist|counsell?or|advis[eo]r)s?$/;
const NAME_WORD = /^(?:[A-Z][\p{L}'\u2019-]*[:.]?|and|&|of|the)$/u;
const FAMILY_LABEL_ROLE = /^(?:(?:mum|dad|mother|father|parents?|carers?|grand(?:parents?|mother|father|ma|pa|ad|mum)|nan|gran|granny|aunt(?:ie)?|uncle|brother|sister|partner|foster carers?|kinship carers?|the family|family)(?:\s*(?:and|&|,)\s*|\s*$))+$/;

/** A header cell's question for the column of people: "Who", "By whom" (never a person's name). */
const COLUMN_NAME = /^\s*(?:who|by whom|whom)\s*[:?]?\s*$/;

/**
 * A label cell naming a person or a party ("Leah", "Mum", "Grandad", "Erin Cole (social worker)",
 * "Professionals") whose row holds commitments: the row is that person's tasks. Null when the label
 * is not a person, or the row does not commit anyone to anything (then it only names a party).
 */
export function personRowSection(label: string, folded: string, value: string): SectionKey | null {
  return COMMITMENT_OPENING.test(value) ? personColumnSection(label, folded) : null;
}

/** The commitments of the person or party a header or label cell names ("Mum", "Erin Cole (social worker)", "Professionals"), or null. */
export function personColumnSection(label: string, folded: string): SectionKey | null {
  // "Lorna (Gran)", "Sam Reid (family worker)": the role in brackets says whose side the person is on.
  const role = /\(([^()]{2,40})\)\s*$/.exec(folded)?.[1];
  if (role && role !== folded) {
    const byRole = personColumnSection(role, role);
    if (byRole) return byRole;
  }
  // "Mark Shaw and others": the named person stands for the rest.
  const others = /\s+(?:and|&) (?:others|other (?:professionals|agencies|workers|services)|partners|the team|colleagues)$/i.exec(label);
  if (others) return /\b(?:professionals|agencies|workers|services|team|colleagues|partners)$/.test(folded) ? 'professional-commitments' : personColumnSection(label.slice(0, others.index), folded.slice(0, others.index));
  const words = label.replace(/\([^)]*\)/g, ' ').trim().split(/\s+/);
  // ("Who | Will do | By": a header row names the columns, not a person.)
  if (words.length > 6 || /[.!?]$/.test(label) || COLUMN_NAME.test(folded)) return null;
  // A name is capitalised words ("Leah", "Jake and Carla"); a role is a party word ("Mum", "Professionals").
  // ("Social worker (Jo Whitfield)": the role before a name in brackets is read without it.)
  const name = folded.replace(/\([^)]*\)/g, ' ').replace(/[:.]\s*$/, '').trim();
  const kind = classifySubject(label.replace(/[:.]\s*$/, ''));
  // A professional's role in a few words ("Family worker", "Health visitor") names a party as much as a name does.
  if (!words.every((word) => NAME_WORD.test(word)) && !PROFESSIONAL_LABEL.test(name) && !FAMILY_LABEL_ROLE.test(name) && !(kind === 'professional' && words.length <= 4 && ROLE_NOUN.test(name))) return null;
  if (kind === 'professional' || (kind === 'generic' && PROFESSIONAL_LABEL.test(name))) return 'professional-commitments';
  if (kind === 'family' || (kind === 'generic' && FAMILY_LABEL.test(name))) return 'family-commitments';
  return null;
}
