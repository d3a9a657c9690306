// Issue 11's class, read as "who acts on whom": a family member is asked (a modal, "is to", an
// instruction) to act on ANOTHER ADULT (not a child, not a worker): to keep him out or away, to see
// to what he does, to watch for him and report him, to leave him, or to answer for what he does.
// Each relation below is one way the asked party's verb takes the other adult, his presence, his
// contact or his behaviour as its object or as the condition it watches. The other adult is one
// slot, checked the same way everywhere (otherAdultAt); the words around it are verb classes.
// Patterns run on folded text (lower case, straight quotes); capitals are read from the original.

/** The asked party's obligation: a modal, "is to", "agrees to", or a second infinitive ("… and to end the handover"). */
export const MADE_TO = "(?:will|shall|must|should|is to|are to|am to|agrees? to|(?:has|have) agreed to|needs? to|(?:has|have) to|(?:is|are|will\\s+be) expected to|(?:is|are|will\\s+be) asked to|(?:is|are|will\\s+be) required to|(?:is|are) going to|(?:job|responsibility|duty|role)\\s+to|(?:and|or) to|to(?<=^\\s*(?:[a-z'-]+\\s+){1,2}to)|(?:and|or)(?<=\\b(?:will|must|should|shall|needs?\\s+to|(?:has|have)\\s+to|(?:is|are)\\s+(?:to|expected\\s+to|asked\\s+to|required\\s+to))\\s[^.;,]{1,60}?\\s(?:and|or)))";

const ROLE = '(?:ex-partner|ex-husband|ex-wife|ex-boyfriend|partner|boyfriend|girlfriend|husband|wife|father|dad|stepfather|stepdad|step-dad)';
/**
 * The other adult, as one capture group: a role ("her ex-partner", "the children's father"), a title
 * and name, "him"/"he", or a single word that otherAdultAt accepts only when it is written as a name.
 */
const ADULT = `((?:(?:her|his|their|your|my|the\\s+children's|the\\s+child's|the\\s+baby's|[a-z]+'s)\\s+(?:new\\s+|former\\s+|old\\s+)?${ROLE})|(?:the\\s+)?(?:ex-partner|partner|boyfriend|stepfather|stepdad)|(?:mr|mrs|ms|miss)\\s+[a-z'-]+|him|he|[a-z][a-z-]*)(?![\\w-])`;

/** The other adult by role or title only, for relations whose object could as well be a child ("keep Isla calm"). */
const ADULT_BY_ROLE = `((?:(?:her|his|their|your|my|the\\s+children's|the\\s+child's|the\\s+baby's|[a-z]+'s)\\s+(?:new\\s+|former\\s+|old\\s+)?${ROLE})|(?:the\\s+)?(?:ex-partner|partner|boyfriend|stepfather|stepdad)|(?:mr|mrs|ms|miss)\\s+[a-z'-]+)(?![\\w-])`;
/** What the children are to be kept from, as harm rather than as a person: "any further incidents of domestic abuse". */
/** Harm between adults, as nouns: "abuse", "conflict", "shouting", "rows". */
const HARM_NOUN = '(?:abuse|violence|conflict|arguments?|fighting|fights|rows|shouting|aggression|disputes?|tension|incidents?)';
const HARM_TO_THEM = `(?:any\\s+|the\\s+)?(?:further\\s+|more\\s+|future\\s+)?(?:incidents?\\s+of\\s+)?(?:(?:domestic|adult|parental)\\s+)?${HARM_NOUN}\\b`;

