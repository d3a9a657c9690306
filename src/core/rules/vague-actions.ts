// The vague-task rule's words: actions nobody can see happen, and actions others can see.
// Both patterns only ever see folded (lower-case) text.
import { GuardedAlternation, type GuardedAlternative } from '../guarded-pattern';

/**
 * How well or how much, with no measure: "listen to Ava more", "budget better", "supervise the children
 * properly". It is tried at every word of every task (the words before "more" are any words), so it is
 * left out of texts without its words: on its own it cost about six times the rest of the list.
 */
export const HOW_WELL: GuardedAlternative = {
  source: '(?!(?:will|must|shall|can|to|is|are|and|or|but|then|also)\\b)(?:[a-z\'\u2019-]+ ){1,4}?(?<!\\b(?:or|no|any|once|some|much|even|little|lot|bit|as|very|quite|so|too|doing|is|are|was|were|going|gone) )(?:more|better|properly|harder|well|appropriately|inappropriately|responsibly|positively|sensibly|consistently|aggressively)(?= ?(?:[.;!,]|$|from now on|at all times|all the time|every\\b|each\\b|and\\b|when\\b|around\\b|with\\b|towards\\b))',
  needs: /more|better|properly|harder|well|appropriately|responsibly|positively|sensibly|consistently|aggressively/,
};

/** A standard nobody has set, whatever the action ("to an acceptable standard"): opening on "to", it is left out of texts without its noun. */
export const UNSET_STANDARD: GuardedAlternative = {
  source: '(?:to|at|in) (?:a|an) (?:good|reasonable|decent|acceptable|adequate|appropriate|satisfactory|suitable|proper|high|safe) (?:enough )?(?:standard|level)\\b',
  needs: /\b(?:standard|level)\b/,
};

/**
 * Actions nobody can see happen. Each is matched on folded text. "Ensure" and "support" are
 * not here on their own: "ensure Jo is at school by 8.50am every day" is specific.
 * Every alternative starts at a word boundary: one \b before the group (the same attempts in the
 * same order) lets most positions fail at once.
 */
