// The vague-task rule's words: actions nobody can see happen, and actions others can see.
// Both patterns only ever see folded (lower-case) text.
import { GatedAlternation, type GatedAlternative } from '../guarded-pattern';

/**
 * How well or how much, with no measure: "listen to Ava more", "budget better", "supervise the children
 * properly". It is tried at every word of every task (the words before "more" are any words), so it is
 * left out of texts without its words: on its own it cost about six times the rest of the list.
 */
export const HOW_WELL: GatedAlternative = {
  source: '(?!(?:will|must|shall|can|to|is|are|and|or|but|then|also)\\b)(?:[a-z\'\u2019-]+ ){1,4}?(?<!\\b(?:or|no|any|once|some|much|even|little|lot|bit|as|very|quite|so|too|doing|is|are|was|were|going|gone) )(?:more|better|properly|harder|well|appropriately|inappropriately|responsibly|positively|sensibly|consistently|aggressively)(?= ?(?:[.;!,]|$|from now on|at all times|all the time|every\\b|each\\b|and\\b|when\\b|around\\b|with\\b|towards\\b))',
  needs: ['more', 'better', 'properly', 'harder', 'well', 'appropriately', 'inappropriately', 'responsibly', 'positively', 'sensibly', 'consistently', 'aggressively'],
};


/** A standard nobody has set, whatever the action ("to an acceptable standard"): opening on "to", it is left out of texts without its noun. */
export const UNSET_STANDARD: GatedAlternative = {
  source: '(?:to|at|in) (?:a|an) (?:good|reasonable|decent|acceptable|adequate|appropriate|satisfactory|suitable|proper|high|safe) (?:enough )?(?:standard|level)\\b',
  needs: ['standard', 'level'],
};

/**
 * Actions nobody can see happen. Each is matched on folded text. "Ensure" and "support" are
 * not here on their own: "ensure Jo is at school by 8.50am every day" is specific.
 * Every alternative starts at a word boundary, and is tried only in texts holding one of the words
 * it `needs` at the start of a word (test/core/prefilters.test.ts draws matches to check them).
 */