/** What the other adult does that the asked party is to watch for: turning up, getting in touch, drinking, losing his temper. */
const ADULT_ACT = "(?:(?:comes?|came|arrives?)(?=\\s*(?:[.,;]|$))|(?:comes?|came|is\\s+coming)\\s+(?:(?:to|near|by|into)(?:\\s+(?:the|her|my|your|our|their)\\s+(?:house|flat|home|door|address|school|nursery|unit|ward))?|round|over|back|in|up|looking)|turns?\\s+up|turned\\s+up|shows?\\s+up|arrives?|returns?|(?:is|gets?)\\s+(?:released|out\\s+of\\s+prison)|visits?|knocks|calls?|rings?|phones?|texts?|messages?|emails?|contacts?|makes?\\s+contact|gets?\\s+in\\s+(?:touch|contact)|tries\\s+to|(?:attempts?|attempted|tried)\\s+(?:to\\s+)?(?:make\\s+contact|get\\s+in\\s+(?:touch|contact)|contact|call|visit|come|see|speak|talk|meet|message|text|ring|phone|find)|breaks\\s+(?:any\\s+(?:part|of)\\s+(?:of\\s+)?)?(?:this|the|his)\\s+(?:plan|agreement|rules?|conditions?)|sends?\\s+(?:(?:her|you|me|them|the\\s+children)\\s+)?(?:any\\s+)?(?:messages?|texts?|letters?|gifts?|presents?)|(?:is|gets)\\s+seen|hangs?\\s+around|(?:has\\s+been|is)\\s+in\\s+(?:touch|contact)|waits|follows|drinks|uses|has\\s+(?:been\\s+(?:drinking|using)|used|drunk|taken\\s+drugs|had\\s+a\\s+drink)|is\\s+(?:drunk|high|using|drinking|aggressive|abusive|violent|threatening)|becomes|gets\\s+(?:angry|aggressive|abusive|violent|drunk|nasty)|loses\\s+his\\s+temper|starts\\s+(?:an?\\s+)?(?:argument|row|fight)|shouts|swears|threatens|breaks\\s+(?:his|the\\s+(?:order|injunction|non-molestation))|breaches|goes\\s+near|finds?\\s+out|found\\s+out|learns|discovers)";
/** Watching: "if", "whenever", "as soon as she knows that". */
const CONDITION = "(?:if|when|whenever|should|as\\s+soon\\s+as|any\\s*time|every\\s+time|each\\s+time|the\\s+moment)\\s+(?:(?:she|he|they|i|you)\\s+(?:thinks?|knows?|suspects?|believes?|sees?|hears?|finds?\\s+out)\\s+(?:that\\s+)?)?";
/** The asked party's answer to what he does: report it, or deal with him herself. */
const RESPONSE = '(?:report|tell|inform|let|ring|phone|call|text|message|contact|email|alert|end|stop|leave|ask|make|get|send|turn|refuse|lock|close|shut|keep|show|give|forward|record|write|log|hang|walk|put)';
/** What she is made to do once he has acted, beyond reporting: rarer verbs only, as each is also a word of the cheap test ("screenshot the messages", "dial 999"). */
const STEPS_OF_HER_OWN = 'dial|screenshot|save|photograph|press|hide|lock|note|supervise|remove';
/** Leaving home herself once he has come: "pack a bag and go to her mum's", "take the children out" (after his act only, so not in the cheap test's verbs). */
const FLIGHT = 'pack|flee|escape|run|get\\s+out|move\\s+(?:out|away|house|home|(?:the\\s+)?(?:children|kids|boys|girls|family)\\s+(?:to|out|away))|go\\s+(?:straight\\s+)?(?:to|round|home|and\\s+(?:stay|leave))|head\\s+(?:to|for|straight)|take\\s+(?:the\\s+)?(?:children|child|kids|baby|boys|girls|[a-z]+)\\s+(?:and\\s+(?:leave|go|get\\s+out)|out\\s+of|away)';
const RESPONSE_AFTER = `(?:${RESPONSE.slice(3, -1)}|${STEPS_OF_HER_OWN}|${FLIGHT})`;
/** His presence or contact, as what she is not to let him have. */
const PRESENCE = "(?:in|inside|into|onto|on\\s+to|set\\s+foot\\s+(?:in|on|inside|near|at)|at|round|over|back|near|around|stay|sleep|live|move\\s+in|visit|come|enter|return|babysit|look\\s+after|care\\s+for|mind|be\\s+alone\\s+with|pick\\s+up|collect|take\\s+(?:the\\s+)?(?:children|child|kids|baby)|have\\s+(?:the\\s+|any\\s+|unsupervised\\s+)?(?:children|child|kids|baby|contact)|see\\s+(?:the\\s+|her\\s+|their\\s+)?(?:children|child|kids|baby|boys|girls|twins)|see\\s+[a-z]+(?=\\s*(?:[.,;]|$|\\s(?:or|and|at|on|alone|again|unless|until|without)\\b))|speak\\s+to|talk\\s+to|contact)";
/** His access as a thing she is not to give him: "any contact with", "access to", "unsupervised time with". */
const ACCESS = '(?:any\\s+|unsupervised\\s+|direct\\s+|further\\s+)*(?:contact|access|time|visits?)\\s+(?:with|to)';
/** Where or whom his presence is kept from, for the excerpt: "into the flat", "with the baby", "the night". */
const WHERE_OR_WHOM = "(?:\\s+(?:(?:with|at|to|into)\\s+)?(?:(?:the|her|his|your|my|their|our|any)\\s+(?:family\\s+)?[a-z]+|[a-z]+(?=\\s*(?:[.,;]|$))))?";
/** Her home and the people in it, as what he is kept away from (not "the dog", "the road"). */
const HER_WORLD = "(?:(?:(?:the|her|his|their|my|your|our)\\s+)?(?:children|child|kids|baby|boys|girls|twins|family|home|house|flat|property|address|school|nursery|door|(?:bed)?rooms?|kitchen|garden|street|estate|unit|ward|hospital|us|her|me)|[a-z]+'s\\s+[a-z]+|[a-z]+(?=\\s*(?:[.,;]|$)))\\b";
/** The end of the clause: "keep Dean away." "keep him out and…". */
const CLAUSE_END = "(?=\\s*(?:[.,;]|$|\\s+(?:and|or|if|when|unless|until|while|at|on|for)\\b))";
/** What she is to see that he does or does not do (his presence, contact, knowledge or behaviour). */
const ADULT_DOINGS = "(?:(?:never|no\\s+longer)\\s+(?:comes|goes|visits|sets\\s+foot|stays|sleeps|enters|calls|contacts|sees|turns\\s+up|drinks)|(?:does not|doesn't|do not|don't|will not|won't|never|cannot|can't|is not|isn't)\\s+(?:\\w+\\s+)??(?:come|go|set|visit|attend|approach|stay|live|sleep|enter|return|move|call|turn|contact|phone|text|message|see|have|has|get|drink|use|take|smoke|shout|swear|hit|hurt|argue|fight|threaten|look|care|babysit|pick|collect|drive|bring|find|know|learn|follow|track|away|near|at|in|around|anywhere|alone|any|contact)|(?:has|have)\\s+no|(?:is|are)\\s+(?:never|not)\\s+(?:left\\s+)?alone\\s+with|stays\\s+(?:away|calm|sober|out)|keeps\\s+(?:away|calm|his\\s+distance)|(?:stops|reduces|controls|manages)\\s+(?:his|her|their)\\s+(?:drinking|drug\\s+use|temper|anger|behaviour)|(?:follows|keeps\\s+to|sticks\\s+to|complies\\s+with|obeys)\\s+(?:all\\s+(?:of\\s+)?)?(?:his|the)\\s+(?:bail|order|conditions|injunction|non-mol\\w*|restraining)|behaves|remains\\s+calm|is\\s+(?:sober|calm|polite)|only\\s+(?:comes|visits|sees)|(?:is|are|has\\s+been|(?:has|have)\\s+not\\s+(?:been\\s+)?|hasn't\\s+(?:been\\s+)?|is\\s+not|isn't)\\s*(?:sober|drunk|high|under\\s+the\\s+influence|drinking|using|had\\s+a\\s+drink|taken\\s+(?:drugs|anything)|calm|in\\s+a\\s+fit\\s+state))\\b";
const CHILDREN = "(?:(?:the|her|his|their|both)\\s+)?(?:children|child|kids|baby|boys|girls|twins)";
/** The children as named in a line, or by a word for them. */
const CHILD_OBJECT = `(?:${CHILDREN}|[a-z]+(?:\\s+and\\s+[a-z]+)?)`;
/** Keeping the children from him: "have no contact with", "do not see or speak to", "are never left alone with". */
const KEPT_FROM = "(?:(?:have|has|get|gets|will\\s+have)\\s+no\\s+(?:unsupervised\\s+|direct\\s+|further\\s+)?contact\\s+with|(?:do not|don't|does not|doesn't|never|will not|won't)\\s+(?:[a-z]+\\s+){0,4}(?:with|to|see|meet|visit)|(?:are|is)\\s+(?:never|not)\\s+(?:left\\s+)?alone\\s+with)";
const ENSURE = '(?:ensure|make\\s+(?:sure|certain)|see\\s+to\\s+it|see\\s+that|check(?:\\s+that)?)';
/** His contact or breaches, as things to report: "any texts or calls from", "every breach of". */
const HIS_CONTACT = "(?:any|all|every)\\s+(?:further\\s+)?(?:contact|calls?|messages?|texts?|visits?|breach(?:es)?|sightings?)(?:,?\\s+(?:or|and)\\s+(?:contact|calls?|messages?|texts?|visits?|emails?))?\\s+(?:(?:you|she|he|they|i)\\s+(?:have|has|get|gets|receive|receives)\\s+)?(?:from|with|by|of)";

/** His contact named before him: "any contact Tom makes with her", "every call that Dean tries". */
const HIS_CONTACT_MADE = '(?:any|all|every)\\s+(?:further\\s+)?(?:contact|calls?|messages?|texts?|visits?|attempts?\\s+(?:at|to\\s+make)\\s+contact)\\s+(?:that\\s+)?';

/** Her own contact with him, as what she is not to do: "see", "speak to", "meet up with", "message". */
const CONTACT_VERB = '(?:see|contact|speak\\s+to|talk\\s+to|meet(?:\\s+up\\s+with)?|message|text|call|ring|phone|visit)';