export const VAGUE_ACTION = new GuardedAlternation(
  [
    '(?:re-?)?engag(?:e|es|ing)(?: (?:fully|positively|openly|honestly|meaningfully))?(?: (?:with|in))?\\b',
    'co-?operat(?:e|es|ing)(?: fully)?(?: with)?\\b',
    'address(?:es|ing)? (?:the |their |his |her |any |all |these |those |my |our )?(?:\\w+ )?(?:concerns?|issues?|drinking|drug use|alcohol use|substance \\w+|mental health|behaviou?r|problems?|needs|difficulties|worries|risks?)\\b',
    'improv(?:e|es|ing)\\b',
    // "work" as a verb: not the noun in "leaves for work at 7.30am".
    '(?<!\\b(?:for|to|from|after|before|off) )work (?:on|towards|at(?! \\d)|to improve|to address|to reduce|to change|to understand)\\b',
    'work (?:openly |honestly |positively |closely )?with (?:[\\w\'&]+ ){1,4}to (?:address|improve|reduce|tackle|understand|manage|support|look at|think about)\\b',
    'work (?:openly|honestly|positively|closely|together|in partnership)(?: with)?\\b',
    '(?:show|shows|demonstrate|demonstrates|gain|develop|have) (?:\\w+ )?(?:insight|understanding|commitment|awareness|empathy|willingness|motivation|capacity|ability)\\b',
    '(?:understand|understands|recognise|recognises|acknowledge|acknowledges|appreciate|realise|realises|reflect on|reflects on|think about|thinks about|consider|considers|be aware of|be mindful of|have regard to|learn (?:about|how|from))\\b',
    '(?:take|takes|accept|accepts) (?:full |more )?responsibility\\b',
    'prioritis(?:e|es|ing)\\b',
    'make (?:better|good|positive|safer|safe|healthy|healthier|sensible|appropriate|the right|wise|wiser) (?:choices|decisions)\\b',
    'be (?:a )?(?:good|positive|better|appropriate|responsible|protective|supportive|consistent|nurturing|calm|calming|steady|reassuring) (?:role model|parents?|carers?|mum|dad|mother|father|influence|presence|example)\\b',
    '(?:ensure|make sure|see that) (?:that )?(?:the |all |their |his |her |jo\'s |sam\'s |the children\'s |the child\'s )*(?:\\w+\'s |\\w+s\' )?(?:basic |emotional |physical |health |care |educational |developmental |day to day |everyday )*(?:needs|welfare|wellbeing|well-being|safety|best interests)(?: (?:are|is|will be) (?:met|promoted|maintained|prioritised|safeguarded))?\\b',
    '(?:ensure|make sure|see) (?:that )?(?:the |their |his |her |our )?(?:home|house|flat|environment|children|child|baby|family home|home environment) (?:is|are) (?:kept )?(?:safe|clean|appropriate|suitable|well cared for|happy|settled|stable|nurturing|(?:to |in )?(?:a |an )?(?:good|reasonable|decent|acceptable|high|safe|clean|tidy) (?:standard|state|condition|order))\\b(?! (?:by|before)\\b)',
    // The same of a child named: "make sure Ava is safe at all times", "ensure Kai is well looked after".
    '(?:ensure|ensures|make sure|makes sure) (?:that )?[a-z]+(?:-[a-z]+)? (?:is|are) (?:kept |always )?(?:safe|happy|settled|well looked after|well cared for|looked after|cared for|clean and presentable|clean|presentable|ok|okay|alright|all right)\\b(?! (?:by|before|at (?:school|nursery|home)|in (?:bed|school))\\b)',
    // Whose needs, by possessive of one child or of several ("the girls' needs").
    'meet (?:the |all |their |his |her )?(?:children\'s |child\'s |\\w+\'s |\\w+s\' )?(?:basic |emotional |physical )?needs\\b',
    'keep (?:the children|the child|them|him|her|himself|herself|themselves|yourself|myself|[a-z]+ and [a-z]+) safe\\b(?! from \\w+ by)',
    // A standard of a kind, with the words it is coordinated with ("a clean and tidy home"), so "tidy" there is no action.
    'maintain (?:a |an )?(?:safe|clean|appropriate|good|suitable|stable|healthy|positive)(?:(?:,| and| or) (?:safe|clean|tidy|hygienic|warm|appropriate|suitable|stable|healthy|positive|calm|happy))*\\b',
    '(?:be|being|remain|remaining|stay|staying) (?:honest|open|truthful|transparent|supportive|available|responsible|protective|appropriate|positive|consistent|child[- ]focused|engaged|committed|motivated|cooperative|co-operative|compliant|calm|calmer|patient|respectful|polite|kind|civil|courteous|considerate|sensible|mature|reliable|friendly|welcoming)\\b',
    'behave (?:appropriately|responsibly|well|better)\\b',
    '(?:do|try) (?:their|his|her|my|our) best\\b',
    '(?:make|show|demonstrate|sustain) (?:(?:sustained|real|lasting|positive|significant|meaningful|further|the necessary|necessary|good|enough|more of|more) )?(?:progress|changes?|improvements?|an effort|efforts?|every effort)\\b',
    '(?:seek|access|accept|get|receive) (?:help|support|advice|services|treatment|input)\\b(?! (?:from|at|with) [A-Z])',
    // Support of a kind, not of a thing: "offer ongoing support", "provide robust, needs-led support".
    '(?:offer|provide|give) (?:(?:ongoing|continued|continuing|some|any|further|additional|appropriate|practical|emotional|relevant|general|robust|needs-led|tailored|holistic|intensive|targeted|flexible|bespoke|wraparound|multi-agency)(?:,? (?:and )?)?){0,3}(?:support|help|advice|guidance|input|assistance)(?! (?:with|by|on|at)\\b| to (?!(?:the |his |her |their )?(?:family|parents?|children|child|them|him|her|mum|dad|carers?)\\b(?! (?:with|to|by|on|at|in)\\b)))',
    'support (?:the family|the parents|parents|ms \\w+|mr \\w+|mrs \\w+|mum|dad|them|him|her|the children|jo|sam)\\s*(?:[.;,]|$| as | where | when | if | with any)',
    'monitor(?:s|ing)? (?:the situation|progress|things|the family|the children|the child|how)\\b',
    '(?:look after|care for) (?:the children|the child|them|him|her) (?:properly|well|appropriately|better|safely)\\b',
    '(?:reduce|cut down|cut back)(?: on)? (?:their|his|her|my)? ?(?:drinking|alcohol|drug use|smoking|cannabis)\\b(?! to )',
    'take (?:appropriate |necessary |suitable )?(?:action|steps|measures)\\b',
    'keep (?:in touch|in contact)\\b',
    'be (?:a |an )?(?:more|less) \\w+\\b',
    'get better at\\b',
    'promot(?:e|es|ing)\\b',
    // Attitudes and inner states rather than actions, and classes of things without which or when.
    'manag(?:e|es|ing) (?:(?:his|her|their|my|your|our|the) )?(?:anger|temper|emotions|feelings|behaviou?r|stress|mental health|drinking|drug use|moods?|relationships?|arguments|conflict|rows|arguing|risks?)\\b',
    'work (?:openly |closely |positively |honestly )?with (?:all |the |other |relevant |partner )?(?:professionals|services|agencies|workers|everyone|team|agencies involved)\\b(?! (?:to|on|every|each|at|by|from)\\b)',
    'liais(?:e|es|ing) with (?:all |the |other |relevant |partner )?(?:agencies|services|professionals|everyone|partners)\\b',
    '(?:keep|stay) on top of\\b',
    '(?:stay|remain|keep|be) (?:involved|in the loop|in touch)\\b',
    // A class of appointments with "all" or "any" and a kind but not which ("all health appointments", "any school meetings").
    '(?:attend|go to|keep|make) (?:(?:all|any|every) (?:of )?(?:(?:his|her|their|the) )?(?:[a-z]+ )?|(?:their|his|her|the) )?(?:appointments|meetings|sessions|groups|courses|classes|services|activities)\\b(?! (?:at|with|on|every|each|in|for|run by)\\b)',
    '(?:support|help) (?:[a-z]+ )?(?:emotionally|more|better)\\b',
    '(?:be|become) (?:a )?(?:better|good|safe|protective) (?:parents?|mum|dad|carers?)\\b',
    // Watching and sorting without saying what: "keep an eye on things", "sort out your working hours", "look into it".
    'keep(?:s|ing)? (?:an eye|a (?:close )?(?:eye|watch)|tabs|a check) on\\b',
    'sort(?:s|ing)? out (?:(?:his|her|their|my|your|our|the|any|all) )?(?:\\w+ )?(?:things|everything|stuff|problems?|issues?|life|lives|head|hours|finances|money|debts?|routines?|mess)\\b',
    // The object before the particle: "sort the house out", "get things sorted".
    'sort(?:s|ing)? (?:(?:his|her|their|my|your|our|the) )?(?!out\\b)\\w+ (?:\\w+ )?out\\b(?! (?:by|before|on|every)\\b)',
    // Comparatives of how to be, and being around: "be calmer around the kids", "be on hand".
    'be (?:a (?:bit|lot|little) )?(?:calmer|kinder|nicer|gentler|happier|stronger|firmer|fairer|healthier|tidier|quieter|friendlier|stricter|more patient)\\b',
    'be (?:on hand|around more|around|about more|at the end of the phone)\\b',
    'keep(?:s|ing)? (?:an )?(?:overview|oversight|watch) (?:of|on|over)\\b',
    'look(?:s|ing)? into (?:things|it|this|that|the (?:situation|issues?|problems?|concerns?|options))\\b',
    'deal(?:s|ing)? with (?:(?:his|her|their|my|your|our|the|any|all) )?(?:things|it|this|that|stuff|issues?|problems?|concerns?|worries)\\b',
    'be (?:there|present|around|available) for\\b',
    'get (?:things|(?:his|her|their|my|your) life) (?:back )?on track\\b',
    'keep (?:things|everything) (?:calm|under control|on track|going)\\b',
    // A class of people or of work, without saying which: "stay away from bad influences", "do some work with Kai about keeping safe".
    '(?:(?:stay|stays|keep|keeps) away from |(?:avoid|avoids|see|sees|meet|meets) |(?:mix|mixes|associate|associates|hang around|hangs around|hang out|hangs out|spend time|spends time) with )?(?:bad|negative|the wrong|risky|unsafe|unsuitable|inappropriate|dangerous|harmful) (?:influences|people|crowds?|company|friends|adults|individuals)\\b',
    '(?:stay|keep) away from (?:people|friends|anyone|adults) (?:who|that) (?:are|is) (?:a )?(?:bad|negative|unsafe|risky|the wrong)\\b',
    'do (?:some |more |direct |some direct |more direct )?work with (?:[a-z]+ ){1,2}(?:on|about|around)\\b',
    // Work with a child of no stated kind or amount: "views gathered through direct work" (not "four sessions of direct work").
    '(?<!\\bsessions? of )(?:(?:carry out|carries out|complete|completes|do|does|undertake|undertakes|facilitate|facilitates) (?:some |more |further )?)?direct work\\b(?! (?:sessions?|every|each|weekly|fortnightly)\\b)',
    // Monitoring without saying how: "know where Harvey is", "keep track of who she sees", "look out for Kai".
    'know(?:s|ing)? (?:where|who|what) (?:[\\w\'\u2019-]+ ){1,4}?(?:is with|are with|is going|are going|is doing|are doing|is|are|goes|go)\\b',
    '(?:keep(?:s|ing)? track of|look(?:s|ing)? out for|watch(?:es|ing)? (?:out for|over))\\b',
    '(?:be|remain|stay) (?:more )?(?:vigilant|alert|watchful|alert to)\\b',
    // Advice, guidance or a plan followed without saying which or what it asks: "follow safer sleep advice".
    '(?:follow|follows|following|comply with|complies with|stick to|sticks to|adhere to|act on|take on board|listen to) (?:all |any |the |their |his |her |your |this |professional |professionals\' |medical |health |safer? sleep |safety |health visitor\'s |midwife\'s |doctor\'s |gp\'s )*(?:advice|guidance|recommendations)\\b(?! (?:in|on|from|given|written|set out|listed|that|which|below|above)\\b|:)',
    '(?:follow|follows|comply with|complies with|stick to|sticks to|adhere to) (?:the |this |their )?(?:child in need |child protection |care |safety |cin |cp )?plan\\b(?! (?:by|and (?:ring|call|text|tell))\\b)',
    // Being told, with nobody telling: "family members will be made aware of safe sleep".
    '(?:be|are|is|been|being) (?:made aware|kept (?:informed|updated|up to date|in the loop)|informed|told|updated|advised)(?![^.;]{0,120} by [a-z])(?: (?:of|about)\\b[^.;,]{0,80})?',
    // A change of habit with nothing to measure it by: "stop using cannabis", "give up drinking", "stay clean".
    '(?:stop|stops|quit|quits|give up|gives up|come off|comes off|get off|kick|cut out) (?:using |taking |smoking |drinking |the )?(?:cannabis|drugs|weed|alcohol|drink|drinking|smoking|cocaine|spice|substances|gambling)\\b(?! (?:in|at|near|around|when|while|whilst|before|during|if|on|by|from|and (?:do|take|give|have))\\b)',
    '(?:reduce|reduces|lower|lowers|cut|cuts) (?:(?:his|her|their|my|your) )?(?:alcohol|drug|cannabis|drinking|substance) (?:intake|use|consumption|misuse)\\b(?! to )',
    '(?:drink|drinks|use|uses|smoke|smokes) (?:less|sensibly|responsibly|in moderation)\\b',
    '(?:stay|stays|remain|remains|keep|keeps|get|gets) (?:clean|sober|abstinent|drug[- ]free|alcohol[- ]free)\\b(?! (?:when|while|whilst|before|during|around|at|in|on|and (?:do|take|give|have))\\b)',
    // An attitude rather than an action: "put the children first".
    'put(?:s|ting)? (?:[\\w\'\u2019-]+ ){1,3}(?:first|before|ahead of)\\b',
    // Protection of a kind, with no way named: "protect the children from his behaviour", "make sure they are not exposed to abuse",
    // an inner state of the child as the task ("make sure Ben is not upset by the move").
    'protect(?:s|ing)? (?:[\\w\'\u2019-]+ ){1,3}from\\b',
    '(?:ensure|ensures|ensuring|make sure|makes sure|making sure)(?: that)? (?:[\\w\'\u2019-]+ ){1,3}(?:is|are) (?:not |never )?(?:exposed to|protected from|shielded from|kept safe|safe from|harmed|hurt|at risk|affected|upset|worried|distressed|frightened|scared|caught up in|drawn into|dragged into|involved in|impacted|influenced)\\b',
    HOW_WELL,
    // Kinds of parenting rather than acts: "set clear boundaries", "stick to a routine", "use positive parenting", "respect the rules".
    '(?:set|sets|setting|keep to|keeps to|stick to|sticks to|follow|follows|use|uses|have|has|maintain|maintains|establish|establishes|introduce|introduces|put in place|respect|respects|enforce|enforces) (?:(?:a|an|the|clear|firm|consistent|good|positive|healthy|proper|better|more|age[- ]appropriate|his|her|their|my|your|own|[a-z]+\'s) )*(?:boundaries|routines?|rules|parenting|discipline|structure)(?= *(?:[.;!,]|$|at all times|all the time|every\\b|each\\b|and\\b|with\\b|for (?:him|her|them|the children|the kids|[a-z]+)\\b|in (?:both|each|the) homes?\\b|when\\b|around\\b|consistently\\b|from now on))',
    '(?:parent|parents|parenting) (?:safely|well|appropriately|positively|consistently|better|effectively)\\b',
    'act(?:s|ing)? in (?:[\\w\'\u2019-]+ ){0,2}best interests?\\b',
    'make(?:s)? (?:[\\w\'\u2019-]+ ){1,3}(?:his|her|their|my|your|a|the) (?:top |first |main |number one )?priority\\b',
    // Harm of a kind, in a rule or not: "never put Ava at risk", "not expose the twins to harm", "not let Ava down".
    '(?:put|puts|place|places|expose|exposes|leave|leaves) (?:[\\w\'\u2019-]+ ){1,2}(?:at risk|in danger|in harm\'s way|to (?:any )?(?:harm|risk|danger))\\b',
    'let(?:s)? (?:[\\w\'\u2019-]+ ){1,2}down\\b',
    'keep(?:s|ing)? (?:[\\w\'\u2019-]+ ){1,2}away from (?:(?:any|all) )?(?:risky|unsafe|dangerous|bad|harmful|risk|harm|danger|arguments|conflict|rows|fighting|trouble|stress|adult (?:issues|matters|conversations))\\b',
    // Habits held in check, with no measure: "control his drinking", "get his drinking under control".
    '(?:control|controls|limit|limits|tackle|tackles|monitor|monitors|watch|watches) (?:(?:his|her|their|my|your) )?(?:drinking|drug use|alcohol|alcohol use|cannabis use|temper|anger|gambling|spending)\\b',
    '(?:get|gets|keep|keeps) (?:(?:his|her|their|my|your) )?(?:drinking|drug use|temper|anger|gambling|spending|finances|money|feelings|emotions|stress|cool) (?:under control|in check|sorted)\\b',
    // Attitudes rather than actions: "show more patience", "have a positive attitude", "keep calm", "have their best interests at heart".
    '(?:show|shows) (?:more |some |a bit more |the )?(?:respect|kindness|patience|warmth|affection|love|care|interest|empathy)\\b',
    '(?:have|has|keep|keeps|show|shows) (?:a )?(?:more )?(?:positive|good|better|right|healthy|open|constructive) (?:attitude|mindset|outlook|approach)\\b',
    '(?:keep|keeps|stay|stays) (?:calm|cool|composed|a (?:cool|calm|level) head|(?:his|her|their|my|your) (?:temper|cool))\\b',
    '(?:have|has|keep|keeps) (?:[\\w\'\u2019-]+ ){1,2}best interests? at heart\\b',
    '(?:be|remain|stay) (?:willing|receptive|committed|dedicated) to\\b',
    // A relationship built or mended, with nothing to see: "rebuild her relationship with Kai", "build a stronger bond".
    '(?:build|builds|building|rebuild|rebuilds|repair|repairs|strengthen|strengthens|develop|develops|mend|mends|nurture|nurtures) (?:up )?(?:(?:a|an|the|his|her|their|my|your|our) )?(?:(?:better|stronger|closer|positive|good|healthy|healthier|trusting|secure|warm|loving|meaningful) )*(?:relationships?|bonds?|attachments?|trust)\\b',
    // Kept in view, with no date or meeting: "family time will be kept under review".
    '(?:keep|keeps|kept|keeping) (?:[\\w\'\u2019-]+ ){0,3}under (?:review|consideration|observation)\\b(?! (?:at|by|on|every|each|until)\\b)',
    // Watching over without saying where or how: "supervise the children", "monitor Ava\'s phone use", "spend more time with Ava".
    'supervis(?:e|es|ing) (?:the |his |her |their )?(?:children|child|kids|baby|twins|boys|girls|[a-z]+)(?: (?:properly|appropriately|closely|adequately|well|carefully))?(?= *(?:[.;!]|$|at all times|all the time))',
    'monitor(?:s|ing)? (?:[\\w\'\u2019-]+ ){1,3}?(?:use|behaviou?r|drinking|mood|moods|attendance|health|internet|online activity|phone|whereabouts|friends|friendships|wellbeing)\\b(?! by\\b)',
    'spend(?:s|ing)? (?:(?:more|some|quality|extra) )+time with\\b',
    'think(?:s|ing)? (?:before|first)\\b',
    '(?:look(?:s|ing)? after|take(?:s)? care of) (?:his|her|their|my|your) (?:own )?(?:health|mental health|wellbeing|well-being|physical health)\\b',
    // Enough of something, by nobody's measure: "make sure there is always enough food in the house".
    '(?:ensure|ensures|make sure|makes sure)(?: that)? there (?:is|are|will be) (?:always |at all times |)(?:enough|sufficient|adequate|plenty of)\\b',
    // Upkeep to a standard nobody has set: "keep the house clean and tidy at all times".
    'keep(?:s|ing)? (?:the |their |his |her |your |my |our )?(?:home|house|flat|kitchen|bathroom|bedrooms?|rooms?|place|property) (?:clean and tidy|clean|tidy|nice|in order|hygienic|presentable|in (?:a )?(?:good|reasonable|decent|clean|tidy) (?:state|order|condition))\\b(?! (?:by|before)\\b)',
    // A professional's non-commitment: "get back to you", "see what can be done", "explore options".
    '(?:signpost|signposts|signposting) (?:[\\w\'\u2019-]+ ){1,2}to (?:(?:appropriate|relevant|suitable|other|local|the right|any) )*(?:services|support|agencies|organisations|help)\\b',
    '(?:see|sees) what (?:can|could) be done\\b',
    'explor(?:e|es|ing) (?:the |other |all |some )?(?:options|possibilities|this|it|whether)\\b',
    'get(?:s)? back to (?:you|them|him|her|[a-z]+)\\b(?! (?:by|on|within|before|the same|that|the next)\\b)',
    // A standard nobody has set, whatever the action: "maintain the home to an acceptable standard", "parent at a good enough level".
    UNSET_STANDARD,
    // Help with a part of life, not with a thing: "help Darren with his money", "help her with the paperwork".
    'help(?:s|ing)? (?:[\\w\'\u2019-]+ ){1,2}with (?:his|her|their|the|your|my) (?:money|finances|budgeting|bills|paperwork|housework|life|problems|worries|feelings|emotions|confidence)\\b(?! (?:by|on|every|each|at|before)\\b)',
    // Carrying on, with nothing to see: "everyone will keep talking", "carry on working together".
    '(?:keep|keeps|carry on|carries on|continue|continues|continue to) (?:talking|communicating|working together|going well|being \\w+|trying)\\b',
    // Away, from nobody named: "stay away", "keep away and not cause trouble".
    '(?:stay|stays|keep|keeps) away(?= *(?:[.;!,]|$|and\\b))',
    // Regard rather than an action: "respect his bail conditions", "respect Kai's wishes".
    'respect(?:s|ing)? (?:[\\w\'\u2019-]+ ){0,2}(?:conditions|wishes|decisions|views|privacy|space|feelings|boundaries|rules|orders?)\\b',
    // Needs of a kind, not things: "make sure the boys have what they need", "give Ava the attention she needs".
    '(?:(?:give|gives|provide|provides|get|gets) (?:[\\w\'\u2019-]+ ){0,3})?(?:(?:what|everything|anything|all) (?:that )?(?:they|he|she|[a-z]+) (?:needs?|requires?)\\b(?! to\\b)|the (?:care|attention|support|help|love|time|stability|structure) (?:that )?(?:they|he|she|[a-z]+) needs?\\b(?! to\\b))',
    '(?:(?:let|lets|allow|allows) (?:[\\w\'\u2019-]+ ){1,3}(?:see|watch|hear|do) )?anything (?:inappropriate|unsuitable|unsafe|harmful)\\b',
    // In a way, not an act: "not behave in a way that frightens the children", "do the right thing".
    'in (?:a|an|any) (?:way|manner) (?:that|which)\\b',
    'do(?:es)? the right thing\\b',
    // Care or upkeep of a quality nobody measures: "provide good basic care", "keep the flat free from hazards".
    '(?:good|adequate|appropriate|proper|safe|suitable|healthy|balanced) (?:(?:basic|physical|emotional|home|daily) )?(?:care|diet|hygiene|nutrition|supervision|parenting)\\b',
    'free (?:from|of) (?:any )?(?:hazards|clutter|risks?|harm|danger|drugs|substances|alcohol|anyone|people)\\b',
    // Taking in what was taught, with nothing to see: "use the strategies she has learned", "put the advice into practice".
    '(?:use|uses|apply|applies) (?:[\\w\'\u2019-]+ ){0,2}(?:strategies|techniques|skills|learning)\\b',
    'put(?:s)? (?:[\\w\'\u2019-]+ ){1,3}into practice\\b',
    // Attention and upkeep of a kind: "focus on the children", "keep up with the housework", "keep the routine going", "attend." with nothing named.
    'focus(?:es|ing)? (?:more )?on\\b',
    'keep(?:s)? up with (?:the |all the |his |her |their )?(?:housework|chores|bills|cleaning|washing|things|everything)\\b',
    'keep(?:s)? (?:[\\w\'\u2019-]+ ){1,3}going\\b',
    '(?<!\\b(?:if|when|whenever|once|unless|whether|until) (?:[a-z]+ )?)attend(?:s)?(?= *(?:[.;!,]|$))',
    // A manner of behaving, shown or not: "not display any disguised compliance", "show less controlling behaviour".
    '(?:display|displays|exhibit|exhibits|show|shows|demonstrate|demonstrates) (?:any |no |less |more )?(?:[a-z-]+ ){0,2}(?:compliance|behaviou?rs?|aggression|hostility|resistance|attitudes?)\\b',
  ],
  'g',
);