export const VAGUE_ACTION = new GatedAlternation([
  { source: '(?:re-?)?engag(?:e|es|ing)(?: (?:fully|positively|openly|honestly|meaningfully))?(?: (?:with|in))?\\b', needs: ['engag', 'reengag'] },
  { source: 'co-?operat(?:e|es|ing)(?: fully)?(?: with)?\\b', needs: ['co-operat', 'cooperat'] },
  { source: 'address(?:es|ing)? (?:the |their |his |her |any |all |these |those |my |our )?(?:\\w+ )?(?:concerns?|issues?|drinking|drug use|alcohol use|substance \\w+|mental health|behaviou?r|problems?|needs|difficulties|worries|risks?)\\b', needs: ['address'] },
  { source: 'improv(?:e|es|ing)\\b', needs: ['improv'] },
  // "work" as a verb: not the noun in "leaves for work at 7.30am".
  { source: '(?<!\\b(?:for|to|from|after|before|off) )work (?:on|towards|at(?! \\d)|to improve|to address|to reduce|to change|to understand)\\b', needs: ['work '] },
  { source: 'work (?:openly |honestly |positively |closely )?with (?:[\\w\'&]+ ){1,4}to (?:address|improve|reduce|tackle|understand|manage|support|look at|think about)\\b', needs: ['work '] },
  { source: 'work (?:openly|honestly|positively|closely|together|in partnership)(?: with)?\\b', needs: ['work '] },
  // Working with one worker or team, and no more: "work with the family support worker.", "work with us."
  { source: "work(?:s|ing)? (?:openly |closely |positively |honestly )?with (?:the |your |his |her |their |my |our )?(?:[\\w'\u2019-]+ ){0,3}?(?:worker|fsw|team|service|practitioner|keyworker|visitor|nurse|midwife|officer|coordinator|us|me|them)(?= *(?:[.;!]|$|every\\b|each\\b|at all times|all the time|from now on))", needs: ['work'] },
  { source: 'make(?:s)? (?:(?:good|better|the best|full|proper|positive) use|the (?:most|best)) of\\b', needs: ['use of', 'most of', 'best of'] },
  { source: '(?:show|shows|demonstrate|demonstrates|gain|develop|have) (?:\\w+ )?(?:insight|understanding|commitment|awareness|empathy|willingness|motivation|capacity|ability)\\b', needs: ['insight', 'understanding', 'commitment', 'awareness', 'empathy', 'willingness', 'motivation', 'capacity', 'ability'] },
  { source: '(?:understand|understands|recognise|recognises|acknowledge|acknowledges|appreciate|realise|realises|reflect on|reflects on|think about|thinks about|consider|considers|be aware of|be mindful of|have regard to|learn (?:about|how|from))\\b', needs: ['understand', 'recognis', 'acknowledg', 'appreciat', 'realis', 'reflect', 'think about', 'thinks about', 'consider', 'be aware', 'be mindful', 'have regard', 'learn'] },
  { source: '(?:take|takes|accept|accepts) (?:full |more )?responsibility\\b', needs: ['responsibility'] },
  { source: 'prioritis(?:e|es|ing)\\b', needs: ['prioritis'] },
  { source: 'make (?:better|good|positive|safer|safe|healthy|healthier|sensible|appropriate|the right|wise|wiser) (?:choices|decisions)\\b', needs: ['choices', 'decisions'] },
  { source: 'be (?:a )?(?:good|positive|better|appropriate|responsible|protective|supportive|consistent|nurturing|calm|calming|steady|reassuring) (?:role model|parents?|carers?|mum|dad|mother|father|influence|presence|example)\\b', needs: ['be '] },
  { source: '(?:ensure|make sure|see that) (?:that )?(?:the |all |their |his |her |jo\'s |sam\'s |the children\'s |the child\'s )*(?:\\w+\'s |\\w+s\' )?(?:basic |emotional |physical |health |care |educational |developmental |day to day |everyday )*(?:needs|welfare|wellbeing|well-being|safety|best interests)(?: (?:are|is|will be) (?:met|promoted|maintained|prioritised|safeguarded))?\\b', needs: ['needs', 'welfare', 'wellbeing', 'well-being', 'safety', 'best interests'] },
  { source: '(?:ensure|make sure|see) (?:that )?(?:the |their |his |her |our )?(?:home|house|flat|environment|children|child|baby|family home|home environment) (?:is|are) (?:kept )?(?:safe|clean|appropriate|suitable|well cared for|happy|settled|stable|nurturing|(?:to |in )?(?:a |an )?(?:good|reasonable|decent|acceptable|high|safe|clean|tidy) (?:standard|state|condition|order))\\b(?! (?:by|before)\\b)', needs: ['ensure', 'make sure', 'see '] },
  // The same of a child named: "make sure Ava is safe at all times", "ensure Kai is well looked after".
  { source: '(?:ensure|ensures|make sure|makes sure) (?:that )?[a-z]+(?:-[a-z]+)? (?:is|are) (?:kept |always )?(?:safe|happy|settled|well looked after|well cared for|looked after|cared for|clean and presentable|clean|presentable|ok|okay|alright|all right)\\b(?! (?:by|before|at (?:school|nursery|home)|in (?:bed|school))\\b)', needs: ['ensure', 'make sure', 'makes sure'] },
  // Whose needs, by possessive of one child or of several ("the girls' needs").
  { source: 'meet (?:the |all |their |his |her )?(?:children\'s |child\'s |\\w+\'s |\\w+s\' )?(?:basic |emotional |physical )?needs\\b', needs: ['needs'] },
  // Anyone kept safe, whoever and whenever: "keep the girls safe while you are away" (not a thing: "keep the knives safe").
  { source: "keep (?:them|him|her|himself|herself|themselves|yourself|myself|(?:(?:the|his|her|their|your|my|our|both) )?(?:children|child|kids|girls|boys|twins|baby|babies|family|little ones)|[a-z'\u2019-]+(?: and [a-z'\u2019-]+)?) safe\\b(?! from \\w+ by)", needs: ['safe'] },
  // A standard of a kind, with the words it is coordinated with ("a clean and tidy home"), so "tidy" there is no action.
  { source: 'maintain (?:a |an )?(?:safe|clean|appropriate|good|suitable|stable|healthy|positive)(?:(?:,| and| or) (?:safe|clean|tidy|hygienic|warm|appropriate|suitable|stable|healthy|positive|calm|happy))*\\b', needs: ['maintain'] },
  { source: '(?:be|being|remain|remaining|stay|staying) (?:honest|open|truthful|transparent|supportive|available|responsible|protective|appropriate|positive|consistent|child[- ]focused|engaged|committed|motivated|cooperative|co-operative|compliant|calm|calmer|patient|respectful|polite|kind|civil|courteous|considerate|sensible|mature|reliable|friendly|welcoming|careful|more careful|vigilant|alert)\\b', needs: ['be ', 'being ', 'remain', 'stay'] },
  { source: 'behave (?:appropriately|responsibly|well|better)\\b', needs: ['behave'] },
  // Conduct with no manner or act named, on any occasion: "behave at visits", "sort herself out before contact", "get his act together".
  { source: "behave(?:s)?(?= *(?:[.;!,]|$)| (?:at|during|around|in front of|when|while|whilst|with|towards|on|for|in (?:front|public|school|class|the))\\b)", needs: ['behave'] },
  { source: "(?:sort|sorts|pull|pulls) (?:himself|herself|themselves|yourself|myself|ourselves) (?:out|together)\\b|get(?:s)? (?:his|her|their|your|my|our) (?:act|life|head|life) (?:together|straight|sorted|in order)\\b", needs: ['himself', 'herself', 'themselves', 'yourself', 'myself', 'ourselves', 'act', 'life', 'head'] },
  { source: '(?:do|try) (?:their|his|her|my|our) best\\b', needs: ['best'] },
  { source: '(?:make|show|demonstrate|sustain) (?:(?:sustained|real|lasting|positive|significant|meaningful|further|the necessary|necessary|good|enough|more of|more) )?(?:progress|changes?|improvements?|an effort|efforts?|every effort)\\b', needs: ['progress', 'change', 'improvement', 'effort'] },
  { source: '(?:seek|access|accept|get|receive) (?:help|support|advice|services|treatment|input)\\b(?! (?:from|at|with) [A-Z])', needs: ['help', 'support', 'advice', 'services', 'treatment', 'input'] },
  // Support of a kind, not of a thing: "offer ongoing support", "provide robust, needs-led support".
  { source: '(?:offer|provide|give) (?:(?:ongoing|continued|continuing|some|any|further|additional|appropriate|practical|emotional|relevant|general|robust|needs-led|tailored|holistic|intensive|targeted|flexible|bespoke|wraparound|multi-agency)(?:,? (?:and )?)?){0,3}(?:support|help|advice|guidance|input|assistance)(?! (?:with|by|on|at)\\b| to (?!(?:the |his |her |their )?(?:family|parents?|children|child|them|him|her|mum|dad|carers?)\\b(?! (?:with|to|by|on|at|in)\\b)))', needs: ['offer', 'provide', 'give'] },
  { source: 'support (?:the family|the parents|parents|ms \\w+|mr \\w+|mrs \\w+|mum|dad|them|him|her|the children|jo|sam)\\s*(?:[.;,]|$| as | where | when | if | with any)', needs: ['support'] },
  // Support of someone or something with nothing more said, up to four words before the clause ends: "support Ollie with his
  // diabetes.", "always support Ayaan's education"; the verb after its subject, "to" or "will" (looked behind once "support"
  // is found), not the noun of "the family support fund".
  { source: "support(?<=(?:^|[:;] |\\b(?:will|to|must|shall|always|also|and|can|we|i|they|he|she|you|please|'ll|\u2019ll) )support)(?:s|ing)? (?!(?:with|to|by|at|on|in|for|from|and|of|worker|plan|group|services?)\\b)(?:[\\w'\u2019-]+ ){0,3}?[\\w'\u2019-]+(?= *(?:[.;!]|$|as a family\\b|every\\b|each\\b|daily\\b|at all times|all the time|from now on))", needs: ['support'] },
  { source: 'monitor(?:s|ing)? (?:the situation|progress|things|the family|the children|the child|how)\\b', needs: ['monitor'] },
  { source: '(?:look after|care for) (?:the children|the child|them|him|her) (?:properly|well|appropriately|better|safely)\\b', needs: ['look after', 'care for'] },
  { source: '(?:reduce|cut down|cut back)(?: on)? (?:their|his|her|my)? ?(?:drinking|alcohol|drug use|smoking|cannabis)\\b(?! to )', needs: ['reduce', 'cut'] },
  // Not action against someone named or there: "take action against the adults there".
  { source: 'take (?:appropriate |necessary |suitable )?(?:action|steps|measures)\\b(?! against\\b)', needs: ['take'] },
  { source: 'keep (?:in touch|in contact)\\b', needs: ['keep'] },
  { source: 'be (?:a |an )?(?:more|less) \\w+\\b', needs: ['be '] },
  { source: 'get better at\\b', needs: ['get better'] },
  { source: 'promot(?:e|es|ing)\\b', needs: ['promot'] },
  // Attitudes and inner states rather than actions, and classes of things without which or when.
  { source: 'manag(?:e|es|ing) (?:(?:his|her|their|my|your|our|the) )?(?:anger|temper|emotions|feelings|behaviou?r|stress|mental health|drinking|drug use|moods?|relationships?|arguments|conflict|rows|arguing|risks?)\\b', needs: ['manag'] },
  { source: 'work (?:openly |closely |positively |honestly )?with (?:all |the |other |relevant |partner )?(?:professionals|services|agencies|workers|everyone|team|agencies involved)\\b(?! (?:to|on|every|each|at|by|from)\\b)', needs: ['work '] },
  { source: 'liais(?:e|es|ing) with (?:all |the |other |relevant |partner )?(?:agencies|services|professionals|everyone|partners)\\b', needs: ['liais'] },
  { source: '(?:keep|stay) on top of\\b', needs: ['on top of'] },
  { source: '(?:stay|remain|keep|be) (?:involved|in the loop|in touch)\\b', needs: ['involved', 'in the loop', 'in touch'] },
  // Being on time for a class of appointments: "be on time for every appointment".
  { source: '(?:be|arrive|turn up|get there) (?:on time|punctually|early) (?:for|to) (?:all|any|every|each) (?:of )?(?:(?:his|her|their|the|your) )?(?:[a-z]+ )?appointments?\\b(?! (?:at|with|on|in|for|run by)\\b)', needs: ['appointment'] },
  // A class of appointments with "all" or "any" and a kind but not which ("all health appointments", "any school meetings").
  { source: '(?:attend|go to|keep|make) (?:(?:all|any|every) (?:of )?(?:(?:his|her|their|the) )?(?:[a-z]+ )?|(?:their|his|her|the) )?(?:appointments|meetings|sessions|groups|courses|classes|services|activities)\\b(?! (?:at|with|on|every|each|in|for|run by)\\b)', needs: ['appointments', 'meetings', 'sessions', 'groups', 'courses', 'classes', 'services', 'activities'] },
  { source: '(?:support|help) (?:[a-z]+ )?(?:emotionally|more|better)\\b', needs: ['support', 'help'] },
  { source: '(?:be|become) (?:a )?(?:better|good|safe|protective) (?:parents?|mum|dad|carers?)\\b', needs: ['be ', 'become'] },
  // Watching and sorting without saying what: "keep an eye on things", "sort out your working hours", "look into it".
  { source: 'keep(?:s|ing)? (?:an eye|a (?:close )?(?:eye|watch)|tabs|a check) on\\b', needs: ['keep'] },
  { source: 'sort(?:s|ing)? out (?:(?:his|her|their|my|your|our|the|any|all) )?(?:\\w+ )?(?:things|everything|stuff|problems?|issues?|life|lives|head|hours|finances|money|debts?|routines?|mess)\\b', needs: ['sort'] },
  // The object before the particle: "sort the house out", "get things sorted".
  { source: 'sort(?:s|ing)? (?:(?:his|her|their|my|your|our|the) )?(?!out\\b)\\w+ (?:\\w+ )?out\\b(?! (?:by|before|on|every)\\b)', needs: ['sort'] },
  // Comparatives of how to be, and being around: "be calmer around the kids", "be on hand".
  { source: 'be (?:a (?:bit|lot|little) )?(?:calmer|kinder|nicer|gentler|happier|stronger|firmer|fairer|healthier|tidier|quieter|friendlier|stricter|more patient)\\b', needs: ['be '] },
  { source: 'be (?:on hand|around more|around|about more|at the end of the phone)\\b', needs: ['be '] },
  { source: 'keep(?:s|ing)? (?:an )?(?:overview|oversight|watch) (?:of|on|over)\\b', needs: ['keep'] },
  { source: 'look(?:s|ing)? into (?:things|it|this|that|the (?:situation|issues?|problems?|concerns?|options))\\b', needs: ['look'] },
  { source: 'deal(?:s|ing)? with (?:(?:his|her|their|my|your|our|the|any|all) )?(?:things|it|this|that|stuff|issues?|problems?|concerns?|worries)\\b', needs: ['deal'] },
  { source: 'be (?:there|present|around|available) for\\b', needs: ['be '] },
  { source: 'get (?:things|(?:his|her|their|my|your) life) (?:back )?on track\\b', needs: ['on track'] },
  { source: 'keep (?:things|everything) (?:calm|under control|on track|going)\\b', needs: ['keep'] },
  // A class of people or of work, without saying which: "stay away from bad influences", "do some work with Kai about keeping safe".
  { source: '(?:(?:stay|stays|keep|keeps) away from |(?:avoid|avoids|see|sees|meet|meets) |(?:mix|mixes|associate|associates|hang around|hangs around|hang out|hangs out|spend time|spends time) with )?(?:bad|negative|the wrong|risky|unsafe|unsuitable|inappropriate|dangerous|harmful) (?:influences|people|crowds?|company|friends|adults|individuals|peers|peer groups?|groups|associates|contacts|lads|older (?:boys|girls|lads|men|people))\\b', needs: ['bad', 'negative', 'the wrong', 'risky', 'unsafe', 'unsuitable', 'inappropriate', 'dangerous', 'harmful'] },
  { source: '(?:stay|keep) away from (?:people|friends|anyone|adults) (?:who|that) (?:are|is) (?:a )?(?:bad|negative|unsafe|risky|the wrong)\\b', needs: ['away from'] },
  { source: '(?:stay|stays|keep|keeps) (?:[\\w\'\u2019-]+ ){0,2}away from (?:anyone|anybody|people|someone|adults) (?:unsafe|risky|dangerous|harmful|unsuitable)\\b', needs: ['away from'] },
  { source: 'do (?:some |more |direct |some direct |more direct )?work with (?:[a-z]+ ){1,2}(?:on|about|around)\\b', needs: ['work with'] },
  // Work with a child of no stated kind or amount: "views gathered through direct work" (not "four sessions of direct work").
  { source: '(?<!\\bsessions? of )(?:(?:carry out|carries out|complete|completes|do|does|undertake|undertakes|facilitate|facilitates) (?:some |more |further )?)?direct work\\b(?! (?:sessions?|every|each|weekly|fortnightly)\\b)', needs: ['direct work'] },
  // Monitoring without saying how: "know where Harvey is", "keep track of who she sees", "look out for Kai".
  { source: 'know(?:s|ing)? (?:where|who|what) (?:[\\w\'\u2019-]+ ){1,4}?(?:is with|are with|is going|are going|is doing|are doing|is|are|goes|go)\\b', needs: ['know'] },
  { source: '(?:keep(?:s|ing)? track of|look(?:s|ing)? out for|watch(?:es|ing)? (?:out for|over))\\b', needs: ['track of', 'out for', 'watch'] },
  { source: '(?:be|remain|stay) (?:more )?(?:vigilant|alert|watchful|alert to)\\b', needs: ['vigilant', 'alert', 'watchful'] },
  // Advice, guidance or a plan followed without saying which or what it asks: "follow safer sleep advice".
  { source: '(?:follow|follows|following|comply with|complies with|stick to|sticks to|adhere to|act on|take on board|listen to) (?:all |any |the |their |his |her |your |this |professional |professionals\' |medical |health |safer? sleep |safety |health visitor\'s |midwife\'s |doctor\'s |gp\'s )*(?:advice|guidance|recommendations)\\b(?! (?:in|on|from|given|written|set out|listed|that|which|below|above)\\b|:)', needs: ['advice', 'guidance', 'recommendations'] },
  { source: '(?:follow|follows|comply with|complies with|stick to|sticks to|adhere to) (?:the |this |their )?(?:child in need |child protection |care |safety |cin |cp )?plan\\b(?! (?:by|and (?:ring|call|text|tell))\\b)', needs: ['plan'] },
  // Being told, with nobody telling: "family members will be made aware of safe sleep".
  { source: '(?:be|are|is|been|being) (?:made aware|kept (?:informed|updated|up to date|in the loop)|informed|told|updated|advised)(?![^.;]{0,120} by [a-z])(?: (?:of|about)\\b[^.;,]{0,80})?', needs: ['made aware', 'kept', 'informed', 'told', 'updated', 'advised'] },
  // A change of habit with nothing to measure it by: "stop using cannabis", "give up drinking", "stay clean".
  { source: '(?:stop|stops|quit|quits|give up|gives up|come off|comes off|get off|kick|cut out) (?:using |taking |smoking |drinking |the )?(?:cannabis|drugs|weed|alcohol|drink|drinking|smoking|cocaine|spice|substances|gambling)\\b(?! (?:in|at|near|around|when|while|whilst|before|during|if|on|by|from|and (?:do|take|give|have))\\b)', needs: ['cannabis', 'drugs', 'weed', 'alcohol', 'drink', 'smoking', 'cocaine', 'spice', 'substances', 'gambling'] },
  { source: '(?:reduce|reduces|lower|lowers|cut|cuts) (?:(?:his|her|their|my|your) )?(?:alcohol|drug|cannabis|drinking|substance) (?:intake|use|consumption|misuse)\\b(?! to )', needs: ['reduce', 'lower', 'cut'] },
  { source: '(?:drink|drinks|use|uses|smoke|smokes) (?:less|sensibly|responsibly|in moderation)\\b', needs: ['less', 'sensibly', 'responsibly', 'in moderation'] },
  { source: '(?:stay|stays|remain|remains|keep|keeps|get|gets) (?:clean|sober|abstinent|drug[- ]free|alcohol[- ]free)\\b(?! (?:when|while|whilst|before|during|around|at|in|on|and (?:do|take|give|have)|that (?:day|night|evening|morning|weekend)|the (?:day|night|evening|morning|weekend) (?:before|of)|tonight|today|until|throughout|for the (?:whole|entire|full|duration)|every|each|over)\\b)', needs: ['clean', 'sober', 'abstinent', 'drug', 'alcohol'] },
  // An attitude rather than an action: "put the children first" (not "put the guard up before lighting the fire").
  { source: 'put(?:s|ting)? (?:[\\w\'\u2019-]+ ){1,3}(?:first|before|ahead of)\\b(?! [a-z]+ing\\b)', needs: ['put'] },
  // Protection of a kind, with no way named: "protect the children from his behaviour", "make sure they are not exposed to abuse",
  // an inner state of the child as the task ("make sure Ben is not upset by the move").
  { source: 'protect(?:s|ing)? (?:[\\w\'\u2019-]+ ){1,3}from\\b', needs: ['protect'] },
  // Protection with no way named, on any occasion: "protect the girls while you are away", "protect Kai at all times".
  { source: "protect(?:s|ing)? (?:(?:the|his|her|their|your|my|our|both) )?[a-z'\u2019-]+(?: and [a-z'\u2019-]+)?(?= *(?:[.;!,]|$)| (?:while|whilst|when|whenever|at all times|all the time|from now on|always|during|if|until)\\b)", needs: ['protect'] },
  // A class of people, places or things marked only by what they might do: "keep Kai away from anything that might upset him".
  { source: '(?:anything|anyone|anybody|anywhere|people|places|situations|things) (?:that|who|which|where) (?:might|could|may|would)\\b', needs: ['anything', 'anyone', 'anybody', 'anywhere', 'people', 'places', 'situations', 'things'] },
  { source: '(?:ensure|ensures|ensuring|make sure|makes sure|making sure)(?: that)? (?:[\\w\'\u2019-]+ ){1,3}(?:is|are) (?:not |never )?(?:exposed to|protected from|shielded from|kept safe|safe from|harmed|hurt|at risk|affected|upset|worried|distressed|frightened|scared|caught up in|drawn into|dragged into|involved in|impacted|influenced)\\b', needs: ['ensur', 'make sure', 'makes sure', 'making sure'] },
  // How someone is to feel, with nothing done: "help Ruby feel settled after the move", "make the boys feel safe".
  { source: "(?:help|helps|helping|make|makes|making) (?:[\\w'\u2019-]+ ){1,3}(?:to )?feel (?:more |less |a bit more )?(?:settled|safe|secure|happy|loved|wanted|valued|calm|confident|better|supported|listened to|at home|welcome|included|comfortable|ok|okay)\\b", needs: ['feel'] },
  HOW_WELL,
  // Kinds of parenting rather than acts: "set clear boundaries", "stick to a routine", "use positive parenting", "respect the rules".
  { source: '(?:set|sets|setting|keep to|keeps to|stick to|sticks to|follow|follows|use|uses|have|has|maintain|maintains|establish|establishes|introduce|introduces|put in place|respect|respects|enforce|enforces) (?:(?:a|an|the|clear|firm|consistent|good|positive|healthy|proper|better|more|age[- ]appropriate|his|her|their|my|your|own|[a-z]+\'s) )*(?:boundaries|routines?|rules|parenting|discipline|structure)(?= *(?:[.;!,]|$|at all times|all the time|every\\b|each\\b|and\\b|with\\b|for (?:him|her|them|the children|the kids|[a-z]+)\\b|in (?:both|each|the) homes?\\b|when\\b|around\\b|consistently\\b|from now on))', needs: ['boundaries', 'routine', 'rules', 'parenting', 'discipline', 'structure'] },
  { source: '(?:parent|parents|parenting) (?:safely|well|appropriately|positively|consistently|better|effectively)\\b', needs: ['parent'] },
  { source: 'act(?:s|ing)? in (?:[\\w\'\u2019-]+ ){0,2}best interests?\\b', needs: ['best interest'] },
  { source: 'make(?:s)? (?:[\\w\'\u2019-]+ ){1,3}(?:his|her|their|my|your|a|the) (?:top |first |main |number one )?priority\\b', needs: ['priority'] },
  // Harm of a kind, in a rule or not: "never put Ava at risk", "not expose the twins to harm", "not let Ava down".
  { source: '(?:put|puts|place|places|expose|exposes|leave|leaves) (?:[\\w\'\u2019-]+ ){1,2}(?:at risk|in danger|in harm\'s way|to (?:any )?(?:harm|risk|danger))\\b', needs: ['put', 'place', 'expose', 'leave'] },
  { source: 'let(?:s)? (?:[\\w\'\u2019-]+ ){1,2}down\\b', needs: ['let'] },
  { source: 'keep(?:s|ing)? (?:[\\w\'\u2019-]+ ){1,2}away from (?:(?:any|all) )?(?:risky|unsafe|dangerous|bad|harmful|risk|harm|danger|arguments|conflict|rows|fighting|trouble|stress|adult (?:issues|matters|conversations))\\b', needs: ['away from'] },
  // Habits held in check, with no measure: "control his drinking", "get his drinking under control".
  { source: '(?:control|controls|limit|limits|tackle|tackles|monitor|monitors|watch|watches) (?:(?:his|her|their|my|your) )?(?:drinking|drug use|alcohol|alcohol use|cannabis use|temper|anger|gambling|spending)\\b', needs: ['control', 'limit', 'tackle', 'monitor', 'watch'] },
  { source: '(?:get|gets|keep|keeps) (?:(?:his|her|their|my|your) )?(?:drinking|drug use|temper|anger|gambling|spending|finances|money|feelings|emotions|stress|cool) (?:under control|in check|sorted)\\b', needs: ['under control', 'in check', 'sorted'] },
  // Attitudes rather than actions: "show more patience", "have a positive attitude", "keep calm", "have their best interests at heart".
  { source: '(?:show|shows) (?:more |some |a bit more |the )?(?:respect|kindness|patience|warmth|affection|love|care|interest|empathy)\\b', needs: ['show'] },
  { source: '(?:have|has|keep|keeps|show|shows) (?:a )?(?:more )?(?:positive|good|better|right|healthy|open|constructive) (?:attitude|mindset|outlook|approach)\\b', needs: ['attitude', 'mindset', 'outlook', 'approach'] },
  { source: '(?:keep|keeps|stay|stays) (?:calm|cool|composed|a (?:cool|calm|level) head|(?:his|her|their|my|your) (?:temper|cool))\\b', needs: ['keep', 'stay'] },
  { source: '(?:have|has|keep|keeps) (?:[\\w\'\u2019-]+ ){1,2}best interests? at heart\\b', needs: ['at heart'] },
  { source: '(?:be|remain|stay) (?:willing|receptive|committed|dedicated) to\\b', needs: ['willing', 'receptive', 'committed', 'dedicated'] },
  // A relationship built or mended, with nothing to see: "rebuild her relationship with Kai", "build a stronger bond".
  { source: '(?:build|builds|building|rebuild|rebuilds|repair|repairs|strengthen|strengthens|develop|develops|mend|mends|nurture|nurtures) (?:up )?(?:(?:a|an|the|his|her|their|my|your|our) )?(?:(?:better|stronger|closer|positive|good|healthy|healthier|trusting|secure|warm|loving|meaningful) )*(?:relationships?|bonds?|attachments?|trust)\\b', needs: ['relationship', 'bond', 'attachment', 'trust'] },
  // Kept in view, with no date or meeting: "family time will be kept under review".
  { source: '(?:keep|keeps|kept|keeping) (?:[\\w\'\u2019-]+ ){0,3}under (?:review|consideration|observation)\\b(?! (?:at|by|on|every|each|until)\\b)', needs: ['under'] },
  // Watching over without saying where or how: "supervise the children", "monitor Ava\'s phone use", "spend more time with Ava".
  { source: 'supervis(?:e|es|ing) (?:the |his |her |their )?(?:children|child|kids|baby|twins|boys|girls|[a-z]+)(?: (?:properly|appropriately|closely|adequately|well|carefully))?(?= *(?:[.;!]|$|at all times|all the time))', needs: ['supervis'] },
  { source: 'monitor(?:s|ing)? (?:[\\w\'\u2019-]+ ){1,3}?(?:use|behaviou?r|drinking|mood|moods|attendance|health|internet|online activity|phone|whereabouts|friends|friendships|wellbeing)\\b(?! by\\b)', needs: ['monitor'] },
  { source: 'spend(?:s|ing)? (?:(?:more|some|quality|extra) )+time with\\b', needs: ['spend'] },
  { source: 'think(?:s|ing)? (?:(?:carefully|hard|twice|long and hard) )?(?:before|first)\\b|think(?:s|ing)? (?:carefully|hard|twice) about\\b', needs: ['think'] },
  { source: 'take(?:s)? (?:better|more|good|proper) care of (?:himself|herself|themselves|yourself|myself)\\b', needs: ['care of'] },
  { source: '(?:look(?:s|ing)? after|take(?:s)? care of) (?:his|her|their|my|your) (?:own )?(?:health|mental health|wellbeing|well-being|physical health)\\b', needs: ['look', 'take'] },
  // Enough of something, by nobody's measure: "make sure there is always enough food in the house".
  { source: '(?:ensure|ensures|make sure|makes sure)(?: that)? there (?:is|are|will be) (?:always |at all times |)(?:enough|sufficient|adequate|plenty of)\\b', needs: ['there'] },
  // Upkeep to a standard nobody has set: "keep the house clean and tidy at all times".
  { source: 'keep(?:s|ing)? (?:the |their |his |her |your |my |our )?(?:home|house|flat|kitchen|bathroom|bedrooms?|rooms?|place|property) (?:clean and tidy|clean|tidy|nice|in order|hygienic|presentable|in (?:a )?(?:good|reasonable|decent|clean|tidy) (?:state|order|condition))\\b(?! (?:by|before)\\b)', needs: ['keep'] },
  // A professional's non-commitment: "get back to you", "see what can be done", "explore options".
  { source: '(?:signpost|signposts|signposting) (?:[\\w\'\u2019-]+ ){1,2}to (?:(?:appropriate|relevant|suitable|other|local|the right|any) )*(?:services|support|agencies|organisations|help)\\b', needs: ['signpost'] },
  { source: '(?:see|sees) what (?:can|could) be done\\b', needs: ['be done'] },
  { source: 'explor(?:e|es|ing) (?:the |other |all |some )?(?:options|possibilities|this|it|whether)\\b', needs: ['explor'] },
  { source: 'get(?:s)? back to (?:you|them|him|her|[a-z]+)\\b(?! (?:by|on|within|before|the same|that|the next)\\b)', needs: ['back to'] },
  // A standard nobody has set, whatever the action: "maintain the home to an acceptable standard", "parent at a good enough level".
  UNSET_STANDARD,
  // Help with a part of life, not with a thing: "help Darren with his money", "help her with the paperwork".
  { source: 'help(?:s|ing)? (?:[\\w\'\u2019-]+ ){1,2}with (?:his|her|their|the|your|my) (?:money|finances|budgeting|bills|paperwork|housework|life|problems|worries|feelings|emotions|confidence)\\b(?! (?:by|on|every|each|at|before)\\b)', needs: ['help'] },
  // Carrying on, with nothing to see: "everyone will keep talking", "carry on working together".
  { source: '(?:keep(?: on)?|keeps(?: on)?|carry on|carries on|continue|continues|continue to) (?:talking|communicating|working together|going well|being \\w+|trying|helping(?: out)?(?=\\s*(?:[.;,]|$))|supporting (?:the (?:family|parents|children)|them|him|her|mum|dad|[a-z]+)(?=\\s*(?:[.;,]|$)))\\b', needs: ['keep', 'carry on', 'carries on', 'continu'] },
  // Away, from nobody named: "stay away", "keep away and not cause trouble".
  { source: '(?:stay|stays|keep|keeps) away(?= *(?:[.;!,]|$|and\\b))', needs: ['away'] },
  // Regard rather than an action: "respect his bail conditions", "respect Kai's wishes".
  { source: 'respect(?:s|ing)? (?:[\\w\'\u2019-]+ ){0,2}(?:conditions|wishes|decisions|views|privacy|space|feelings|boundaries|rules|orders?)\\b', needs: ['respect'] },
  // Needs of a kind, not things: "make sure the boys have what they need", "give Ava the attention she needs".
  { source: '(?:(?:give|gives|provide|provides|get|gets) (?:[\\w\'\u2019-]+ ){0,3})?(?:(?:what|everything|anything|all) (?:that )?(?:they|he|she|[a-z]+) (?:needs?|requires?)\\b(?! to\\b)|the (?:care|attention|support|help|love|time|stability|structure) (?:that )?(?:they|he|she|[a-z]+) needs?\\b(?! to\\b))', needs: ['need', 'require'] },
  { source: '(?:(?:let|lets|allow|allows) (?:[\\w\'\u2019-]+ ){1,3}(?:see|watch|hear|do) )?anything (?:inappropriate|unsuitable|unsafe|harmful)\\b', needs: ['anything'] },
  // In a way, not an act: "not behave in a way that frightens the children", "do the right thing".
  { source: 'in (?:a|an|any) (?:way|manner) (?:that|which)\\b', needs: ['way', 'manner'] },
  { source: 'do(?:es)? the right thing\\b', needs: ['the right thing'] },
  // Care or upkeep of a quality nobody measures: "provide good basic care", "keep the flat free from hazards".
  { source: '(?:good|adequate|appropriate|proper|safe|suitable|healthy|balanced) (?:(?:basic|physical|emotional|home|daily) )?(?:care|diet|hygiene|nutrition|supervision|parenting)\\b', needs: ['good', 'adequate', 'appropriate', 'proper', 'safe', 'suitable', 'healthy', 'balanced'] },
  { source: 'free (?:from|of) (?:any )?(?:hazards|clutter|risks?|harm|danger|drugs|substances|alcohol|anyone|people)\\b', needs: ['free'] },
  // Taking in what was taught, with nothing to see: "use the strategies she has learned", "put the advice into practice".
  { source: '(?:use|uses|apply|applies) (?:[\\w\'\u2019-]+ ){0,2}(?:strategies|techniques|skills|learning)\\b', needs: ['strategies', 'techniques', 'skills', 'learning'] },
  { source: 'put(?:s)? (?:[\\w\'\u2019-]+ ){1,3}into practice\\b', needs: ['into practice'] },
  // Attention and upkeep of a kind: "focus on the children", "keep up with the housework", "keep the routine going", "attend." with nothing named.
  { source: 'focus(?:es|ing)? (?:more )?on\\b', needs: ['focus'] },
  { source: 'keep(?:s)? up with (?:the |all the |his |her |their )?(?:housework|chores|bills|cleaning|washing|things|everything)\\b', needs: ['up with'] },
  { source: 'keep(?:s)? (?:[\\w\'\u2019-]+ ){1,3}going\\b', needs: ['going'] },
  { source: '(?<!\\b(?:if|when|whenever|once|unless|whether|until) (?:[a-z]+ )?)attend(?:s)?(?= *(?:[.;!,]|$))', needs: ['attend'] },
  // A manner of behaving, shown or not: "not display any disguised compliance", "show less controlling behaviour".
  { source: '(?:display|displays|exhibit|exhibits|show|shows|demonstrate|demonstrates) (?:any |no |less |more )?(?:[a-z-]+ ){0,2}(?:compliance|behaviou?rs?|aggression|hostility|resistance|attitudes?)\\b', needs: ['compliance', 'behaviour', 'behavior', 'aggression', 'hostility', 'resistance', 'attitude'] },
]);