/** What she is not to have with him: "have any contact with", "direct contact with", "see or speak to". */
const NO_CONTACT_WORDS = `(?:(?:have|make|be\\s+in|keep\\s+in)\\s+(?:any\\s+)?(?:(?:direct|indirect|further|more)\\s+)?(?:contact|touch)\\s+with|(?:(?:direct|indirect|further|more)\\s+)?contact\\s+with|${CONTACT_VERB}(?:\\s+(?:or|and)\\s+${CONTACT_VERB})*)`;
/** Keeping away from him herself: "stay away from Jordan", "keep well away from her ex-partner". */
const STAY_AWAY = '(?:stay|keep)\\s+(?:well\\s+)?away\\s+from';
/** A finding's excerpt (folded) that is the no-contact relation, with the other adult as group 1 (a bare instruction's excerpt has no modal). */
export const NO_CONTACT_EXCERPT = new RegExp(`^(?:${MADE_TO}\\s+|(?:is|are)\\s+)?(?:(?:not(?:\\s+to)?|never|have\\s+no)\\s+${NO_CONTACT_WORDS}|${STAY_AWAY})\\s+${ADULT}\\s*$`);

/** A named way the asked party is made to act on the other adult, with the words every match needs. */
export interface VictimPattern {
  name: string;
  /** The groups other than `excerpt` are the other adult (one of them takes part in a match); `d` gives their offsets. */
  pattern: RegExp;
  needs: { test: (text: string) => boolean };
  /** Every text `needs` passes holds one of these where a word starts (one scan for all the relations finds which can match). */
  words: readonly string[];
  /** The group that is the excerpt, when it is not the whole match. */
  excerpt?: number;
  /** The group naming who is asked, when the line names them after the relation ("supervised by Ms Tanner"). */
  asker?: number;
}

export const WATCH = 'watch for him and report or deal with him';
export const WATCH_AFTER = 'when he comes, deal with him or report him';
export const CONSEQUENCE = 'answer for letting him in';
export const ANSWER_FOR_PRESENCE = 'answer for his presence';
export const NO_CONTACT = 'have no contact with him';
export const SUPERVISED_BY_HER = 'his contact supervised by her';

/** His presence or her relationship after "if" (two word tests, so no scan runs from each "if" to the sentence's end). */
const PRESENCE_CONDITION = /\b(?:if|should)\s/;
const PRESENCE_WORD = /\b(?:found|seen|spotted|discovered|living|staying|sleeping|present|there|back|home|house|flat|property|address|relationship|sees?|meets?|contacts?|contact\s+with)\b/;
/** What she sees or hears of him (the cheap test of the sighting relation). */
const SIGHTING_WORD = /\b(?:hears?|contacted|gets?|sees?|spots?|bumps?|runs?)\b/;
/** The two cheap tests of "protect the children from his behaviour": a verb of keeping safe and a word of harm or his behaviour. */
const PROTECT_WORD = /\b(?:protect\w*|shield\w*|keep|kept|exposed|witness\w*|around|safe\w*|present|see|hear)\b/;
const HARM_WORD = /\b(?:violence|abuse|behaviour|drinking|drug|temper|anger|moods?|incidents?|arguments?|rows|fighting|fights|conflict|shouting|aggression|disputes?|tension)\b/;
/** The two cheap tests of "put the relationship second": a verb of ranking and a word of order. */
const SECOND_VERB = /\b(?:put|place|prioriti[sz]e|choose)\b/;
const SECOND_WORD = /\b(?:before|over|above|ahead)\b/;
const rx = (source: string): RegExp => new RegExp(source, 'dg');

