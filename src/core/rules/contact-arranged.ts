import type { ContactCue } from './contact-fragments';
import { clauseAround } from './contact-parties';

// Whether the clause holding a cue of contact arranges it: contact denied, stopped, reported, only
// wished or liked, or named as a purpose shares the words of an arrangement but arranges nothing.

/** Before the cue in its clause: the contact is denied, stopped, ended, reported or only a worry. */
const DENIED_BEFORE = /\b(?:no|not|never|nor|stop|stops|stopped|stopping|prevent|prevents|ban|bans|without|refuse|refuses|tell|tells|told|report|reports|inform|informs|worried|worry|concerned)\b|n't\b|\b(?:if|unless)\b|\b(?:end|ends|ending|cease|ceases|cut\s+off|break\s+off)\s+(?:all\s+|any\s+)?$/;
/** Contact held back only until someone agrees it: "not to see Gary unless agreed", "no visits until the social worker says so" (an arrangement left open, not a ban). */
const HELD_BACK = /\b(?:not|no|never)\b|n't\b/g;
const HELD_BACK_UNTIL = /\b(?:unless|until|except|other\s+than|without)\s+(?:[a-z'-]+\s+){0,4}?(?:agree\w*|arrang\w*|approv\w*|supervis\w*|permission|ok|okay|says?\s+(?:so|it's|it\s+is)|decides?|confirm\w*|planned)\b/;
/** Just before the cue: a time when contact arranged elsewhere happens ("I will stay in the room when Lewis sees his dad"); not a question of when ("sort out when I see my dad"). */
const DURING_BEFORE = /(?<!\b(?:out|decide[sd]?|agree[sd]?|arrange[sd]?|plan(?:s|ned)?|confirm(?:s|ed)?|say|says|know|knows|ask|asks|discuss(?:es)?|about|on|check|checks|tell|tells)\s)\b(?:when|whenever|while|whilst|each\s+time|every\s+time|after|before)\s+(?:[a-z'\u2019-]+\s+){0,3}$/;
/** A wish someone undertakes to look at: "would like to see Noah more and this will be looked at", "and we will see if this can happen". */
const TAKEN_UP_AFTER = /\b(?:will|shall|(?:is|are)\s+going\s+to)\s+(?:be\s+)?(?:look(?:ed)?\s+(?:at|into)|consider(?:ed)?|explored?|discuss(?:ed)?|arranged?|review(?:ed)?|talk(?:ed)?\s+about|think\s+about|thought\s+about|see\s+(?:if|whether|how)|try\s+to\s+arrange|set\s+up|put\s+in\s+place|sort(?:ed)?\s+out|follow(?:ed)?\s+up|taken\s+forward|work(?:ed)?\s+out)\b/;
/** Before the cue in its clause: a liking, a preference, a request or a wish had (reports, which arrange nothing: "Leo loves seeing his nan", "Ella has asked that only her nan visits"). */
const LIKED_BEFORE = /\b(?:wanted|wish(?:ed)?|hoped|enjoy(?:s|ed)?|(?<!would\s)lik(?:es?|ed)|(?<!would\s)lov(?:es?|ed)|miss(?:es|ed)|(?:asked|asks|requested|requests)\s+(?:that|for|if)|prefers?|would\s+prefer)\b/;
/**
 * A wish for time together now ("Nana Joan would like to see Ella more", "Ella wants to keep seeing Kai"): contact the agreement
 * leaves to be arranged, so its details are asked for; a wish someone only reports ("Ella says she wants to …") arranges nothing.
 */
const WISH_REPORTED = /\b(?:says?|said|saying|shared|explained|mentioned|feels?|felt|thinks?|thought)\b/;
const WISH = /\b(?:wants?|would\s+(?:like|love)|wish(?:es)?|hopes?)\b/;
/** Just before the cue: a topic ("feel positive about seeing their brothers", "the thought of visiting Dad"), not an arrangement. */
const TOPIC_BEFORE = /\b(?:about|of)\s+$/;
/** Just before the cue: time already had ("Leo had a lovely time with his nan"), a report. */
const HAD_BEFORE = /\bhad\s+(?:a|an|some)\s+(?:[a-z]+\s+){0,2}$/;
/** Before the cue in its sentence: a purpose ("so Evie and Finn can keep seeing their dad"), which says why, not how. */
const PURPOSE_BEFORE = /\bso\s+that\b|\bknows?\s+(?:when|how|where|what)\b|\bso\s+(?:[a-z'-]+\s+){1,4}(?:can|could|are\s+able|is\s+able|will\s+be\s+able)\b|\bin\s+order\s+(?:to|that)\b|\b(?:point|purpose|aim|goal|idea)\s+(?:of\s+(?:[a-z]+\s+){1,3})?(?:is|are)\b/;
/** Just after the cue: what happened ("His time with the children went well"), a report rather than an arrangement. */
const HAPPENED_AFTER = /^\s*(?:went|was|were|has\s+been|have\s+been|had\s+been|happened|took\s+place|did)\b/;
/** After the cue in its clause: contact being stopped, cut or lost (a consequence, the threatening rule's business), or looked at again at the regular reviews (how the plan is kept up to date, not an arrangement put off). */
const STOPPED_AFTER = /\b(?:being\s+|be\s+)?(?:stopped|suspended|ended|reduced|cancelled|withdrawn|monitored|cut(?:\s+(?:back|down|short))?)\b|\bwill\s+(?:stop|end)\b|^\s+(?:is|are)\b.*\b(?:so\s+that|because|so\s+we)\b|\breviewed\b.*\b\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\bkept\s+under\s+review\b|\b(?:reviewed|looked\s+at\s+again|revisited|discussed)\s+(?:at|in)\s+(?:each|every|the|all|[a-z]+'s)\s+(?:[a-z.']+\s+){0,3}(?:reviews?|meetings?|conferences?)\b/;
/** Contact already on hold until a decision ("to remain suspended pending the report"): an arrangement put off, not a consequence. */
const ON_HOLD_PENDING = /^\s+(?:(?:to|will|is|are|has|have|been|remains?|stays?|currently)\s+)*(?:suspended|on\s+hold|paused)\s+(?:pending|until|while)\b/;

/** The clause holding the cue arranges contact: not denied, stopped or a report. */
export function arranges(folded: string, cue: ContactCue): boolean {
  const { from, to } = clauseAround(folded, cue.start, cue.end);
  const before = folded.slice(from, cue.start);
  const after = folded.slice(cue.end, to);
  const denied = DENIED_BEFORE.test(before) && !(HELD_BACK_UNTIL.test(after) && !DENIED_BEFORE.test(before.replace(HELD_BACK, ' ')));
  return !denied && !DURING_BEFORE.test(before) && !TOPIC_BEFORE.test(before) && !HAD_BEFORE.test(before) && !(LIKED_BEFORE.test(before) && !TAKEN_UP_AFTER.test(after)) && !(WISH.test(before) && WISH_REPORTED.test(before)) && !PURPOSE_BEFORE.test(before) && !HAPPENED_AFTER.test(after) && (!STOPPED_AFTER.test(after) || ON_HOLD_PENDING.test(after));
}