/** Actions other people can see: if one is there, a vague phrase beside it is only context. */
export const OBSERVABLE = /\b(?:attend|attends|attending|go to|goes to|going to (?:the|every|each|all)|take|takes|taking|bring|brings|collect|collects|drop|pick up|picks up|visit|visits|visiting|call|calls|phone|phones|ring|rings|text|texts|email|emails|write|writes|send|sends|tell|tells|meet|meets|see|sees|book|books|complete|completes|register|registers|sign|signs|stop|stops|stay|stays|sleep|sleeps|live|lives|move|moves|arrange|arranges|pay|pays|give|gives|show (?:the|her|him|them) |cook|cooks|feed|feeds|bath|baths|wash|washes|clean|cleans|tidy|tidies|put (?:\w+ )?to bed|read|reads|walk|walks|drive|drives|check|checks|test|tests|hold|holds|chair|chairs|run|runs|carry out|carries out|refer|refers|make a referral|make an appointment|make (?:a|the|an) \w+ appointment|keep (?:all|every|each|the|their|his|her|this)\b[^.]{0,40}\bappointments?|contact|contacts|let|lets|allow|allows|install|buy|fix|lock|supervise|supervises|accompany|accompanies|wait|share|shares|record|records|fill in|apply|applies|enrol|enrols|join|joins|start|starts|finish|finishes|return|returns|report|reports|provide (?:breakfast|meals?|food|a meal|clean|a copy|copies|transport|a lift|\w+ (?:sessions?|visits?|appointments?))|do (?:a|the) (?:drug|alcohol|hair|breath) test|agree to (?:drug|alcohol|hair|breath) tests?|play|plays|speak|speaks|talk|talks|ask|asks|explain|explains|post|posts|update|updates|write to|invite|invites|organise|organises|set up|sets up|help (?:\w+ )?(?:with|to) \w+|not (?:drink|use|smoke|hit|shout|leave|allow|let|bring|have|go|take))\b/;