export const VICTIM_PATTERNS: VictimPattern[] = [
  // Keeping him out: "must not let him in", "will never allow Tony to babysit", "will not open the door to Craig".
  { name: 'keep him out', pattern: rx(`\\b(?:${MADE_TO}|and)\\s+(?:not|never)\\s+(?:allow|let|permit|have|invite|give)\\s+${ADULT}\\s+(?:to\\s+)?(?:be\\s+)?(?:${PRESENCE}|${ACCESS})\\b${WHERE_OR_WHOM}`), words: ['not', 'never'], needs: /\b(?:not|never)\s+(?:allow|let|permit|have|invite|give)\b/ },
  // The same as proof of her protection: "to demonstrate her protective capacity by not allowing Mr Farrow access to the family home".
  { name: 'keep him out to prove herself', pattern: rx(`\\b(?:by|through)\\s+(?:not|never)\\s+(?:allowing|letting|permitting|giving)\\s+${ADULT}\\s+(?:to\\s+)?(?:be\\s+)?(?:access|${PRESENCE})\\b${WHERE_OR_WHOM}`), words: ['allowing', 'letting', 'permitting', 'giving'], needs: /\b(?:by|through)\s+(?:not|never)\s+(?:allowing|letting|permitting|giving)\b/ },
  // Proving she protects the children from him: "to demonstrate she can safeguard the children from FOC", "show that she is putting the children's safety before her relationship".
  { name: 'prove she protects them from him', pattern: rx(`\\b${MADE_TO}\\s+(?:demonstrate|show|prove|evidence)\\s+(?:that\\s+)?(?:she|you|he|they|[a-z]+)\\s+(?:can|is\\s+able\\s+to|are\\s+able\\s+to|will|is|are)\\s+(?:(?:safeguard|protect|keep)\\s+${CHILD_OBJECT}\\s+(?:safe\\s+)?from\\s+${ADULT}|(?:putting|prioriti[sz]ing)\\s+[^.;]{0,40}?\\b(?:before|over|above)\\s+(?:her|his|their|your)\\s+relationship)`), words: ['demonstrate', 'show', 'prove', 'evidence'], needs: /\b(?:demonstrate|show|prove|evidence)\s+(?:that\s+)?\S+\s+(?:can|is|are|will)\b/ },
  { name: 'put the relationship second', pattern: rx(`\\b${MADE_TO}\\s+(?:(?:demonstrate|show|prove|evidence)\\s+(?:that\\s+)?(?:she|you|he|they|[a-z]+)\\s+(?:can|is\\s+able\\s+to|are\\s+able\\s+to|will)\\s+)?(?:put|place|prioriti[sz]e|choose)\\s+[^.;]{0,50}?\\b(?:before|over|above|ahead\\s+of)\\s+(?:(?:her|his|their|your|my)\\s+(?:relationship|feelings\\s+for)\\b|${ADULT})`), words: ['before', 'over', 'above', 'ahead'], needs: { test: (text) => SECOND_VERB.test(text) && SECOND_WORD.test(text) } },
  { name: 'shut the door on him', pattern: rx(`\\b${MADE_TO}\\s+(?:not|never)\\s+(?:open|answer)\\s+the\\s+door\\s+to\\s+${ADULT}`), words: ['door'], needs: /\bdoor\s+to\b/ },
  // Keeping him away or sending him off: "keep Dean away", "prevent Tony contacting", "ask him to leave", "turn him away".
  { name: 'keep him away', pattern: rx(`\\b${MADE_TO}\\s+(?:keep|stop|prevent|ban|bar)\\s+${ADULT}\\s+(?:at\\s+(?:arm's\\s+length|a\\s+distance|bay)\\b|(?:away|out|off)(?:\\s+(?:from|of)\\s+${HER_WORLD}|${CLAUSE_END})|from\\s+(?:${HER_WORLD}|[a-z]+ing\\b)|[a-z]+ing\\b)`), words: ['keep', 'stop', 'prevent', 'ban', 'bar'], needs: /\b(?:keep|stop|prevent|ban|bar)\b/ },
  { name: 'send him away', pattern: rx(`\\b${MADE_TO}\\s+(?:(?:make|ask|tell|get)\\s+${ADULT}\\s+(?:to\\s+)?(?:leave|go|get\\s+out|not\\s+(?:to\\s+)?(?:come|visit|contact|call))|(?:send|turn|move|get)\\s+${ADULT}\\s+(?:away|out|off))\\b`), words: ['make', 'ask', 'tell', 'get', 'send', 'turn', 'move'], needs: /\b(?:make|ask|tell|get|send|turn|move)\b/ },
  // Keeping things from him: "will not let Connor know when…", "will never tell Darren where…".
  { name: 'keep things from him', pattern: rx(`\\b${MADE_TO}\\s+(?:not|never)\\s+(?:let\\s+${ADULT}\\s+(?:know|find\\s+out)|tell\\s+${ADULT}\\s+(?:when|where|which|what|about|her|his|their|the\\s+(?:address|name|school|nursery|ward|hospital)))\\b`), words: ['let', 'tell'], needs: /\b(?:not|never)\s+(?:let|tell)\b/ },
  // Seeing to what he does: "will make sure Dean stays away", "is to ensure her husband does not drink".
  { name: 'see to what he does', pattern: rx(`\\b(?:${MADE_TO}\\s+${ENSURE}|(?:is|are|be)\\s+(?:(?:fully|solely)\\s+)?responsible\\s+for\\s+(?:making\\s+sure|ensuring))\\s+(?:that\\s+)?${ADULT}\\s+${ADULT_DOINGS}`), words: ['ensur', 'sure', 'certain', 'see', 'check'], needs: /\b(?:ensure|ensuring|sure|certain|see|check)\b/ },
  // Managing meetings with him: "is to make sure handovers stay calm".
  { name: 'keep handovers calm', pattern: rx(`\\b${MADE_TO}\\s+(?:${ENSURE}|keep)\\s+(?:that\\s+)?(?:the\\s+|all\\s+)?(?:handovers?|hand-overs?|changeovers?)\\s+(?:(?:stay|are|is|remain|go|goes|run|runs)\\s+)?(?:calm|safe|peaceful|civil|friendly|smooth(?:ly)?|quiet)\\b`), words: ['handover', 'hand-over', 'changeover'], needs: /\b(?:handovers?|hand-overs?|changeovers?)\b/ },
  // Keeping the children from him: "will make sure the children have no contact with Jason", "keep the twins apart from Tony".
  { name: 'keep the children from him', pattern: rx(`\\b${MADE_TO}\\s+(?:${ENSURE}\\s+(?:that\\s+)?${CHILD_OBJECT}\\s+${KEPT_FROM}|(?:not|never)\\s+(?:allow|let|permit)\\s+${CHILD_OBJECT}\\s+(?:to\\s+)?(?:have\\s+(?:any\\s+)?(?:unsupervised\\s+|direct\\s+|further\\s+)?contact\\s+with|see|speak\\s+to|talk\\s+to|visit|meet|stay\\s+with)|(?:keep|protect|shield)\\s+${CHILDREN}\\s+(?:(?:away|apart|safe)\\s+)?from)\\s+${ADULT}(?:'s\\s+(?:violence|abuse|behaviour|drinking|drug\\s+use|temper|anger|moods?))?`), words: ['ensur', 'sure', 'certain', 'see', 'check', 'keep', 'protect', 'shield', 'allow', 'let', 'permit'], needs: /\b(?:ensure|sure|certain|see|check|keep|protect|shield|allow|let|permit)\b/ },
  { name: 'not take the children to him', pattern: rx(`\\b${MADE_TO}\\s+(?:not|never)\\s+(?:(?:take|bring)\\s+${CHILDREN}\\s+to\\s+(?:see|visit|meet)\\s+${ADULT}|(?:(?:take|bring)\\s+${CHILD_OBJECT}\\s+(?:round\\s+)?to|go\\s+(?:round\\s+)?to)\\s+${ADULT}'s\\s+(?:flat|house|home|address|place)\\b(?:(?<=\\b(?:take|bring)\\s.*)|\\s+with\\s+${CHILD_OBJECT}))`), words: ['take', 'bring', 'go'], needs: /\b(?:not|never)\s+(?:take|bring|go)\b/ },
  // His contact supervised by her, in the passive: "Any contact between the children and Mr Farrow to be supervised by Ms Tanner".
  { name: SUPERVISED_BY_HER, pattern: rx(`(?:\\b(?:contact|time|visits?|family\\s+time)\\s+(?:between\\s+${CHILD_OBJECT}\\s+and\\s+${ADULT}|(?:with|between)\\s+${ADULT}(?:\\s+and\\s+${CHILD_OBJECT})?)|\\b${ADULT}'s\\s+(?:contact|time|visits?)\\s+with\\s+${CHILD_OBJECT})\\s+(?:is\\s+|are\\s+|will\\s+be\\s+|(?:is\\s+|are\\s+)?to\\s+be\\s+|must\\s+be\\s+|should\\s+be\\s+)(?:always\\s+)?supervised\\s+by\\s+((?:[a-z'-]+\\s+){0,3}?[a-z'-]+)(?=\\s*(?:[.,;]|$|\\s+(?:at|in|on|every|and|or|when|while|until)\\b))`), words: ['supervised'], needs: /\bsupervised\s+by\b/, asker: 4 },
  // Watching for him: "will inform the social worker if Dean makes contact", "to ring the police if Mo comes to the house",
  // "to end the handover if Gary becomes aggressive", "will phone Amir as soon as she knows that Dean is drinking".
  { name: WATCH, pattern: rx(`\\b${MADE_TO}\\s+(?:(?:not|also|then|immediately|always)\\s+)?(?:${RESPONSE}|${FLIGHT})\\b[^.;]{0,90}?\\b${CONDITION}${ADULT}\\s+${ADULT_ACT}`), words: ['if', 'when', 'should', 'soon', 'time', 'anytime', 'moment'], needs: /\b(?:if|when|whenever|should|soon|time|anytime|moment)\b/ },
  // Her sighting of him or hearing from him: "ring the police if she sees Lee near the school", "tell Jo if she hears from Dean".
  { name: WATCH, pattern: rx(`\\b${MADE_TO}\\s+(?:(?:not|also|then|immediately|always)\\s+)?${RESPONSE}\\b[^.;]{0,90}?\\b(?:if|when|whenever|as\\s+soon\\s+as|any\\s*time|every\\s+time|each\\s+time|the\\s+moment)\\s+(?:she|you|i|they)\\s+(?:(?:hears?\\s+from|is\\s+contacted\\s+by|gets?\\s+(?:a\\s+|any\\s+)?(?:call|message|text|letter)s?\\s+from)\\s+${ADULT}|(?:sees?|spots?|bumps?\\s+into|runs?\\s+into)\\s+${ADULT}(?:\\s+(?:near|outside|around|nearby|close\\s+to|hanging\\s+around|in\\s+the\\s+(?:street|area)|at\\s+(?:the|her|my|your)\\s+(?:house|flat|home|door|window|gate|school))\\b|(?=\\s*(?:[.,;]|$|\\s+(?:again|or|and)\\b))))`), words: ['if', 'when', 'should', 'soon', 'time', 'anytime', 'moment'], needs: { test: (text) => SIGHTING_WORD.test(text) && /\b(?:if|when|whenever|soon|time|anytime|moment)\b/.test(text) } },
  // The same, condition first: "If Kyle texts her, Roxanne must show the messages to the social worker".
  // The one asked is whoever the main clause names, with or without a comma ("… at the house you must call …"): group 2 is the condition's rest, the excerpt group 3.
  { name: WATCH_AFTER, pattern: rx(`\\b(?:if|when|whenever|should)\\s+${ADULT}\\s+(${ADULT_ACT}\\b[^.;,]{0,80}?)(?:,\\s*|\\s+)(?:then\\s+)?(?:[a-z' -]{1,40}?\\s+)?(${MADE_TO}\\s+(?:(?:not|also|then|immediately|always)\\s+)?${RESPONSE_AFTER}\\b(?!\\s+(?:for\\s+)?(?:a|an)\\s+(?:\\w+\\s+)?(?:meeting|review|conference|discussion))[^.;,]*)`), words: ['if', 'when', 'should'], needs: /\b(?:if|when|whenever|should)\b/, excerpt: 3 },
  // Reporting his contact or breaches: "report any contact from Darren", "let Jo know about any texts or calls from Tony".
  { name: 'report his contact', pattern: rx(`\\b${MADE_TO}\\s+(?:report|tell|inform|let|show|give|send|forward|record|log|note|write|keep)\\b[^.;]{0,50}?\\b(?:${HIS_CONTACT}\\s+${ADULT}|${HIS_CONTACT_MADE}${ADULT}\\s+(?:makes?|made|has|had|sends?|sent|tries|tried|attempts?))`), words: ['any', 'all', 'every'], needs: /\b(?:any|all|every)\s+(?:further\s+)?(?:contact|call|message|text|visit|breach|sighting|attempt)/ },
  // Reporting breaches of an order against him: "to report any breach of the non-mol to police".
  { name: 'report his breaches', pattern: rx(`\\b${MADE_TO}\\s+(?:report|tell|inform)\\b[^.;]{0,40}?\\b(?:any|all|every)\\s+breach(?:es)?\\s+of\\s+(?:the|his|any|a|[a-z]+'s)\\s+(?:non-?mol\\w*(?:\\s+order)?|injunction|restraining\\s+order|bail(?:\\s+conditions)?|order)`), words: ['breach'], needs: /\bbreach/ },
  { name: 'report his whereabouts', pattern: rx(`\\b${MADE_TO}\\s+(?:report|tell\\s+(?:[a-z]+\\s+){1,3}?about|inform\\s+(?:[a-z]+\\s+){1,3}?(?:of|about)|let\\s+(?:[a-z]+\\s+){1,3}?know\\s+about|keep\\s+(?:[a-z]+\\s+){1,3}?(?:informed|updated|told)\\s+(?:of|about|on))\\s+(?:${ADULT}'s|his)\\s+(?:whereabouts|movements|drinking|drug\\s+use)\\b`), words: ['whereabouts', 'movements', 'drinking', 'drug'], needs: /(?:'s|\bhis)\s+(?:whereabouts|movements|drinking|drug\s+use)\b/ },
  { name: 'manage him', pattern: rx(`\\b${MADE_TO}\\s+(?:(?:manage|control|monitor|police|limit|keep\\s+(?:an\\s+eye|a\\s+check|a\\s+lid)\\s+on|keep\\s+on\\s+top\\s+of)\\s+(?:(?:${ADULT}'s|his)\\s+(?:drinking|drug\\s+use|cannabis\\s+use|alcohol(?:\\s+use)?|use\\s+of\\s+(?:alcohol|drugs|cannabis))|${ADULT}'s\\s+(?:temper|anger|aggression|jealousy|behaviou?r|outbursts|conduct))\\b|keep\\s+${ADULT_BY_ROLE}\\s+(?:calm|sober|happy|settled|in\\s+check|under\\s+control)\\b)`), words: ['drinking', 'drug', 'cannabis', 'alcohol', 'use', 'temper', 'anger', 'aggression', 'jealousy', 'behavio', 'outbursts', 'conduct', 'keep'], needs: /(?:'s|\bhis)\s+(?:drinking|drug|cannabis|alcohol|use\s+of|temper|anger|aggression|jealousy|behaviou?r|outbursts|conduct)\b|\bkeep\s+(?:\S+\s+){1,4}?(?:calm|sober|happy|settled|in\s+check|under\s+control)\b/ },
  { name: 'hand over his messages', pattern: rx(`\\b${MADE_TO}\\s+(?:show|give|send|forward|pass\\s+on)\\s+(?:the\\s+|any\\s+|all\\s+|his\\s+|their\\s+|those\\s+)?(?:messages|texts|emails)\\s+to\\s+(?:the\\s+social\\s+worker|[a-z]+)\\b`), words: ['messages', 'texts', 'emails'], needs: /\b(?:messages|texts|emails)\b/ },
  // Supervising his time with the children: "will supervise Kyle's contact", "supervise any time Tyler spends with Liam".
  { name: 'supervise his time', pattern: rx(`\\b${MADE_TO}\\s+(?:supervise|oversee|sit\\s+in\\s+on)\\s+(?:${ADULT}'s\\s+(?:contact|visits?|family\\s+time|time\\s+with)|(?:(?:any|all|every)\\s+(?:of\\s+)?)?(?:the\\s+|[a-z]+'s\\s+|the\\s+children's\\s+)?(?:time|contact|visits?|family\\s+time)\\s+(?:(?:that\\s+)?${CHILD_OBJECT}\\s+(?:spends?|has)\\s+)?with\\s+${ADULT})`), words: ['supervise', 'oversee', 'sit'], needs: /\b(?:supervise|oversee|sit)\b/ },
  { name: 'be there while he is with them', pattern: rx(`\\b${MADE_TO}\\s+(?:watch(?:\\s+over)?\\s+${ADULT}\\s+|stay\\s+(?:in\\s+the\\s+room|with\\s+(?:them|the\\s+children|${CHILD_OBJECT}))\\s+|be\\s+(?:there|present|in\\s+the\\s+room)\\s+)(?:when|whenever|while|any\\s*time|every\\s+time)\\s+${ADULT}\\s+(?:is|are)\\s+(?:with|around|near)\\b`), words: ['when', 'while', 'time', 'anytime'], needs: /\b(?:when|whenever|while|time|anytime)\s+(?:\S+\s+){1,4}?(?:is|are)\s+(?:with|around|near)\b/ },
  // Kept from him herself: "will not have any contact with Steven", "is not to see or speak to Gavin". Whether he is the
  // one who harmed her, or she him, only the whole agreement says (victim-agreement.ts).
  // Cutting his messages herself: "will block Jordan's number", "will not reply to his messages".
  { name: 'block him', pattern: rx(`\\b${MADE_TO}\\s+(?:keep\\s+(?:${ADULT}'s|his)\\s+(?:number|calls|messages|texts|account|profile)\\s+blocked\\b|block\\s+(?:${ADULT}'s\\s+(?:number|calls|messages|texts|account)|${ADULT}\\s+on)|(?:not|never)\\s+(?:reply|respond|answer)\\s+(?:to\\s+)?(?:his|${ADULT}'s)\\s+(?:messages|calls|texts|emails))`), words: ['block', 'reply', 'respond', 'answer'], needs: /\bblock(?:ed)?\b|\b(?:reply|respond|answer)\s+(?:\S+\s+){1,6}?(?:messages|calls|texts|emails)/ },
  { name: NO_CONTACT, pattern: rx(`\\b(?:(?:${MADE_TO}\\s+(?:not|never)|(?:is|are)\\s+not\\s+to|${MADE_TO}\\s+have\\s+no)\\s+${NO_CONTACT_WORDS}|${MADE_TO}\\s+${STAY_AWAY})\\s+${ADULT}`), words: ['away', 'no', 'never'], needs: /\baway\s+from\b|\b(?:not|never|no)\s+(?:to\s+)?(?:(?:have|make|be\s+in|keep\s+in)\s+(?:any\s+)?(?:(?:direct|indirect|further|more)\s+)?(?:contact|touch)|(?:(?:direct|indirect|further|more)\s+)?contact|see|speak|talk|meet|message|text|call|ring|phone|visit)\b/ },
  // Shutting him out by her own act: "will change the locks so Craig cannot get in", "block his number to stop him contacting her".
  { name: 'shut him out', pattern: rx(`\\b${MADE_TO}\\s+(?:[a-z']+\\s+){1,6}?(?:so\\s+(?:that\\s+)?${ADULT}\\s+(?:cannot|can't|can\\s+not|does\\s+not|doesn't|will\\s+not|won't|is\\s+not\\s+able\\s+to)\\s+|(?:to|so\\s+as\\s+to)\\s+(?:stop|prevent|keep)\\s+${ADULT}\\s+(?:from\\s+)?)(?:get(?:ting)?|com(?:e|ing)|enter(?:ing)?|visit(?:ing)?|contact(?:ing)?|find(?:ing)?|reach(?:ing)?|call(?:ing)?|message|messaging|see(?:ing)?|stay(?:ing)?|(?:turn|turning)\\s+up)\\b`), words: ['so', 'stop', 'prevent', 'keep'], needs: /\bso\b|\bto\s+(?:stop|prevent|keep)\b/ },
  // Leaving him: "will end the relationship", "will stop seeing Kyle", "will separate from Craig".
  { name: 'leave him', pattern: rx(`\\b${MADE_TO}\\s+(?:(?:end|stop|finish|break\\s+off)\\s+(?:her|his|their|your|my|the|this)\\s+relationship\\b|not\\s+(?:resume|restart|continue|start|rekindle|be\\s+in|get\\s+back\\s+into|go\\s+back\\s+to)\\s+(?:her|his|their|your|my|the|a|any)\\s+relationship\\b|(?:not|never)\\s+(?:get|go)\\s+back\\s+(?:together\\s+)?with\\s+${ADULT}|(?:not|never)\\s+(?:reconcile|reunite|get\\s+together|be\\s+together|go\\s+out|be\\s+in\\s+a\\s+relationship|start\\s+a\\s+relationship|(?:get|go)\\s+back\\s+into\\s+a\\s+relationship)\\s+(?:again\\s+)?with\\s+${ADULT}|move\\s+(?:[a-z', ]{0,40}?\\s)?away\\s+from\\s+${ADULT}|move\\s+out\\s+of\\s+[a-z' ]{0,40}?\\bshares?\\s+with\\s+${ADULT}|(?:separate|split\\s+up|break\\s+up|end\\s+things|finish(?:\\s+things)?|not\\s+get\\s+back\\s+together)\\s+(?:from|with)\\s+${ADULT}|(?:stop|not\\s+start)\\s+seeing\\s+${ADULT}(?!\\s+(?:friends?|mates|family|children|kids|boys|girls|son|daughter)\\b)|(?:stop|end|cut|cease)\\s+(?:all\\s+|any\\s+)?(?:contact|communication)\\s+with\\s+${ADULT}|(?:leave|not\\s+go\\s+back\\s+to)\\s+${ADULT}(?=\\s*(?:[.,;]|$|and\\b|by\\b|before\\b|if\\b|within\\b|now\\b|for\\b)))`), words: ['relationship', 'separate', 'split', 'break', 'things', 'finish', 'seeing', 'leave', 'back', 'contact', 'communication', 'move', 'reconcile', 'reunite', 'together', 'out'], needs: /\b(?:relationship|separate|split|break|things|finish|seeing|leave|back|contact|communication|move|reconcile|reunite|together|out)\b/ },
  // Leaving him as the way she is to protect them: "is expected to protect the children by ending her relationship with Gareth".
  { name: 'leave him to protect them', pattern: rx(`\\b${MADE_TO}\\s+(?:[a-z']+\\s+){1,6}?(?:by|through)\\s+(?:(?:ending|finishing|breaking\\s+off|stopping|leaving)\\s+(?:her|his|their|your|my|the|this)\\s+relationship\\b|(?:separating|splitting\\s+up|breaking\\s+up|ending\\s+things|finishing\\s+things|moving\\s+away)\\s+(?:from|with)\\s+${ADULT}|(?:leaving|not\\s+seeing|no\\s+longer\\s+seeing|stopping\\s+seeing)\\s+${ADULT}|(?:ending|stopping|cutting|ceasing)\\s+(?:all\\s+|any\\s+)?(?:contact|communication)\\s+with\\s+${ADULT})`), words: ['by', 'through'], needs: /\b(?:by|through)\s+(?:ending|finishing|breaking|stopping|leaving|separating|splitting|moving|not|no|cutting|ceasing)\b/ },
  // Answering for him: "will be held responsible", "must prevent further domestic abuse", "is responsible for keeping Lee out".
  { name: 'answer for him', pattern: rx(`\\b${MADE_TO}\\s+(?:be\\s+held\\s+(?:responsible|accountable)\\b|prevent\\s+(?:any\\s+)?(?:further\\s+|more\\s+|future\\s+|other\\s+)?(?:incidents?|violence|abuse|assaults?|domestic\\s+(?:abuse|violence|incidents?)|call-?outs?)\\b)`), words: ['held', 'prevent'], needs: /\b(?:held|prevent)\b/ },
  { name: 'responsible for keeping him out', pattern: rx(`\\b(?:${MADE_TO}\\s+be|is|are)\\s+(?:(?:fully|solely)\\s+)?responsible\\s+for\\s+(?:keeping|getting|stopping|sending)\\s+${ADULT}\\s+(?:away|out|from|off)\\b`), words: ['responsible'], needs: /\bresponsible\s+for\b/ },
  { name: 'responsible for the children\'s safety from him', pattern: rx(`\\b(?:${MADE_TO}\\s+be|is|are)\\s+(?:(?:fully|solely)\\s+)?responsible\\s+for\\s+(?:making\\s+sure|ensuring|keeping|protecting|stopping|preventing)\\b[^.]{0,80}?\\b(?:(?:domestic\\s+)?(?:abuse|violence)|exposed|witness\\w*)`), words: ['responsible'], needs: /\bresponsible\s+for\b/ },
  { name: 'protect the children from his behaviour', pattern: rx(`\\b${MADE_TO}\\s+(?:protect|shield|keep)\\s+${CHILD_OBJECT}\\s+(?:safe\\s+|away\\s+|well\\s+away\\s+)?from\\s+(?:(?:his|her|their|[a-z' ]+'s)\\s+(?:violence|abuse|behaviour|drinking|drug\\s+use|temper|anger|moods?)|${HARM_TO_THEM})\\b|\\b${MADE_TO}\\s+${ENSURE}\\s+(?:that\\s+)?${CHILD_OBJECT}\\s+(?:(?:are|is)\\s+(?:(?:not|never)\\s+(?:exposed\\s+to|witness(?:es)?|around|present\\s+(?:for|during|at))|(?:protected|kept\\s+(?:safe|away)|safe|shielded|safeguarded)\\s+from)|(?:do|does)\\s+not\\s+(?:witness|see|hear)|(?:never|don't|doesn't)\\s+(?:witness|see|hear))\\s+${HARM_TO_THEM}`), words: ['violence', 'abuse', 'behaviour', 'drinking', 'drug', 'temper', 'anger', 'mood', 'incident', 'argument', 'rows', 'fighting', 'fights', 'conflict', 'shouting', 'aggression', 'dispute', 'tension'], needs: { test: (text) => PROTECT_WORD.test(text) && HARM_WORD.test(text) } },
  // Kept apart from him herself: "is to ensure there is no direct or indirect contact between herself and Mr Dyce".
  { name: 'keep herself apart from him', pattern: rx(`\\b${MADE_TO}\\s+${ENSURE}\\s+(?:that\\s+)?there\\s+is\\s+no\\s+(?:(?:direct|indirect|further|face-to-face)\\s+(?:or\\s+(?:direct|indirect)\\s+)?)?contact\\s+between\\s+(?:herself|himself|themselves|her|him|them|[a-z]+)\\s+and\\s+${ADULT}`), words: ['contact'], needs: /\bcontact\s+between\b/ },
  // Taking him to court as an expectation rather than her choice: "will apply for a non-molestation order".
  // The criminal case against him put on her: "will not withdraw her statement", "will support the prosecution of Dean".
  { name: 'see the case against him through', pattern: rx(`\\b${MADE_TO}\\s+(?:not\\s+(?:withdraw|drop|retract|take\\s+back)\\s+(?:her|your|my|the|any)\\s+(?:statements?|charges?|allegations?)\\b|support\\s+(?:the\\s+)?(?:police\\s+)?(?:prosecution|investigation|case|charges?)\\s+(?:of|against)\\s+${ADULT}|(?:give|make)\\s+(?:a\\s+)?statement\\s+(?:to\\s+the\\s+police\\s+)?(?:about|against)\\s+${ADULT}|press\\s+charges\\s+against\\s+${ADULT})`), words: ['statement', 'charge', 'allegation', 'prosecution', 'investigation', 'case'], needs: /\b(?:statements?|charges?|allegations?|prosecution|investigation|case)\b/ },
  { name: 'take out an order against him', pattern: rx(`\\b${MADE_TO}\\s+(?:apply\\s+for|take\\s+out|obtain|seek)\\s+(?:a\\s+|an\\s+)?(?:non-molestation|occupation|restraining|prohibited\\s+steps)\\s+order\\b`), words: ['molestation', 'occupation', 'restraining', 'prohibited'], needs: /\b(?:molestation|occupation|restraining|prohibited)\b/ },
  // Judged by his next incident: "you cannot protect Bailey", "a failure to protect".
  { name: 'blamed for failing to protect', pattern: rx("\\b(?:you|she|he|they|mum|mother|[a-z]+)\\s+(?:cannot|can't|can\\s+not|(?:is|are)\\s+(?:unable|not\\s+able)\\s+to|(?:has|have)\\s+failed\\s+to|failed\\s+to|fails?\\s+to)\\s+protect\\s+(?!(?:yourself|herself|himself|themselves)\\b)[a-z]+|\\bfail(?:ure|ing)\\s+to\\s+protect\\b"), words: ['protect'], needs: /\bprotect\b/ },
  // A consequence whose condition is her act about him: "If Sarah lets Mo back into the house, the children will be taken into care".
  { name: CONSEQUENCE, pattern: rx(`\\b(?:if|should)\\s+(?:she|you|mum|mother|[a-z]+)\\s+(?:(?:lets?|allows?|permits?|invites?|has|have|takes?)\\s+${ADULT}\\s+(?:back|in|into|to\\s+(?:stay|live|visit|come|move|see)|stay|live|move|see)\\b|(?:continues?|resumes?|restarts?|carries\\s+on)\\s+(?:her|your|their|the)\\s+relationship\\s+with\\s+${ADULT}|(?:gets?|goes)\\s+back\\s+(?:together\\s+)?(?:with|to)\\s+${ADULT})|\\b(?:if|should)\\s+${ADULT}\\s+(?:is|are|was|were|gets?|be)\\s+(?:allowed|let|permitted|invited)\\s+(?:to\\s+)?(?:back|in|into|stay|live|move\\s+(?:back\\s+)?in|return|come\\s+(?:back|home|in|round|over))\\b`), words: ['if', 'should'], needs: /\b(?:if|should)\b/ },
  // A consequence whose condition is his presence or her relationship with him, with no act of hers named: "If Liam is
  // found at the property, …", "If Nicola resumes the relationship, …". Flagged only with a drastic outcome after it.
  { name: ANSWER_FOR_PRESENCE, pattern: rx(`\\b(?:if|should)\\s+(?:${ADULT}\\s+(?:is|are|was|gets?|has\\s+been|be)\\s+(?:(?:found|seen|spotted|discovered)\\s+(?:at|in|inside|there|near|around|with|staying|living|sleeping)\\b(?:\\s+(?:the|her|your|their|my|his|a)\\s+[a-z]+\\b)?|(?:living|staying|sleeping|present|there)\\b|back\\b(?!\\s+(?:together|with|to|into|on))|(?:at|in|inside)\\s+(?:the|her|your|their|my)\\s+(?:home|house|flat|property|address)\\b)|(?:she|you|mum|mother|[a-z]+)\\s+(?:resumes?|restarts?|continues?|rekindles?|goes\\s+back\\s+to|go\\s+back\\s+to|gets?\\s+back\\s+into)\\s+(?:the|her|your|their|this|that)\\s+relationship\\b(?!\\s+with)|(?:she|you|mum|mother|[a-z]+)\\s+(?:sees?|meets?|contacts?|(?:has|have)\\s+contact\\s+with|(?:is|are)\\s+in\\s+contact\\s+with)\\s+${ADULT}\\s*(?:again\\b|,))`), words: ['if', 'should'], needs: { test: (text) => PRESENCE_CONDITION.test(text) && PRESENCE_WORD.test(text) } },
];

/** The verbs an obligation in any relation starts with (the cheap test's list; the patterns say what follows them). */
const ASKED_VERBS = `(?:not|never|keep|stop|prevent|ban|bar|make|ask|tell|get|send|turn|move|ensure|see|check|protect|shield|${RESPONSE.slice(3, -1)}|separate|split|break|finish|cut|cease|apply|take\\s+out|obtain|seek|be\\s+(?:held|fully|solely|responsible)|pass|supervise|oversee|sit|have\\s+no|demonstrate|show|prove|evidence|block|put|place|prioriti[sz]e|choose|stay|manage|control|monitor|police|limit|support|${STEPS_OF_HER_OWN})`;
/** Leaving home after his act (two tests, as the flight verbs are too common to start every obligation). */
const FLIGHT_CONDITION = /\b(?:if|when|whenever|should|soon|time|anytime|moment)\s/;
const FLIGHT_START = new RegExp(`\\b${MADE_TO}\\s+(?:(?:not|also|then|immediately|always)\\s+)?(?:${FLIGHT})\\b`);
const OBLIGATION_START = new RegExp(`\\b${MADE_TO}\\s+(?:(?:not|also|then|immediately|always)\\s+)?${ASKED_VERBS}\\b`);
/** The starts that need no obligation: "is responsible for…", "cannot protect…", "if she lets him…", a second "… and not let him in". */
const OTHER_START = /\b(?:supervised\s+by\b|so\s+(?:that\s+)?(?:\S+\s+){1,4}?(?:cannot|can't|can\s+not|does\s+not|doesn't|will\s+not|won't|is\s+not)\b|(?:to|so\s+as\s+to)\s+(?:stop|prevent|keep)\s+(?:\S+\s+){1,4}?(?:from\s+)?(?:get|com|enter|visit|contact|find|reach|call|messag|see|stay|turn)|(?:by|through)\s+(?:not|never|ending|finishing|breaking|stopping|leaving|separating|splitting|moving|no\s+longer|cutting|ceasing)\b|(?:is|are|was|were|be|gets?)\s+(?:allowed|let|permitted|invited)\s+(?:to\s+)?(?:back|in|into|stay|live|move|return|come)\b|(?:is|are)\s+not\s+to\b|(?:when|whenever|while|time|anytime)\s+(?:\S+\s+){1,4}?(?:is|are)\s+(?:with|around|near)\b|responsible\s+for\b|protect\b|should\s+\S+\s+(?:lets?|allows?|permits?|invites?|has|have|takes?)\b|(?:if|should)\s+\S+\s+(?:continues?|resumes?|restarts?|carries\s+on|gets?\s+back|goes\s+back)\b|(?:if|should)\s+\S+\s+(?:\S+\s+)?\S+\s+(?:comes?|turns?|arrives?|texts?|phones?|calls?|rings?)\b|and\s+(?:not|never)\s+(?:allow|let|permit|have|invite|give)\b|if\s+\S+\s+(?:lets?|allows?|permits?|invites?|has|have|takes?)\b)/;
/** Every match of every pattern passes this (test/core/prefilters.test.ts draws matches to check it). */
export const ANY_PATTERN_START = {
  test: (text: string): boolean =>
    OBLIGATION_START.test(text) || OTHER_START.test(text) || (PRESENCE_CONDITION.test(text) && PRESENCE_WORD.test(text)) || (FLIGHT_CONDITION.test(text) && FLIGHT_START.test(text)),
};

/** A code word agreed with someone who will act on it: a safety step arranged with support, whoever acts. */
export const CODE_WORD = /\b(?:code|safe|secret)[\s-]?words?\b/;
/** A safety step the parent chose ("Leah has chosen to…", "has asked for…") with support named in the same line. */
/** …or made together with a supporter, who opens the line: "With Farah, Jade will apply …", "Together with her IDVA, …". */
export const CHOSEN_STEP = /\b(?:code|safe|secret)[\s-]?words?\b|\b(?:has|have|had)\s+(?:chosen|decided|asked|applied)\b|\b(?:chose|decided|wants|would like|asked for|applied for)\b|^\W*(?:together\s+)?with\s+(?:(?:her|his|their|your)\s+)?[a-z'-]+(?:\s+[a-z'-]+)?(?:'s\s+(?:help|support))?\s*,/;
/** A supporter's part in the same line: what they will do, or have already booked or arranged. */
export const WITH_SUPPORT = /\bwill\s+(?:help|support|arrange|fit|go\s+with|pay|provide|visit|apply|ring|check)\b|\bwith\s+(?:the\s+)?(?:help|support)\s+(?:of|from)\b|\bsupported\s+by\b|\b(?:has|have)\s+(?:already\s+)?(?:booked|arranged|set\s+up|made\s+(?:an?\s+)?(?:appointment|referral))\b/;

/** Single words that are not a person's name even when written with a capital (victim-agreement.ts reads names with it too). */
const NOT_A_NAME = /^(?:i|if|when|whenever|what|who|how|the|a|an|and|or|but|then|she|he|they|we|you|it|this|that|her|his|their|not|never|to|ring|tell|make|keep|end|mum|mummy|mother|police|social|school|nursery|children|child|baby|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|christmas|easter|nana|nan|gran|grandma|granny|staff|anyone|someone|everyone)$/;
export const isNotAName = (word: string): boolean => NOT_A_NAME.test(word);
const ROLE_OR_TITLE = new RegExp(`^(?:(?:[a-z' ]+\\s+)?${ROLE}|(?:the\\s+)?(?:ex-partner|partner|boyfriend|stepfather|stepdad)|(?:mr|mrs|ms|miss)\\s+\\S+|him)$`);

/**
 * Whether the words at [start, end) name another adult: a role, a title, "him", "he" when the asked
 * party is not a man, or one word written with a capital that is not the asked party's own name.
 */
export function otherAdultAt(text: string, folded: string, start: number, end: number, asked: string, heIsOther: boolean): boolean {
  const words = folded.slice(start, end).trim();
  if (words === 'he') return heIsOther;
  if (ROLE_OR_TITLE.test(words)) return true;
  if (/\s/.test(words) || NOT_A_NAME.test(words) || !/^\p{Lu}/u.test(text.slice(start, end))) return words === 'dad' || words === 'father';
  return !` ${asked} `.includes(` ${words} `);
}
