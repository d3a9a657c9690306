// Threat wordings that need no breach in the sentence: the council's hand said to be forced, the
// family told there will be no more chances, consequences or the children's future held over them,
// and the family's failure said to look bad for them. Each is small and read only where its words
// are (the threatening rule's word gate); rules/threatening.ts gives each its message.

/** The council's hand forced, with nothing after it: "you will leave us with no choice", "we would have no other option." */
export const NO_CHOICE_LEFT = /\b(?:leave|leaves|leaving|left)\s+(?:us|me|the\s+(?:council|local\s+authority))\s+(?:with\s+)?(?:no|little)\s+(?:other\s+|real\s+)?(?:choice|option|alternative)s?\b|\b(?:we|i|it|the\s+(?:council|local\s+authority))(?:\s+(?:will|would|may|might)|'ll|'d)\s+(?:then\s+)?(?:have|be\s+left\s+with)\s+no\s+(?:other\s+)?(?:choice|option|alternative)s?(?:\s+left)?(?=\s*(?:[.;!,:]|$)|\s+(?:if|unless|should|when)\b)/;

/** No more chances or warnings, or the last of working together by agreement: "we cannot give you another chance", "the last time we will work with you voluntarily". */
export const NO_MORE_CHANCES = /\b(?:no|not|cannot|can't|won't|never)\s+(?:be\s+able\s+to\s+)?(?:give|giving|offer|offering|get|getting|have|be)\s+(?:you\s+|them\s+|him\s+|her\s+)?(?:another|any\s+more|any\s+further|a\s+further|one\s+more)\s+(?:chance|opportunit(?:y|ies)|warning)s?\b|\b(?:last|final)\s+(?:time|occasion)\b[^.;]{0,40}?\bvoluntar\w*|\b(?:had|given|been\s+given)\s+(?:you\s+)?(?:enough|plenty\s+of|several|repeated)\s+(?:warnings|chances)\b|\b(?:this|it)\s+is\s+(?:a|your)\s+(?:formal|final|written|serious|stern|strong)\s+warning\b|\brunning\s+out\s+of\s+(?:chances|options)\b|\b(?:will|shall|would)\s+not\s+(?:be\s+)?tolerat\w*\s+(?:any\s+(?:more|further)|further|this|another)\b/;

/** Unnamed consequences said to follow, however put: "ignoring this plan has consequences", "consequences will follow" (not harm to a child). */
export const CONSEQUENCES_FOLLOW = /\b(?:has|have|had|carries|carry|brings)\s+(?:very\s+|real\s+)?(?:(?:serious|severe|grave|significant|major)\s+)?(?:consequences|repercussions)\b(?!\s+for\s+(?!you\b|your\s+family\b|the\s+family\b|the\s+parents\b|both\s+of\s+you\b))|\b(?:consequences|repercussions)\s+(?:will|would|could|may)\s+(?:then\s+)?follow\b/;

/** The children's future held over the parent: "your children's future is in your hands", "think about Jade's future before you …", "cannot promise them a future at home". */
export const FUTURE_HELD_OVER = /\b(?:your|the|their|his|her|[a-z]+'s|[a-z]+s')\s+(?:(?:children's|child's|baby's|family's)\s+)?future\s+(?:(?:with\s+you|at\s+home|together)\s+)?(?:(?:is|lies|rests)\s+(?:now\s+|entirely\s+)?(?:in\s+your\s+hands|at\s+stake|on\s+the\s+line|up\s+to\s+you)|(?:depends|rests|hinges)\s+(?:entirely\s+)?on\s+(?:you\b|what\s+you|how\s+you|your\s+(?:choices|actions)))\b|\bwhat\s+happens\s+(?:next\s+)?(?:to|with)\s+(?:your|the)\s+(?:children|child|kids|baby)\s+(?:now\s+)?(?:is|rests)\s+(?:now\s+)?(?:up\s+to\s+you|in\s+your\s+hands)\b|\bthink\s+(?:very\s+)?(?:carefully\s+|hard\s+)?about\s+(?:your|the|their|his|her|[a-z]+'s)\s+(?:(?:children's|child's|baby's)\s+)?future(?=\s*(?:[.!]|$)|\s+(?:before|if|when)\b)|\bnot\s+(?:be\s+)?(?:a\s+)?part\s+of\s+(?:your|the|their|his|her)\s+(?:(?:[a-z]+'s|[a-z]+s')\s+)?(?:future|li(?:fe|ves))\b|(?:\bnot|n't|\bno|\bcannot|\bnever)\b[^.;]{0,30}?\bfuture\s+(?:at\s+home|with\s+(?:you|mum|dad|her|him|them)|together|as\s+a\s+family)\b/;

/** The family's failure said to look bad for them: "will not look good for you at conference", "won't go down well with the judge". */
export const NOT_GOOD_FOR_YOU = /(?:\bnot|n't)\s+(?:look|reflect|go\s+down)\s+(?:good|well)\s+(?:for|on|with)\s+(?:you|them|him|her|the\s+parents?|your\s+case|the\s+(?:court|judge|conference|panel))\b/;

/** The family punished in law by the council's own act: "the council will prosecute you", "we will report you to the police". */
export const PUNISHED_BY_COUNCIL = /\b(?:will|would|shall|could|may|might|can)\s+(?:then\s+|have\s+to\s+)?(?:prosecute|fine)\s+(?:you|both|the\s+parents?|mum|dad|him|her|them)\b|\breport\s+you\s+to\s+the\s+police\b/;

/** One more failure and the children gone, with no modal: "one more incident and the children go" (not "… go home"). */
const CHILDREN_GONE = String.raw`and\s+(?:(?:the|your)\s+)?(?:children|child|kids|baby|boys|girls|twins|they)\s+(?:go|goes|leave|leaves|(?:are|is)\s+(?:gone|removed|taken))\b(?!\s+(?:home|back|to|with|on|out|for|at|in|into|early|off)\b)`;
export const ONE_MORE_AND_GONE = new RegExp(String.raw`\b(?:(?:one|any)\s+more|another)\s+(?:[a-z']+\s+){0,2}?${CHILDREN_GONE}`);