/** Actions other people can see: if one is there, a vague phrase beside it is only context. */
export const OBSERVABLE = /\b(?:attend|attends|attending|go to|goes to|going to (?:the|every|each|all)|take|takes|taking|bring|brings|collect|collects|drop|pick up|picks up|visit|visits|visiting|call|calls|phone|phones|ring|rings|text|texts|email|emails|write|writes|send|sends|tell|tells|meet|meets|see|sees|book|books|complete|completes|register|registers|sign|signs|stop|stops|stay|stays|sleep|sleeps|live|lives|move|moves|arrange|arranges|pay|pays|give|gives|show (?:the|her|him|them) |cook|cooks|feed|feeds|bath|baths|wash|washes|clean|cleans|tidy|tidies|put (?:\w+ )?to bed|read|reads|walk|walks|drive|drives|check|checks|test|tests|hold|holds|chair|chairs|run|runs|carry out|carries out|refer|refers|make a referral|make an appointment|make (?:a|the|an) \w+ appointment|keep (?:all|every|each|the|their|his|her|this)\b[^.]{0,40}\bappointments?|contact|contacts|let|lets|allow|allows|install|buy|fix|lock|supervise|supervises|accompany|accompanies|wait|share|shares|record|records|fill in|apply|applies|enrol|enrols|join|joins|start|starts|finish|finishes|return|returns|report|reports|provide (?:breakfast|meals?|food|a meal|clean|a copy|copies|transport|a lift|\w+ (?:sessions?|visits?|appointments?))|do (?:a|the) (?:drug|alcohol|hair|breath) test|agree to (?:drug|alcohol|hair|breath) tests?|play|plays|speak|speaks|talk|talks|ask|asks|explain|explains|post|posts|update|updates|write to|invite|invites|organise|organises|set up|sets up|help (?:\w+ )?(?:with|to) \w+|not (?:drink|use|smoke|hit|shout|leave|allow|let|bring|have|go|take))\b/;

