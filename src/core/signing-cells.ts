// What the cells of a signature table hold, as a person reads them: the names or roles of those who sign,
// and what each writes in a box (table-layout.ts finds signature tables by these).

/** A person's name or a party word: "Jade Foster", "Abi Morgan, Social Worker", "Mum (Lorraine)", "Donna", "Team Manager". */
const NAME_LIKE = /^(?:[A-Z][\p{L}'\u2019-]+|[A-Z]\.)(?:\s+(?:[A-Z][\p{L}'\u2019-]+|[A-Z]\.)){0,3}\s*(?:\([^)]*\))?\s*(?:,\s*[\p{L} ]{2,40})?$/u;
const PARTY_WORD = /^(?:me|mum|dad|mother|father|parent|carer|nan|nana|gran|grandma|grandad|young person|child|social worker|team manager)\b/i;
/** A form's own fields, which are filled in, not signed: "Address", "Phone", "School". */
const FORM_FIELD = /\b(?:address|phone|mobile|tel|telephone|e-?mail|postcode|school|nursery|gp|doctor|ethnicity|religion|language|gender|time|venue|number|ref)\b/i;
export const isNameLike = (text: string): boolean => !FORM_FIELD.test(text) && (NAME_LIKE.test(text) || PARTY_WORD.test(text));

/** What a signer writes in a box: a name or initials ("D Brennan", "Tyler B"), "(signed)", a date ("3/12/26", "3 December 2026"), or "N/A" where nobody signs. */
export const SIGNED_VALUE = /^(?:\(?[Ss]igned(?: [a-z ]{1,20})?\)?|[Nn]\/?[Aa]|[Nn]ot (?:applicable|needed)|(?:[A-Z][\p{L}'\u2019.-]*)(?:\s+[A-Z][\p{L}'\u2019.-]*){0,3}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{1,2}(?:st|nd|rd|th)? [A-Z][a-z]+ \d{4})$/u;
/** A line to sign on after the last table: a rule of underscores or dots, or "Signed"/"Countersigned" opening it. */
export const SIGN_TAIL = /_{3,}|\.{5,}|\u2026{2,}|^\s*(?:counter-?)?sign/i;
