// The word classes events-told.ts reads a sentence by, to tell worries written as what happened
// ("Last summer family time ended in arguments", "Dad lost his job in September") from aims and
// tasks. Classes of meaning, not one agreement's wordings; folded (lower-case) words, looked up one at a time.

/** Harm, distress, neglect, hardship and the services that saw it: what a worry is about. */
export const TROUBLE = new Set([
  // conflict and violence
  'argument', 'arguments', 'arguing', 'argued', 'shouting', 'shouted', 'screaming', 'screamed', 'fight', 'fights', 'fighting', 'fought',
  'violence', 'violent', 'abuse', 'abused', 'abusive', 'assault', 'assaulted', 'attacked', 'hitting', 'punched', 'kicked', 'slapped',
  'smacked', 'pushed', 'shoved', 'grabbed', 'threatened', 'threatening', 'strangled', 'choked', 'hurt', 'injured', 'injury', 'injuries',
  'bruise', 'bruises', 'bruised', 'bruising', 'stitches', 'fracture', 'fractured', 'burned', 'burnt', 'fgm', 'mutilation',
  // distress
  'crying', 'cried', 'upset', 'scared', 'frightened', 'afraid', 'distressed', 'tearful', 'anxious', 'anxiety', 'depressed', 'depression',
  'lonely', 'unhappy', 'angry', 'self-harm', 'self-harming', 'overdose', 'suicidal', 'worried', 'worries', 'concerned',
  // neglect and the home
  'rubbish', 'dirty', 'filthy', 'mess', 'smelly', 'unwashed', 'hungry', 'neglect', 'neglected', 'untreated', 'unsupervised', 'unsafe',
  'alone',
  // drink and drugs
  'drinking', 'drunk', 'alcohol', 'drugs', 'cannabis', 'cocaine', 'heroin', 'relapse', 'relapsed', 'intoxicated',
  // school
  'missed', 'missing', 'absent', 'absence', 'absences', 'attendance', 'excluded', 'exclusion', 'suspended', 'truanting',
  // what services did about it (not the services alone: "The police came to talk to the class")
  'arrested', 'prison', 'custody', 'referral', 'referred', 'disclosed', 'disclosure', 'enquiries', 'investigation',
  // loss and hardship
  'died', 'death', 'bereaved', 'bereavement', 'lost', 'debt', 'debts', 'arrears', 'evicted', 'eviction', 'homeless',
]);

/** Words that are a worry only after one of these: "very low", "no food", "little heating", "not seen". */
export const TROUBLE_AFTER = new Map<string, ReadonlySet<string>>([
  ['low', new Set(['very', 'so', 'feeling', 'been', 'really'])],
  ['food', new Set(['no', 'little', 'enough'])],
  ['heating', new Set(['no', 'little'])],
  ['seen', new Set(["haven't", "hasn't", "hadn't", 'not', 'never'])],
  ['discussion', new Set(['strategy'])],
]);

/** Verbs and auxiliaries that tell the past ("was", "had", "went", "told"), and words that date it ("since", "ago", "twice"). */
export const PAST = new Set([
  'was', 'were', "wasn't", "weren't", 'had', "hadn't", 'did', "didn't", 'been', 'went', 'came', 'found', 'told', 'said', 'saw', 'asked',
  'started', 'ended', 'happened', 'died', 'moved', 'lost', 'fell', 'left', 'took', 'called', 'rang', 'phoned', 'reported', 'noticed',
  'visited', 'separated', 'missed', 'got', 'became', 'began', 'stopped', 'refused', 'admitted', 'disclosed', 'arrived', 'ran', 'broke',
  'threw', 'cried', 'argued', 'shouted', 'screamed', 'kicked', 'punched', 'slapped', 'pushed', 'grabbed', 'smacked', 'arrested', 'removed',
  'referred', 'needed', 'since', 'ago', 'yesterday', 'recently', 'previously', 'earlier', 'twice',
]);

/** Words that date the past after one of these: "last summer", "in October", "on 3 June", "this term". */
export const PAST_AFTER = new Map<string, ReadonlySet<string>>(
  [
    ...['week', 'month', 'year', 'night', 'weekend', 'summer', 'winter', 'spring', 'autumn', 'term', 'time', 'christmas'].map((w) => [w, new Set(['last'])] as const),
    ...['january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december'].map((w) => [w, new Set(['in', 'on', 'since', 'during', 'early', 'late', 'mid'])] as const),
    ['times', new Set(['several', 'many', 'few', 'three', 'four', 'five', 'six'])],
  ],
);

/** A sentence with one of these asks, aims or supposes rather than tells what happened: a task, a hope, a condition. */
export const NOT_TOLD = new Set(['will', 'would', 'must', 'shall', 'should', 'if', 'unless', 'whenever', 'want', 'wants', 'hope', 'hopes', 'please', 'aim', 'goal', 'purpose']);
