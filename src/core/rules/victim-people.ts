// The children and the relatives caring for them that an agreement introduces, for the victim-responsibility
// rule's review (victim-agreement.ts): a finding naming only a child, or asking a grandparent or other
// relative who cares for the children, is not a victim of abuse made responsible for her abuser.

export const NO_NAMES: readonly string[] = [];

/** A child as the agreement introduces one: "Finley (5)", "Oliver Reid, date of birth 8 August 2014" (born since 2009), "Isaac Thorne, 11 (born …)", "Poppy Marsh (8, born …)", "Zara Hussain (12)", "Poppy, aged 7", "Leo (born 3 May 2020)"; an age over 17 is an adult's ("Ross Pennant (25)"). */
const CHILD_INTRODUCED = /([A-Z][\p{Ll}'\u2019-]+)(?:\s+[A-Z][\p{Ll}'\u2019-]+)?(?:\s*\((?:aged\s+|age\s+)?(?:1[0-7]|\d)(?:\s*(?:months?|years?|weeks?)(?:\s+old)?)?[),]|,\s+aged\s+(?:1[0-7]|\d)\b|\s*\(born\b|,\s+born\b|,\s+(?:date\s+of\s+birth|dob)\s*:?\s*[^,;()]{0,20}?\b20(?:09|[12]\d)\b|,\s+(?:1[0-7]|\d)\s*(?:\(|,|;|$))/gmu;
/** A child named after a form's label for one: "Baby: Rosie Allan", "Child's name: Tyler", "Young person: Kian". */
const CHILD_LABELLED = /\b(?:Baby|Unborn baby|Child|Children|Child's name|Name of child|Young person)\s*:\s*([A-Z][\p{Ll}'\u2019-]+)/gu;

/** The first names of the children one paragraph introduces with an age or a birth date, or after a form's label for a child. */
export function childrenIn(text: string): readonly string[] {
  const labelled = text.includes(':');
  if (!labelled && !/\d/.test(text)) return NO_NAMES;
  const names: string[] = [];
  for (const pattern of labelled ? [CHILD_INTRODUCED, CHILD_LABELLED] : [CHILD_INTRODUCED]) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) names.push(m[1].toLowerCase());
  }
  return names;
}

/** A grandparent or another relative as the agreement introduces one: "Ray Brennan (Mason's grandad)", "Shelley Hardcastle (Craig's sister)", two with one surname: "Lorraine and Desmond Mercer (Jayden's paternal grandparents)". */
const CARER_INTRODUCED = /([A-Z][\p{Ll}'\u2019-]+)(?:\s+(?:and|&)\s+([A-Z][\p{Ll}'\u2019-]+))?(?:\s+[A-Z][\p{Ll}'\u2019-]+)?\s*\([^)]{0,30}\b(?:[Gg]rand\w*|[Nn]an(?:n?a)?|[Gg]ran(?:ny)?|[Aa]unt(?:ie|y)?|[Uu]ncle|[Ss]ister|[Bb]rother|[Cc]ousin)\b/gu;

/** A grandparent named with the family word before the name: "Grandad Terry", "Nana Pat". */
const CARER_TITLED = /\b(?:Grandad|Granddad|Grandpa|Grandma|Granny|Gran|Nan|Nana|Nanna|Nanny|Aunt|Auntie|Aunty|Uncle)\s+([A-Z][\p{Ll}'\u2019-]+)/gu;

/** A label above naming the one asked by the care they give: "The Carer's Undertakings", "Kinship carers will". */
export const CARER_NAMED = /^(?:carers?|kinship|guardians?|grandparents?)(?:['\u2019]s?)?$/;

/** Relatives introduced by the care they give: "Bob and Sandra Lowe, who are looking after their grandson Rio". */
const CARING_FOR = /([A-Z][\p{Ll}'\u2019-]+)(?:\s+(?:and|&)\s+([A-Z][\p{Ll}'\u2019-]+))?(?:\s+[A-Z][\p{Ll}'\u2019-]+)?,?\s+(?:who\s+(?:are|is)\s+)?(?:looking\s+after|caring\s+for|(?:the\s+)?(?:kinship\s+carers?|special\s+guardians?)\s+(?:of|for))\s+(?:their|her|his)\s+(?:grand\w+|niece|nephew|great-\w+)/gu;

/** The grandparents one paragraph introduces (first names, lower case). */
export function carersIn(text: string): readonly string[] {
  const names: string[] = [];
  if (/\b(?:looking\s+after|caring\s+for|carers?\s+(?:of|for)|guardians?\s+(?:of|for))\b/.test(text)) {
    CARING_FOR.lastIndex = 0;
    for (let m = CARING_FOR.exec(text); m; m = CARING_FOR.exec(text)) names.push(...[m[1], m[2]].filter(Boolean).map((n) => n.toLowerCase()));
  }
  for (const pattern of text.includes('(') ? [CARER_INTRODUCED, CARER_TITLED] : [CARER_TITLED]) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) names.push(...[m[1], m[2]].filter(Boolean).map((n) => n.toLowerCase()));
  }
  return names.length ? names : NO_NAMES;
}
