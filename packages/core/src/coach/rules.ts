/**
 * Patterns for each kind, matched against canonical sentences (see normalize.ts).
 *
 * Definitions follow Burns (Feeling Good, 1980, "Ten forms of twisted thinking"), Beck
 * (Cognitive Therapy of Depression, 1979), Ellis's "musturbation" for should statements,
 * Gottman (Seven Principles, 1999) for contempt and blame-laden criticism. Patterns are written to
 * name a grammatical subject where they can, so the same words about "you", "I" or "they" get the
 * right target, and so negations ("not always") and kind uses ("you always make me laugh") pass.
 *
 * Every pattern uses bounded gaps only (no nested quantifiers), so matching stays linear.
 */
import { type Head, matchHeadPairs, parsePattern } from "./anchors.ts";
import { highlightIsWholeMatch } from "./highlight.ts";
import {
  BAD_ROLE_ADJ,
  CONTEMPT_INSULT_ADJ,
  CONTEMPT_INSULT_NOUNS,
  LABEL_ADJECTIVES,
  LABEL_NOUNS,
  OTHER_SUBJECT,
  ROLE_NOUNS,
} from "./lexicon.ts";
import { type Needs, provenWords } from "./needs.ts";
import { COACH_KINDS, type CoachKind, type CoachTarget } from "./types.ts";

export interface Rule {
  id: string;
  kind: CoachKind;
  /** The kind's place in COACH_KINDS. */
  order: number;
  re: RegExp;
  /** The same pattern, sticky: tried at one position only (see `heads`). `probe` has no match indices, so a miss costs less. */
  sticky: RegExp;
  probe: RegExp;
  /** The highlight (groups `h`, `t`) is always the whole match (highlight.ts): no indices needed. */
  wholeHighlight: boolean;
  /** Words one of which every match holds at or after its start (needs.ts); `null`: unknown. */
  needs: Needs | null;
  /** The words a match can start at (anchors.ts); `null`: anywhere, so scan the whole sentence. */
  heads: readonly Head[] | null;
  /**
   * Lists of canonical words: the rule runs only in a sentence that holds a word of every list
   * (the hand-written list where there is one, and the lists the pattern proves, needs.ts).
   */
  triggers: readonly (readonly string[])[];
  /** Fixed target; otherwise taken from the named group `t`. */
  target?: CoachTarget;
  /** Skip when "not", "hardly", "almost"… stands just before the match. Default true. */
  negatable?: boolean;
  /** Skip under "I don't think…", "I'm not saying…". Default true. */
  hedgeable?: boolean;
  /**
   * `true`: only flag when the clause reads as a complaint (has a negative word and no warm one).
   * `"soft"`: flag unless the clause is warm ("you always make me laugh").
   */
  complaint?: boolean | "soft";
  /** Skip when this pattern matches the canonical text right after the match. */
  notFollowedBy?: RegExp;
  /** Skip when this pattern matches the canonical text just before the match. */
  notPrecededBy?: RegExp;
  /** Skip when the sentence contains a specific time ("last night"): a single event, not a pattern. */
  notSpecificTime?: boolean;
  /** Skip inside questions ("should we go?"). */
  notInQuestion?: boolean;
}

const alt = (words: readonly string[]): string => [...words].sort((a, b) => b.length - a.length).join("|");

const MACROS: Record<string, string> = {
  W: "[^ ,]+",
  G2: "(?:[^ ,]+ ){0,2}",
  G3: "(?:[^ ,]+ ){0,3}",
  G4: "(?:[^ ,]+ ){0,4}",
  G6: "(?:[^ ,]+ ){0,6}",
  G8: "(?:[^ ,]+ ){0,8}",
  G10: "(?:[^ ,]+ ){0,10}",
  G12: "(?:[^ ,]+ ){0,12}",
  YOU: "(?:you|yourself)",
  YOUBE: "(?:you (?:are|were|have been|will always be|will be|would be|can be|really are|always are)|ur)",
  YOUR: "(?:your|ur)",
  IBE: "(?:i (?:am|was|have been|will always be|will be|would be|always am))",
  BE: "(?:am|are|is|'s|was|were|will be|would be|have been|has been)",
  AUX: "(?:do|does|did|will|would|can|could|have|has|had|am|are|is|'s|was|were|ur)",
  ADV: "(?:(?:just|really|literally|honestly|seriously|actually|still|also|even|basically|definitely|clearly|obviously|fucking|freaking|so) )",
  INT: "(?:(?:just|really|so|such|literally|honestly|actually|truly|basically|clearly|obviously|seriously|fucking|freaking|totally|completely|absolutely|utterly|being|kind of|kinda|sort of|always|still|even|also|too|pretty|very|quite|a bit of|nothing but|nothing more than|such a|such an|a|an|the|little|big|huge|real|total|complete|absolute|utter|massive|lying|cheating|good-for-nothing|damn|bloody|goddamn|stupid|lazy|selfish|pathetic|useless|worthless|fat|ugly|dumb|worthless|spoiled|miserable|old|grumpy|emotional|insecure) ){0,4}",
  OTHER: OTHER_SUBJECT,
  LABEL: `(?:${alt([...LABEL_NOUNS, ...LABEL_ADJECTIVES])})`,
  LABELN: `(?:${alt(LABEL_NOUNS)})`,
  BADADJ: `(?:${alt(BAD_ROLE_ADJ)})`,
  ROLE: `(?:${alt(ROLE_NOUNS)})s?`,
  INSULTN: `(?:${alt(CONTEMPT_INSULT_NOUNS)})`,
  INSULTA: `(?:${alt(CONTEMPT_INSULT_ADJ)})`,
  SUBJ: "(?:you|i|he|she|they|we|it|this|that|things|life|everything|nothing|no one|everyone|people|ur)",
  FEELING_STATE:
    "anxious|nervous|stressed|worried|sad|scared|tired|sleepy|hungry|emotional|teary|overwhelmed|restless|jittery|butterflies|homesick|excited|cold|headaches|migraines",
  NEGEMO:
    "(?:angry|mad|sad|upset|miserable|crazy|insane|jealous|anxious|sick|depressed|furious|worried|scared|paranoid|cry|feel|feeling|lose|hate|want to (?:scream|cry|die|leave)|do (?:it|this|that|things)|look (?:like|stupid|bad|crazy)|wait|late|miss|doubt|question|second-guess|act|react|snap|yell|say|like this|this way|so|lonely|invisible|small|worthless|stupid|unwanted|unloved|ugly|useless|insecure|guilty|nervous|hurt|do)",
};

// A match starts at the start of a word and ends at the end of one; matchHeads relies on this.
function compile(
  source: string,
): Pick<Rule, "re" | "sticky" | "probe" | "heads" | "needs" | "wholeHighlight"> & { lists: string[][] } {
  const expanded = source.replace(/\{(\w+)\}/g, (whole, name: string) => MACROS[name] ?? whole);
  // A pattern must not end on a space (the wrapper wants a word's end there): rules.test.ts checks.
  const wrapped = `(?<![^ ])(?:${expanded})(?![^ ])`;
  const tree = parsePattern(expanded);
  return {
    re: new RegExp(wrapped, "dg"),
    sticky: new RegExp(wrapped, "dy"),
    probe: new RegExp(wrapped, "y"),
    heads: matchHeadPairs(tree),
    ...provenWords(tree),
    wholeHighlight: highlightIsWholeMatch(tree),
  };
}

// How many of the lists a pattern proves become triggers (each costs a lookup per sentence word).
const MAX_PROVEN_TRIGGERS = 3;

type RuleSpec = Omit<
  Rule,
  "re" | "sticky" | "probe" | "heads" | "needs" | "wholeHighlight" | "kind" | "order" | "id" | "triggers"
> & {
  p: string;
  /** Left out where the pattern proves the words every match holds (needs.ts): those serve. */
  triggers?: readonly string[];
};

function rules(kind: CoachKind, specs: RuleSpec[]): Rule[] {
  const order = COACH_KINDS.indexOf(kind);
  return specs.map(({ p, triggers, ...rest }, index) => {
    const id = `${kind}#${index}`;
    const { lists: proven, ...compiled } = compile(p);
    // Without hand-written triggers the pattern must prove needed words: rules.test.ts checks.
    const needed = compiled.needs?.words;
    // The proven lists come rarest first (fewest common words); a few are enough.
    const lists: (readonly string[])[] = proven.slice(0, MAX_PROVEN_TRIGGERS);
    if (triggers !== undefined) lists.unshift(triggers);
    else if (lists.length === 0 && needed !== undefined) lists.push(needed);
    return { id, kind, order, ...compiled, triggers: lists, ...rest };
  });
}

// "…talking about me at dinner and said lovely things": the writer heard them, so it is no guess.
const HEARD_THEM = /^(?: [^ ,]+){0,4} and (?:then )?(?:said|told|asked|says|tells)(?: |$)/;

// A worry named as one ("I'm afraid he'll leave me", "what if they…") is no prediction.
const WORRY_NAMED =
  /(?:afraid|worried|scared|fear|worry|wonder if|wondering if|what if|maybe|if|unless|hope|hoping)(?: that)? $/;

const T_SUBJ =
  "(?<t>you|i|he|she|they|it|this|things|life|no one|everyone|people|ur|men|women|guys|{OTHER}|my [^ ,]+)";
// T_SUBJ split in two for "always" (the "never" rule keeps it whole): the writer, the reader, life
// and whole groups flag unless warm; "I" and one named other person flag only in a complaint.
const T_SUBJ_NEAR = "(?<t>you|it|this|things|life|ur|no one|everyone|people|men|women|guys)";
const T_SUBJ_OTHERS = "(?<t>i|he|she|they|{OTHER}|my [^ ,]+)";

export const RULES: Rule[] = [
  ...rules("overgeneralizing", [
    {
      p: `${T_SUBJ_NEAR} (?:{AUX} )?(?:{ADV}){0,2}(?<h>always|constantly|continually|forever|perpetually|invariably)`,
      complaint: "soft",
      notFollowedBy: /^ (?:says|said|tells|told|asks|reminds|jokes|used to say)/,
      // "I don't want to live like this forever": a limit, not a rule about life.
      notPrecededBy: /(?:want to|can not|could not|will not|going to|keep) (?:[^ ,]+ ){0,3}$/,
    },
    {
      // Said of others, "always" is often a plain habit ("his family always hosts Thanksgiving"):
      // flagged only in a complaint.
      p: `${T_SUBJ_OTHERS} (?:{AUX} )?(?:{ADV}){0,2}(?<h>always|constantly|continually|forever|perpetually|invariably)`,
      complaint: true,
      // "I always get anxious before exams", "I always sleep badly": a reaction described, no rule.
      notFollowedBy: new RegExp(
        `^ (?:says|said|tells|told|asks|reminds|jokes|used to say|(?:get|gets|got|become|becomes)(?: (?:really|so|a bit|quite|very|pretty|super))? (?:${MACROS.FEELING_STATE})|(?:feel|feels|felt)(?: (?:really|so|a bit|quite|very|pretty|super))? (?!like )[^ ,]+(?= ,|$| after| when| before| about| because| for)|sleeps? (?:badly|poorly)|cry at)`,
      ),
    },
    {
      p: `${T_SUBJ} (?:(?:do|does|did|have|has|had|am|are|is|'s|was|were|can|could|ur) )?(?:{ADV}){0,2}(?<h>never|never ever)`,
      notSpecificTime: true,
      notFollowedBy:
        /^ (?:going to|fail(?:s|ed)? to|stop(?:s|ped)? (?:loving|caring|trying)|forget|forgot|meant|mean|intended|wanted to (?:hurt|upset)|thought|expected|imagined|felt (?:so|this)|been (?:so|happier|more|as bad|that bad)|doubt|regret|want to lose|want to hurt|want you to|let (?:you|me) (?:go|down)|knew|know|said|lied|cheated|cheat|touched|told|promised|asked|did (?:that|it)|noticed|realized|realised|saw|heard|got (?:your|the|a)|received|leave you|hurt you|lie to you|give up on (?:you|us)|seen|(?:given|gave|give) (?:me|us|you) (?:a |any )?(?:reason|cause)|(?:thanked|apologised|apologized|told|asked) (?:you|him|her|them) (?:properly|enough)|(?:[^ ,]+ ){1,7}before(?= ,|$))/,
      notPrecededBy:
        // "a good mother never…" states a rule for a role (should), not a pattern.
        /(?:^| )(?:i would|i will|i am|i have|would|almost|nearly|hardly|as you|than|if|until|you have|you had|a|an|any) $/,
    },
    {
      p: "(?<h>(?:every|each) (?:single )?time|all the time|again and again|over and over(?: again)?|time and (?:time )?again|yet again|as usual|like always|as always|(?:every|each) (?:single )?(?:day|night|week|weekend) (?:you|he|she|i))",
      target: "other",
      complaint: "soft",
      // "I just feel numb and tired all the time": a symptom told, no rule about the world.
      notPrecededBy: /(?:^| )i (?:just |still )?(?:feel|felt|am|get|got|have been|was) (?:[^ ,]+ ){0,3}$/,
    },
    {
      p: "(?<t>no one|everyone)(?: (?:at|in|from) (?:the |my |our |this )?[^ ,]+)? (?:{ADV})?(?:ever )?(?:{AUX} )?(?:ever |always |really )?(?<h>likes|cares|loves|wants|understands|listens|respects|notices|helps|changes|leaves|hates|lies|cheats|ends up|is against|are against|gives a|believes|calls|texts|asks|takes|will (?:ever )?(?:love|want|like|care|understand|stay)|would (?:ever )?(?:want|love|care|miss)|ever)",
      triggers: ["no", "everyone"],
      target: "other",
    },
    {
      p: "(?<t>nothing|everything) (?:good |bad |right |nice )?(?:{ADV})?(?<h>ever|always)",
      target: "other",
      notFollowedBy: /^ (?:is |was )?(?:fine|good|great|okay|ok|perfect|right|works out)/,
    },
    {
      p: "(?<t>all|most) (?:men|women|guys|girls|people|my exes|exes|partners|relationships) (?:{AUX} )?(?:always |just |only |eventually )?(?:are|cheat|lie|leave|want|end|the same)",
      target: "other",
    },
    {
      p: "(?<t>men|women|guys|girls|people|they|relationships|exes) (?:are|always|all) (?:all |always )?(?:the same|liars|cheaters|like that|just (?:the same|like that|liars|cheaters)|leave|cheat|lie)",
      target: "other",
    },
    {
      p: "(?<h>this (?:always|never) happens|this happens every|it(?: is)? always (?:me|the same|like this|ends)|it never ends|story of my life|why (?:does|do) (?:this|these things) always|i (?:always|never) get(?! (?:{FEELING_STATE})))",
      triggers: ["always", "never", "story"],
      target: "self",
    },
    {
      p: "(?<h>always (?:have|has|had|do|does|did|will|are|is|were|was)(?: been)?)$",
      target: "other",
      notPrecededBy: new RegExp(
        `(?:get|gets|got|feel|feels|felt|am|was) (?:really |so |a bit )?(?:${MACROS.FEELING_STATE})(?: [^ ,]+){0,4} , $`,
      ),
    },
    {
      // "whenever I try to make friends, people lose interest": one bad outcome made a rule.
      p: "(?<h>whenever|any time|anytime) (?:[^ ,]+ ){1,8}(?:, )?(?:[^ ,]+ ){0,4}(?:lose interest|loses interest|let me down|lets me down|goes wrong|go wrong|gets hurt|get hurt|get rejected|gets rejected|ignore me|ignores me|laugh at me|laughs at me|walk away|walks away|fall apart|falls apart|backfires|turns out badly|ends badly|end badly|ruin it|ruin everything|mess it up|messes it up|screw it up|screws it up|leave me|leaves me|end up hurt|end up alone)",
      target: "other",
    },
    {
      p: "(?<t>men|women|guys|girls|people|partners|boys|humans|friends) (?:can not|can never|are never to|are not to|should never|should not) be trusted|(?<t2>no one) can (?:ever )?be trusted",
      triggers: ["trusted"],
      target: "other",
      negatable: false,
    },
    {
      // "every relationship I've had": a pattern read off a list of one's own past.
      p: "(?<h>(?:every|each) (?:single )?(?:relationship|job|friendship|friend|partner|boyfriend|girlfriend|date|guy|man|woman|diet|plan|person|boss|ex)s? (?:that )?(?<t>i|we) (?:have |had )?(?:ever )?(?:had|tried|started|been in|dated|met|loved|trusted|made|chose|chosen|picked|worked (?:at|for|with)))",
      complaint: true,
    },
    {
      p: "(?<h>(?<t>they|people|everyone|the world|the whole world|the universe|everything|life) (?:is|are) (?:all |always |just )?against me)",
      target: "other",
    },
    {
      // "I mess up every test I ever take": every case there ever was.
      p: "(?<h>every (?:single )?[^ ,]+ (?:that )?(?<t>i|you|he|she|they|we) (?:have |has )?ever)",
      negatable: false,
      complaint: true,
    },
    {
      // "Nobody has time for old people anymore": one absence made a rule about everyone.
      p: "(?<h>(?<t>no one) (?:{ADV})?(?:ever )?(?:has|had|makes|made|have) (?:any )?time for)",
      target: "other",
      complaint: "soft",
      notSpecificTime: true,
    },
    {
      // "This is what always happens to me", "every guy I like just disappears".
      p: "(?<h>(?:this|that|it) is (?:what|how it) (?:always|usually|every time) (?:happens|goes|ends)|every (?:single )?(?:guy|girl|man|woman|person|friend|boyfriend|girlfriend|partner|job|boss|relationship|date) (?:that )?(?<t>i) (?:have |ever )?(?:like|liked|date|dated|meet|met|love|loved|trust|trusted|get close to|open up to|had))",
      complaint: "soft",
    },
    {
      // "Everyone at uni has their life together except me": all the others against oneself.
      p: "(?<h>(?<t>everyone|all my friends|all of them)(?: (?:at|in|from) (?:the |my |our )?[^ ,]+)? (?:else )?(?:{ADV})?(?:has|have|is|are|gets|get|knows|know|seems|seem|can|finds|find|fits|fit|belongs|gets along) (?:[^ ,]+ ){0,6}(?:except|but|apart from|other than) (?:for )?me)(?= ,|$)",
      target: "self",
    },
    {
      // "this happens with literally everything I try", "everything I own falls apart".
      p: "(?<h>(?:this|it|that) (?:always )?happens (?:with|to|in) (?:literally |pretty much |just about )?(?:everything|anything|every [^ ,]+) (?<t>i)|everything (?<t2>i) (?:own|touch|try|do|buy|start|make|plan) (?:always )?(?:falls apart|breaks|fails|goes wrong|turns (?:to|into)|gets ruined))",
    },
    {
      // "every conversation with you turns into a war", "it happens every time", "heard that one a hundred times".
      p: "(?<h>every (?:single )?(?:conversation|argument|discussion|talk|fight|dinner|weekend|holiday|visit|time) (?:with (?:you|him|her|them) )?(?:turns into|ends in|ends up|ends with|becomes)|(?:this|it|that) (?:always )?happens every (?:single )?time|(?:heard|said|done|seen) (?:that|this|it)(?: one)? (?:a|like a) (?:hundred|thousand|million) times)",
      target: "other",
    },
  ]),
  ...rules("all-or-nothing", [
    {
      p: "(?<t>nothing|everything|anything|all) (?:{G2})?(?:i|you|he|she|we) (?:{G2})?(?:do|did|does|say|said|told|tell|promised|wrote|try|tried|touch|make|cook|give|gave|put) (?:me |us |to me )?(?:is|was|will be|ever|seems|turns out|turned out|ends up|ended up|comes out|came out|turns|goes|went)(?: ever)? (?:good enough|right|enough|wrong|a mistake|bad|pointless|ruined|useless|worthless|a failure|a waste|never|appreciated|noticed|matters|works|counts|a lie|lies|true|real|fake)",
      target: "other",
    },
    {
      p: "(?<t>everything|it all|all of it|(?:my|our|the|this|his|her|your) (?:whole|entire) (?!(?:life|future) (?:is|was|will be|'s) (?:completely |totally |now |just )?(?:over|ruined|destroyed|finished))[^ ,]+|everything (?:about|in|with) (?:[^ ,]+ ){1,3}|everything (?:we|i|you) (?:had|built|did|have|made)|all of this) (?!bad )(?:{BE} |just |now |feels )*(?:completely |totally |absolutely |now |just |a )*(?:ruined|wrong|pointless|a lie|a waste|wasted|worthless|meaningless|for nothing|over|gone|destroyed|fake|a mistake|bad|broken|a failure|a mess|lost|a disaster|a catastrophe|a write-off|a write off|a washout|a flop|wrecked|spoiled|spoilt|blown)",
      target: "other",
      hedgeable: true,
    },
    {
      p: "(?<t>nothing) (?:{ADV})?(?:ever |really )?(?:(?:is|was|will be|seems|feels)(?: ever)? (?:good enough|right|enough|okay|ok|fine|worth it|working|going right|easy)|(?:works|matters|helps|goes right|makes sense|turns out|is working|ever works))",
      target: "other",
    },
    {
      p: "(?<h>(?:complete|total|utter|absolute|100%|totally|completely|utterly|entirely|absolutely) (?:failure|failed|waste|useless|worthless|ruined|pointless|hopeless|wrong|fraud|joke|loser|idiot|lie|sham|incompetent|unlovable|fake|selfish|unreliable|garbage|crap|shit|blown|wrecked|destroyed))",
      target: "other",
    },
    {
      p: "(?:(?:has|have|needs|need|got) to be|must be|should be|supposed to be|is not|was not|are not|were not|less than|unless (?:it|i|you|everything) (?:is|am|are)|if (?:it|i|you|everything) (?:is|am|are) not|anything but|short of|if not) (?:absolutely |completely |totally |100% |just )?(?<h>perfect|flawless|perfection)",
      target: "other",
      negatable: false,
    },
    {
      p: "(?<h>either (?<t>you|i|we|he|she|it|(?:your|my|our|his|her|the|this) [^ ,]+) {G8}or (?:you|i|we|he|she|it|else|nothing|not))",
      notFollowedBy:
        /^ (?:am |will |is |are |going to |can )?(?:gone|leaving|leave|done|out|over|taking|moving|through|finished|walk|packing|calling|changing|filing|kicking|throwing|telling|go|sleep|get out)/,
    },
    {
      p: "(?<h>(?:all|everything) or nothing|black and white|not (?:even )?once|never (?:even )?once|(?:nothing|none|no one|zero) (?:at all|whatsoever)|all for nothing|(?:a )?waste of (?:my )?(?:time|life|years|breath)|wasted (?:[^ ,]+ )?(?:my|our|the best|years|months|so many)|(?:all|was|were|it was) for nothing|(?:if|when|so) {G10}(?:it|that|this) (?:means|proves|shows) (?:that )?(?:i|you|he|she|we|they|it|everything|nothing)|any (?:little )?(?:mistake|error|slip|criticism|flaw|setback) (?:means|proves|shows))",
      triggers: [
        "nothing",
        "black",
        "once",
        "whatsoever",
        "all",
        "waste",
        "wasted",
        "none",
        "zero",
        "means",
        "proves",
        "shows",
      ],
      target: "other",
      negatable: false,
    },
    {
      p: "(?<t>you|i|he|she|they) (?:{AUX} )?(?:{ADV})?(?:do|did|does|contribute|contributes|help|helps|helped|give|gives|gave|bring|brings|offer|offers|care about|get|got|have done|ever do|ever did) (?:me |us |you )?(?:absolutely |literally )?(?<h>nothing|zero)",
      // "He did nothing wrong" clears him; it sums nothing up.
      notFollowedBy: /^ wrong/,
    },
    {
      // "I didn't say anything in the meeting" reports one moment; "you didn't do one thing" still counts.
      p: "(?<t>you|i|he|she|they) (?!(?:did|had) not (?:[^ ,]+ ){0,4}anything(?: |$))(?:{AUX} )?(?:not|never) (?:{ADV})?(?:do|did|help|helped|contribute|lift|give|gave|offer|say|said|get|got|do|ever do|ever help|have|had|care about) (?:with )?(?<h>anything|a (?:single )?thing|a (?:single )?finger|one (?:single )?thing)",
      negatable: false,
    },
    {
      p: "(?<h>(?:ruin|ruined|ruins|ruining|destroyed|destroy|destroys|wrecked|wreck|wrecks|spoil|spoiled|spoils|screw up|screwed up|mess up|messed up) (?:absolutely )?(?:everything|it all|all of it))",
      target: "other",
    },
    {
      p: "(?<t>i|you|he|she) (?:am|are|is|'s|was|were) (?:{ADV})?(?:either |only |always )?(?:a )?(?<h>(?:success|winner|perfect|right|good|the best) or (?:i am |you are |it is )?(?:a )?(?:failure|loser|nothing|wrong|bad|worthless))",
    },
    {
      p: "(?<h>(?:can not|never|could not) (?:do|get) (?:anything|a thing|a single thing) right|(?:good|bad|right|wrong) at (?:nothing|everything|anything)|(?:fail|failed|suck|mess up|messed up|screw up|screwed up|ruin|ruined) (?:at )?(?:everything|anything|all) i)",
      target: "self",
    },
    {
      p: "(?<h>there is no (?:point|use)(?: (?:in )?(?:anything|anymore|at all|ever))?|(?:no|zero) (?:point|hope) (?:in )?(?:anything|at all|anymore|ever|whatsoever))",
      target: "other",
      negatable: false,
      notFollowedBy: /^ (?:in )?(?:even )?(?:trying|bothering|asking|applying|hoping|going|talking)/,
    },
    {
      // Only two outcomes, one of them a disaster: "either I get the job or my career is dead".
      p: "(?<h>either) (?:[^ ,]+ ){1,10}(?:, )?or (?:else )?(?:[^ ,]+ ){0,6}(?:nothing|worthless|useless|pointless|dead|over|a failure|a loser|a waste|ruined|finished|hopeless|not at all|at all|no one)",
      target: "other",
      negatable: false,
    },
    {
      // One flaw decides the whole: "one bad review means my book is a flop".
      p: "(?<h>(?:one|a single) (?:[^ ,]+ ){0,3}(?:mistake|error|typo|slip|fight|argument|review|comment|failure|rejection|lapse|drink|cigarette|biscuit|cookie|setback|bad day|bad grade|bad mark|b|c|no)s? (?:[^ ,]+ ){0,2}(?:means|meant|proves|proved|shows|showed|ruins|ruined|undoes|undid|wipes out|wiped out|cancels out|cancelled out|canceled out) (?:that )?(?:[^ ,]+ ){0,4}(?:a flop|a failure|a disaster|ruined|over|worthless|useless|pointless|hopeless|failed|a fraud|a joke|nothing|no good|terrible|awful|a loser|done for|finished|everything|all of it|the whole [^ ,]+))",
      target: "other",
    },
    {
      // One setback written off as a whole stretch of effort: "I've wasted the whole year".
      p: "(?<t>i|we|you|he|she|they) (?:have |had )?(?:just )?(?<h>(?:wasted|ruined|lost|blown|thrown away) (?:the|my|our|your|his|her|their|this) (?:whole|entire) [^ ,]+)",
    },
    {
      // Anything short of the top counts as failing: "if I'm not top of my class, I've failed".
      p: "(?<h>if (?<t>i|you|he|she|we) (?:am|are|is|do|does|did|can|get|got|come|came) (?:not )?(?:[^ ,]+ ){0,5}(?:, )?(?:then )?(?:i|you|he|she|we|it) (?:have|has|am|are|is|was|will be|will have) (?:completely |totally |just )?(?:failed|a failure|worthless|useless|pointless|nothing|a loser|wasted|ruined))",
      negatable: false,
      hedgeable: false,
    },
    {
      // "Anything less than an A means I'm failing": only the top counts.
      p: "(?<h>anything (?:less|lower|worse|short)(?: than (?:[^ ,]+ ){1,3}| of (?:[^ ,]+ ){1,3})?(?:, )?(?:means|and|is|=)) (?:that )?(?:[^ ,]+ ){0,4}(?:fail|failing|failed|a failure|not good enough|worthless|useless|pointless|a loser|nothing|a disaster|a waste)",
      target: "other",
      negatable: false,
    },
    {
      // One lapse writes off the whole: "ate one cookie so my diet is ruined", "one slip and I've blown it".
      p: "(?<h>(?:one|a single|a|an|1) (?:[^ ,]+ ){0,3}(?:mistake|error|typo|slip|slip-up|fight|argument|review|comment|rejection|lapse|drink|cigarette|biscuit|cookie|donut|doughnut|slice|bite|chocolate|setback|day|grade|mark|question|no|pound|kilo|meal|takeaway|snack|missed [^ ,]+)s? (?:[^ ,]+ ){0,3}(?:, )?(?:so|and)(?: now)? (?:[^ ,]+ ){0,3}(?:is|are|am|was|has|have|'s) (?:been )?(?:completely |totally |just |all |now )?(?:ruined|over|blown(?: it)?|wasted|gone|worthless|pointless|a write off|a write-off|a failure|failed|lost|undone|for nothing|destroyed|wrecked))",
      target: "other",
      negatable: false,
    },
    {
      // All the effort written off: "all my progress is gone".
      p: "(?<h>all (?:of )?(?:my|our|your|his|her|their|the|that) (?:hard )?(?:progress|work|effort|efforts|training|savings|studying|revision|dieting) (?:is|was|has been|'s) (?:completely |totally |now |just )?(?:gone|wasted|for nothing|ruined|undone|down the drain|pointless|lost))",
      target: "other",
      negatable: false,
    },
    {
      // One thing ruined the whole occasion: "she wrecked the whole thing".
      p: "(?<h>(?:ruin|ruined|ruins|destroyed|wrecked|wrecks|spoiled|spoilt|spoils|killed|blew|blown) (?:the|my|our|this|that) (?:whole|entire) (?:thing|day|night|evening|party|trip|holiday|weekend|wedding|meal|dinner|event|plan|year|week|date|birthday|christmas|vacation|experience))",
      target: "other",
    },
    {
      // "I yelled at them today, so I've failed as a parent": one lapse decides the whole role.
      p: "(?<t>i|you|he|she) (?:have|has|had) (?:{ADV})?(?:completely |totally |utterly )?(?<h>failed as a (?:{BADADJ} )?{ROLE})",
    },
    {
      // One lapse cancels the whole: "now the whole 14 months doesn't count for anything".
      p: "(?<h>(?:does not|do not|did not|will not|would not|no longer) (?:count|matter|mean) (?:for )?(?:anything|a thing))",
      target: "other",
      negatable: false,
      notPrecededBy: /(?:if|whether|said|says|told me|know|sure)(?: that)? (?:[^ ,]+ ){0,4}$/,
    },
    {
      // A slip wipes out the progress: "so the 7 months mean nothing", "I'm back at zero".
      p: "(?<h>(?:(?:the |those |these |all (?:those |these |the |my )?|my )?(?:[^ ,]+ )?(?:months|years|weeks|days|progress|effort|work) (?:{BE} |now |just |all |basically )*(?:mean|means|meant|count|counts|counted) (?:for )?nothing|(?<t>i) (?:am|was) (?:now |basically |right |just )?back (?:at|to) (?:zero|square one|the start|the beginning|day one)))",
    },
    {
      // "might as well have failed", "so I might as well finish the packet": the lapse makes the whole lost.
      p: "(?<h>might as well (?:have )?(?:failed|quit|given up|give up|not have bothered|not bother|finish (?:the|it|them)|eat (?:the|it|them)|throw (?:it|the whole [^ ,]+) away|start (?:again|over)))",
      target: "self",
      negatable: false,
    },
    {
      // "the whole relationship's been a lie": one breach rewrites all of it.
      p: "(?<h>(?:the|this|our|my) (?:whole|entire) (?:relationship|marriage|friendship|thing|time|career|life) (?:{BE}|'s been|was all|is all) (?:just )?(?:a lie|a sham|a joke|fake|a waste|for nothing|pointless|meaningless))",
    },
    {
      // "that cancels out everything good I've ever done", "either you're all in or you're out".
      p: "(?<h>(?:cancels|cancelled|canceled|cancel) out (?:everything|all)|(?:undoes|undid|wipes out|wiped out|erases|erased) (?:everything|all (?:the|my|of))|all in or (?:you are |we are |i am )?(?:out|nothing))",
      target: "other",
    },
  ]),
  ...rules("mind-reading", [
    {
      p: "(?<t>you|he|she|they|{OTHER}) (?:{ADV})?(?:do|does|did) not (?:{ADV}){0,2}(?:care|love|want|like(?= [^ ,])|respect|value|appreciate|miss|trust|find me|give a|think about me|want to be|mean|take me seriously|feel|believe me|even like|even care|even want|even love|even notice me|even see me|see me)(?! to go| to come| to eat| to watch| to see| to talk| to discuss| to be touched)",
      hedgeable: false,
      notFollowedBy:
        /^ (?:like (?:it|that|when|the|this|onions|spicy)|want to (?:go|eat|watch|come|see|talk|discuss|be touched)|mind|have to)/,
      notPrecededBy:
        // "Good people don't feel this way" states a rule (should), not what people feel.
        /(?:(?:if|whether|know|sure|worried|scared|afraid|wonder|hope|maybe|even if|ask)(?: that)?|(?:^| )(?:good|real|normal|decent|nice|healthy|most)) $/,
    },
    {
      p: "(?<t>you|he|she|they|{OTHER}) (?:never|no longer) (?:{ADV})?(?:cared|loved|respected|valued|care|love|respect|value|gave a|appreciated|(?:wanted|want|liked|like) (?:me|us|to be with me|this|to marry me|to be here|kids))",
      hedgeable: false,
      notPrecededBy:
        /(?:if|whether|know|sure|worried|scared|afraid|wonder|hope|maybe|said|says|told me)(?: that)? $/,
    },
    {
      p: "(?<t>you|he|she|they|{OTHER}) (?:{ADV})?(?:only|just|obviously|clearly|secretly|probably|must|always|really) (?:{ADV})?(?:care|cares|cared|want|wants|wanted|think|thinks|thought|love|loves|like|likes|use|uses|used) (?:about (?:yourself|himself|herself|themselves|your|his|her|their|money|sex|what|how|looking|being|winning|appearances)|to (?:hurt|punish|control|win|get|look|make me|upset|annoy|embarrass|humiliate|leave|get rid|be right)|me for|you are|he is|she is|i am|that i)",
      hedgeable: false,
      notFollowedBy: /^ (?:better|great|good|kind|amazing|so good|beautiful|cute|lovely|sweet)/,
    },
    {
      p: "(?<t>you|he|she|they|{OTHER}) (?:{AUX} )?(?:must be |might be |could be |has been |have been )?(?:{ADV})?(?:only |just )?(?:do|did|does|said|say|says|saying|doing|done|ignore|ignored|ignoring|ignores|forgot|forget) (?:it |this |that |things |me )?(?:just |only )?(?:on purpose|deliberately|intentionally|to (?:hurt|punish|spite|annoy|upset|humiliate|embarrass|control|get back at|make me|shut me up|keep me quiet|get rid of me|look good|win))",
      hedgeable: false,
    },
    {
      p: "(?<t>you|he|she|they|{OTHER}) (?:{BE}|are|is|'s|were|was|must be|has to be|have to be|must have been) (?:{ADV})?(?:only |just |probably |obviously |clearly |secretly |definitely |totally |so |all )?(?:trying to (?:hurt|punish|control|make me|get|upset|manipulate|trap|provoke|guilt)|out to get me|bored (?:of|with) me|tired of me|sick of me|done with me|over me|ashamed of me|embarrassed (?:of|by) me|disgusted (?:by|with) me|happier without me|better off without me|glad (?:i|to see me)|pretending|faking it|hiding something|seeing someone|cheating on me|using me|playing (?:games|me)|punishing me|mad at me|angry (?:at|with) me|annoyed (?:at|with|by) me|judging me|laughing at me|talking about me|not (?:interested|attracted) (?:in|to) me|losing interest|lost interest|lying to me|against me|disappointed in me|jealous of me|testing me|waiting for me to fail|sick of me|only with me because|(?:only|just) (?:nice|sweet|kind|affectionate|nice to me|sweet to me) (?:to me )?when)",
      hedgeable: false,
      notPrecededBy:
        /(?:if|whether|wonder|hope|not sure|unsure|maybe|might|worried|afraid|scared|asked)(?: that)? $/,
      notFollowedBy: HEARD_THEM,
    },
    {
      p: "(?<t>you|he|she|they|everyone|people|{OTHER}) (?:{ADV})?(?:must |probably |obviously |clearly |all |secretly |really |definitely |will |would |are going to |is going to )?(?:think|thinks|thought|believe|believes|see|sees|view|views|consider|considers|find|finds|realize|realise|notice|figure out|find out) (?:that )?(?:i am|i was|me|i have|i do not|i can not|i will|i look|my|how)",
      hedgeable: false,
      notPrecededBy:
        /(?:if|whether|wonder|ask|asked|know|said|told me|tells me|says|do not know|what|when|how)(?: that)? $/,
      notFollowedBy:
        /^ (?:as (?:a|an|your|his|her) (?:friend|partner)|(?:beautiful|smart|funny|amazing|great|attractive|kind|pretty|special|worth|good)|doing (?:well|great|better)|right|okay|ok)/,
    },
    {
      p: "(?<t>you|he|she|they|everyone|people|no one|{OTHER}) (?:{ADV})?(?:must |probably |obviously |clearly |all |secretly |definitely |totally |so )?(?:hate|hates|hated|despise|despises|resent|resents|can not stand|dislike|dislikes|judge|judges|pity|pities|look down on|looks down on|laugh at|laughs at|blame|blames) (?:me|us|my|i)",
      hedgeable: false,
      notPrecededBy:
        /(?:if|whether|wonder|do not|does not|i know|not sure|maybe|afraid|worried|said|says|told me)(?: that)? $/,
    },
    {
      p: "i (?:just )?(?:know|can tell|bet|am sure|am certain|could tell|knew) (?:that )?(?<t>you|he|she|they|everyone|people|{OTHER}) (?:(?:{AUX} )?(?:not|never) (?:{ADV})?(?:want|wants|wanted|care|cares|love|loves|like|likes)|(?:{AUX} )?(?:{ADV})?(?:think|thinks|hate|hates|judge|judges|blame|blames|resent|resents|are|is|'s|were|was|find|finds|would rather|wish|wishes))",
      hedgeable: false,
      notFollowedBy:
        /^ (?:going to|(?:so |really )?(?:much|the best|trying|doing (?:your|his|her|their) best|busy|tired|stressed|working|home|here|right|okay|ok|fine|sorry|proud|good|kind|amazing|there for me|on my side|with me|worried|love me|care about me|like me)|me (?:well|best))/,
    },
    {
      p: "(?<t>you|he|she|they|{OTHER}) (?:would) (?:{ADV})?rather (?:be|spend|have|go|hang|talk|see|sleep|play|watch|stay|do)",
      hedgeable: false,
    },
    {
      p: "(?<t>you|he|she|they|{OTHER}) (?:{ADV})?(?:wanted|want|wants|wish|wished|wishes) (?:me )?(?:to )?(?:me to )?(?:fail|suffer|feel (?:bad|stupid|small|guilty)|look (?:bad|stupid)|be (?:miserable|unhappy|alone|gone|dead)|leave|go away|disappear|be someone else|break up|give up|get hurt)",
      hedgeable: false,
    },
    {
      p: "(?<t>you|he|she|they|{OTHER}) (?:are|is|'s|was|were|must be|has to be|have to be) (?:{ADV})?(?:probably |definitely |obviously |clearly |totally )?(?:cheating|seeing someone|sleeping with|hiding something|lying|in love with (?:her|him|someone)|talking to someone|with someone else|into (?:her|him|someone else))",
      hedgeable: false,
      notPrecededBy: /(?:if|whether|wonder|not|afraid|worried|scared|think|thought|fear)(?: that)? $/,
    },
    {
      p: "(?:do|does|did) (?<t>you|he|she|they) (?:even|ever) (?:care|love|like|want|listen|think about|respect|notice)",
      hedgeable: false,
    },
    {
      p: "(?<h>(?:no one|everyone|people|they|he|she|you) (?:is|are|were|was|will be|will all be|are all|were all) (?:always )?(?:staring at me|looking at me|judging me|watching me|talking about me|laughing at me))",
      target: "other",
      hedgeable: false,
      notFollowedBy: HEARD_THEM,
    },
    {
      p: "(?<t>you|he|she|they|{OTHER}) (?:(?:do|does|did) )?(?:not|never) (?:{ADV})?(?:want|wanted|wants|like|liked|likes) (?:me|to be with me|to see me|to talk to me|me around|me there|to spend time with me|anything to do with me)",
      hedgeable: false,
      notPrecededBy: /(?:if|whether|wonder|worried|scared|afraid|know|sure|maybe)(?: that)? $/,
    },
    {
      p: "(?<h>(?:no one|everyone|people)(?: (?:at|in|from) (?:the |my |our |this )?[^ ,]+)? (?:{ADV})?(?:ever |really |even )?(?:likes|like|cares|care|loves|love|wants|want|respects|respect|understands|hates|hate|is against|are against|gives a|would (?:ever )?(?:want|love|care|miss)|thinks|think) (?:me(?! (?:never|always|can not|do not|are|will|would|should|have|get|end|just|can|could|who|is|has))|about me|what i|my|i am|i look|i seem|i sound|i was|i have|i do not|i can not|that i|to be with me|anything i))",
      target: "other",
      hedgeable: false,
      // "is there hope for people like me": a group, not what people feel.
      notPrecededBy:
        /(?:^| )(?:for|to|with|of|about|than|at|from|other|most|some|many|all|help|helps|among|against|by|on) $/,
    },
    {
      p: "(?<t>you|he|she|they|{OTHER}) (?:{AUX} )?(?:only|just) {G3}(?:me|with me|around|me around|to me) {G2}because (?:they|he|she|you|i am|i|it is|it's|of)",
      hedgeable: false,
    },
    {
      // A motive read into what others do: "they only invite me out of pity", "left it out to annoy me".
      p: "(?<t>you|he|she|they|{OTHER}) (?:{ADV})?(?:only |just )?(?:[^ ,]+ ){1,5}(?<h>out of (?:pity|politeness|obligation|guilt)|because (?:he|she|they|you) (?:feel|feels|felt) (?:sorry|bad) for me|to (?:annoy|spite|punish|humiliate|embarrass|provoke|upset|get back at) me|to make me (?:jealous|feel (?:bad|small|stupid|guilty)))",
      hedgeable: false,
      notPrecededBy: /(?:if|whether|wonder|not sure|maybe|might|worried|afraid|scared|asked)(?: that)? $/,
    },
    {
      p: "(?<t>you|he|she|they|{OTHER}) (?:{ADV})?(?:only|just) (?:[^ ,]+ ){1,5}(?<h>to be (?:polite|nice|kind))",
      hedgeable: false,
    },
    {
      // "everyone was staring at me and judging my clothes": others' attention read as judgement.
      p: "(?<t>everyone|people|they|the whole room|all of them|the others|strangers) (?:[^ ,]+ ){0,5}(?<h>(?:staring|judging|whispering|gossiping) (?:at |about )?(?:me|my)|laughing at me)",
      hedgeable: false,
      notPrecededBy:
        /(?:if|whether|wonder|not sure|maybe|worried|afraid|scared|felt like|feel like)(?: that)? $/,
    },
    {
      // Plain attention ("looking at me") reads as judgement only in a complaint.
      p: "(?<t>everyone|people|they|the whole room|all of them|the others|strangers) (?:[^ ,]+ ){0,5}(?<h>looking at me|talking about me)",
      complaint: true,
      hedgeable: false,
      notPrecededBy:
        /(?:if|whether|wonder|not sure|maybe|worried|afraid|scared|felt like|feel like)(?: that)? $/,
    },
    {
      p: "(?<h>i (?:just )?(?:know|can tell) (?:exactly )?what (?<t>you|he|she|they|everyone|people|{OTHER}) (?:(?:is|are|was|were) thinking|thinks?|thought|really (?:thinks?|means?|meant|wants?)))",
      hedgeable: false,
    },
    {
      p: "(?<t>you|he|she|they|{OTHER}) (?:has|have|had) (?:already |clearly |obviously |probably ){1,2}(?<h>(?:decided|made up (?:his|her|their|your) minds?) (?:not to|against|that i|i am|to (?:leave|dump|fire|reject|end|break up|divorce|get rid)))",
      hedgeable: false,
    },
    {
      p: "(?<t>you|he|she|they|{OTHER}) (?:clearly |obviously |probably |must |definitely ){1,2}(?:is not|are not|was not|were not|be not|'s not|not) (?:really |even )?(?<h>interested|into me|attracted to me|happy with me|in love with me|serious about me|bothered about me)",
      hedgeable: false,
    },
    {
      // Someone's feelings stated from the outside, as a certainty: "she must be furious".
      p: "(?<t>you|he|she|they|everyone|{OTHER}) (?:(?:must|has to|have to) be|(?:is|are|'s|was|were) (?:obviously|clearly|definitely|probably|surely)) (?:so |really |absolutely |totally |still )?(?<h>upset|angry|mad|furious|fuming|livid|annoyed|disappointed|disgusted|embarrassed|ashamed|fed up|sick of me|tired of me|bored|pissed off|cross|jealous|hating me|laughing at me)",
      hedgeable: false,
      notPrecededBy: /(?:if|whether|wonder|not sure|maybe|might)(?: that)? $/,
    },
    {
      p: "(?<t>you|he|she|they|{OTHER}) (?:is|are|'s|was|were|must be|has been|have been) (?:{ADV})?(?:probably |obviously |clearly |definitely |secretly |just )?(?<h>(?:planning|plotting|waiting|looking for (?:a reason|an excuse)|getting ready) to (?:fire|dump|leave|get rid of|replace|break up with|divorce|cheat on|ditch) me)",
      hedgeable: false,
      notPrecededBy: /(?:if|whether|wonder|not sure|maybe|might|worried|afraid|scared)(?: that)? $/,
    },
    {
      // Others reading the writer's mind: "everyone at the meeting could tell I had no idea".
      p: "(?<t>everyone|people|they|he|she|the whole (?:room|class|team|office)|all of them|{OTHER})(?: (?:at|in) (?:the |my |our )?[^ ,]+)? (?:{ADV})?(?<h>(?:could|can|must have|will) (?:all )?(?:tell|see|sense|smell|notice))(?: (?:straight|right) away| immediately| instantly)?(?= (?:that|how|what|i) |(?: (?:that|how|what|i))?(?: ,|$))",
      hedgeable: false,
      notPrecededBy: /(?:if|whether|wonder|not sure|maybe|worried|afraid|scared|hope)(?: that)? $/,
    },
    {
      // A hidden attitude read into others: "my family secretly resents looking after me".
      p: "(?<t>you|he|she|they|everyone|people|{OTHER}) (?:would |will )?(?<h>secretly (?:be (?:relieved|glad|happy|pleased)|resent|resents|hate|hates|blame|blames|wish|wishes|laugh|laughs|judge|judges|pity|pities|despise|despises|regret|regrets|dislike|dislikes|find|finds|think|thinks|want|wants|mock|mocks))",
      hedgeable: false,
    },
    {
      // "I know they all think I'm some clueless kid": certainty about others' private opinion.
      p: "(?<h>i (?:just )?(?:know|can tell|am sure|bet) (?:that )?(?<t>they|he|she|everyone|people|{OTHER}) (?:all |secretly |really )?(?:think|thinks|see|sees|feel|feels|believe|believes)) (?:that )?(?:i|me|my)",
      hedgeable: false,
    },
    {
      // Kindness discounted as politeness: "she was probably just being nice".
      p: "(?<t>you|he|she|they|{OTHER}) (?:was|were|is|are|'s) (?:probably |obviously |clearly |only |just )+(?<h>being (?:nice|polite|kind))(?: to me)?(?= ,|$| and| but| because| when| so)",
      hedgeable: false,
    },
    {
      // Politeness read as duty: "they only offered because they feel they have to".
      p: "(?<t>you|he|she|they|{OTHER}) (?:{ADV})?(?<h>only (?:[^ ,]+ ){1,3}(?:because|cause) (?:you|he|she|they) (?:feel|feels|felt|had|have|has|think|thinks) (?:like )?(?:(?:you|he|she|they) )?(?:have|has|had) to)",
      hedgeable: false,
    },
    {
      // "You're only sorry you got caught".
      p: "(?<t>you|ur|he|she|they) (?:are |is |'s |were |was )?(?:{ADV})?(?:only |just |not )?(?<h>sorry (?:because |cause |that )?(?:you|he|she|they) (?:got|were|was|are) caught)",
      hedgeable: false,
    },
    {
      // "she's regretting marrying me": a feeling read off a quiet evening. Unless she said so.
      p: "(?<t>you|he|she|they|{OTHER}) (?:is |are |must be |probably |obviously |clearly |secretly |already )*(?<h>(?:regretting|regrets|regretted) (?:ever )?(?:marrying|meeting|dating|being with|moving in with|having|choosing|picking|hiring|inviting|saying yes to|getting back with) (?:me|us))",
      notPrecededBy: /(?:said|says|told me|tells me|admitted|admits|wrote)(?: that)? $/,
    },
    {
      // "She's already decided I'm the problem": a verdict read off a smile.
      p: "(?<t>he|she|they|everyone|people|{OTHER}) (?:has |have |is |are )?(?:already )?(?<h>(?:decided|made up (?:his|her|their) minds?) (?:that )?(?:i am|i|me|we are))",
      notPrecededBy: /(?:said|says|told me|tells me|wrote)(?: that)? $/,
    },
    {
      // "Pretty obvious what she thinks of me."
      p: "(?<h>(?:obvious|clear) (?:what|how) (?<t>he|she|they|everyone|people|{OTHER}) (?:really )?(?:thinks|think|feels|feel) (?:of|about) (?:me|us))",
    },
    {
      // "they didn't invite me because they think I'd embarrass them".
      p: "because (?<t>they|he|she|everyone|people|{OTHER}) (?:all |probably |obviously |clearly )?(?<h>(?:think|thinks|believe|believes) (?:that )?(?:i would|i am|i will|i))",
      // "didn't invite me because…": the "not" belongs to the clause before.
      negatable: false,
      complaint: true,
    },
    {
      // "if you loved me you'd have quit already", "that's all I am to you", "you wanted to hurt me",
      // "you only apologised so I'd stop crying".
      p: "(?<h>if (?<t>you|he|she) (?:really |truly |actually )?(?:loved|cared about|respected|wanted) (?:me|us)(?: at all)? (?:, )?(?:then )?(?:you|he|she) (?:would|would have|would not|would never)|(?:that is|this is) all i (?:am|was|will ever be) to (?<t2>you|him|her|them)|(?<t3>you|he|she) (?:only |just )?(?:wanted|want|wants) (?:me to (?:find (?:out|those|them|it|that|these)|see (?:it|that|those|them)|feel (?:bad|guilty|small|stupid|jealous|insecure)|suffer)|to (?:hurt|punish|humiliate|embarrass|upset) (?:me|us))|(?<t4>you|he|she|they) (?:only|just) (?:[^ ,]+ ){1,3}so (?:that )?(?:i|we) (?:would|will) (?:stop|shut up|forgive|calm down|leave|drop it|let it go|back off|not))",
    },
  ]),
  ...rules("labeling", [
    {
      p: "(?<t>{YOUBE}|{IBE}|i (?:feel|felt) like|i always feel like|(?:he|she|they|{OTHER}) (?:is|'s|are|was|were|will always be)|i (?:will) (?:always|forever|never be anything but|never be anything more than) be) {INT}(?<h>{LABEL})",
      notPrecededBy:
        /(?:^| )(?:(?:you|he|she|they|everyone|people|[^ ]+) (?:think|thinks|thought|believe|believes|said|says|call|calls|called|told me|tell me)|think|thinks|thought|believes|called|calls|said|says|call|like|if|than|whether|that|realize|realise|notice|see|sees|know|knows|tell me|decide|decided|find out|made me feel|makes me feel|make me feel|worried|afraid|scared|felt like|feel like|not because|as if|not that|i am not saying)(?: that)? $/,
      notFollowedBy:
        /^ (?:day|week|night|time|moment|mood|cold|question|weather|thing|of (?:me|you) to|to (?:me|you)) ?/,
    },
    {
      p: "(?<t>you|i|he|she|{OTHER}) (?:{BE}) (?:{ADV})?(?:such |so |really |just |literally |the |a |an )*(?:complete |total |absolute |utter |massive |huge |real |big |pathetic |selfish |lazy )?(?<h>(?:{BADADJ}) (?:{ROLE})|worst(?! part| thing| day| time| of| case)|lowest of the low|scum|trash|garbage)",
      notPrecededBy:
        /(?:think|thinks|thought|believe|believes|said|says|called|told me|feel like|if|whether|not saying|afraid|worried|scared)(?: that)? $/,
    },
    {
      p: "(?<t>you|i|he|she|{OTHER}) (?:(?:{BE}|feel) (?:just |simply |still |ever )?(?:not|never)|will never be|will not ever be|will not be|can never be|could never be|am never) (?:{ADV})?(?<h>(?:good|smart|pretty|attractive|thin|strong|lovable|loveable|worthy|interesting|funny|successful|man|woman|clever|talented|capable|cool|fun|sexy|skinny|deserving|important) enough|worth (?:it|loving|anything|the effort|the trouble|your time)|a good (?:{ROLE}))",
      negatable: false,
      notPrecededBy:
        /(?:think|thinks|thought|believe|believes|said|says|told me|tells me|feel like|if|whether)(?: that)? $/,
    },
    {
      p: "(?<t>i) (?:feel|felt|am feeling) (?:so |really |such |like |just |completely |totally |utterly |a |an )*(?<h>worthless|useless|stupid|pathetic|unlovable|inadequate|hopeless|defective|dumb|incompetent|unworthy|disgusting|a failure|a loser|an idiot|a burden|a fraud|a disappointment|a waste|a mess|like nothing|like garbage|like trash|like a joke)",
      target: "self",
      notPrecededBy:
        /(?:make me|made me|makes me|not|never|do not|did not|when you|you make|you made)(?: that)? $/,
    },
    {
      p: "(?<h>what (?:a|an) (?:{INT})?(?!joke|mess|waste|disappointment|nightmare|wreck)(?:{LABELN})(?<t> i am| i was| you are| he is| she is)?|you (?:{INT})?(?:{LABEL} )?(?:{INSULTN}|{LABELN}s?))(?: |$)",
      target: "partner",
      notFollowedBy: /^(?:are|is|was|were|will|have|had|for)/,
    },
    {
      p: "(?<h>(?:something|everything) (?:is )?(?:really |seriously |deeply )?wrong with (?<t>me|you|him|her)|what is wrong with me|i am (?:the )?(?:problem|broken|defective|unlovable))",
      target: "self",
      notPrecededBy: /(?:like|think|thinks|said|says|as if)(?: that)? $/,
    },
    {
      p: "(?<t>he|she|they|{OTHER}) (?:is|'s|are|was|were) (?:{ADV})?(?:such |so |the |a |an )*(?<h>narcissist|narcissistic|psychopath|sociopath|monster|toxic|abusive|manipulative|crazy|psycho|evil|idiot|moron|loser|liar|cheater|jerk|bitch|asshole|selfish|lazy|useless|pathetic|bully|snake|fake|fraud)",
      target: "other",
      notPrecededBy:
        /(?:think|thinks|thought|believe|said|says|called|told me|feel like|if|whether|not saying)(?: that)? $/,
    },
    {
      // A bare name for oneself in a journal: "Forgot the client's name. Such an idiot."
      p: "^(?:i am )?such (?:a|an) (?:{INT})?(?<h>{LABELN})(?= ,|$)",
      target: "self",
      negatable: false,
    },
    {
      // "I'm a shambles of a parent".
      p: "(?<t>i|you|he|she) (?:am|are|is|was|were) (?:such |just )?(?:a|an) (?:complete |total |absolute |utter |sorry |poor )?(?<h>(?:shambles|disgrace|joke|failure|excuse|embarrassment|mess|waste) of (?:a|an) (?:[^ ,]+ )?{ROLE})",
      negatable: false,
    },
  ]),
  ...rules("blame", [
    {
      p: "(?:(?:it|that|this|everything|all this|this whole thing|the whole thing|this mess|that mess|which) (?:is|was|'s|will be|would be)|all|all of this is|everything is) (?:{ADV})?(?:all |entirely |completely |totally |100% )?(?<h>(?<t>your|ur|his|her|their|my|his own|her own|your own|my own) (?:own )?(?:fault|doing|mess|responsibility|problem))",
      notFollowedBy: /^ (?:too|as well|either|, (?:sorry|i am sorry|my bad))/,
      // "Some of it's my fault": a share.
      notPrecededBy: /(?:^| )(?:some|part|half|a bit|a little) of $/,
    },
    {
      p: "(?<h>(?<t>your|ur|his|her|my) (?:own )?fault)",
      // "That one was my fault, sorry": owned and apologised for.
      notFollowedBy: /^ , (?:sorry|i am sorry|my bad)/,
      notPrecededBy:
        /(?:not|no|never|nothing|not all|is not|was not|would not|not really|not entirely|not completely|not just|partly|partially|half|somewhat|also|in part|a bit|a little|some of (?:it|this|that) is|part of (?:it|this|that) is|not saying it is|not saying it's|not about|whose|is it|was it|if it is|if it was|it is not|it was not|that is not)(?: [^ ]+)? $/,
    },
    {
      p: "(?<h>(?:because of|thanks to|due to|all because of) (?<t>you|him|her|them|me|ur))",
      complaint: true,
    },
    {
      p: "(?<t>you|he|she|they|{OTHER}) (?:{AUX} )?(?:{ADV})?(?:always |constantly |literally |now |really )?(?<h>(?:made|make|makes|making|forced|force|forces|pushed|push|pushes|drove|drive|drives|driving|cause|caused|causes|got) me (?:{NEGEMO}|check|snoop|go through|look through|lie|cheat|shout|scream|drink|hit)|(?:drove|drive|drives|driven|pushed|push|pushes|forced|force|pressured|guilted) me (?:to (?:this|it|that|drink|drinking|do it)|into)|(?:made|make|makes|making) me (?:so |feel |feel so |feel like |this |really |cry|want|have to|be |look )+(?:{NEGEMO}|like (?:a|an|i|shit|crap|nothing|garbage|an idiot|i am)|(?:a|an) [^ ,]+|(?:stupid|worthless|crazy|small|bad|awful|terrible|guilty|horrible|ugly|fat|useless|unwanted|insecure|jealous|paranoid|unloved|invisible|alone)))",
      notFollowedBy:
        /^ (?:laugh|smile|happy|special|loved|safe|good|better|seen|heard|calm|proud|welcome|beautiful|wanted|whole|excited|grateful|comfortable|feel (?:loved|safe|good|better|special|happy|seen|heard|calm|proud))/,
    },
    {
      p: "(?<t>you|he|she|they|{OTHER}) (?:{AUX} )?(?:{ADV})?(?:always |just |completely |totally |really )?(?<h>(?:ruined|ruin|ruins|destroyed|destroy|destroys|wrecked|wreck|wrecks|broke|break|breaks|spoiled|spoil|spoils|screwed up|messed up|screw up|mess up|killed|kill|sank|sunk|tanked|torpedoed|sabotaged) (?:[^ ,]+))",
      notFollowedBy: /^ (?:promise|habit|cycle|ice|record|news|silence|bread|tie|fever)/,
    },
    {
      p: "(?<t>you|he|she|they|{OTHER}) (?:{AUX} )?(?:{ADV})?(?:were|are|'s|is|was) (?:the )?(?:only |whole |sole |main |real |entire )?(?<h>(?:reason|cause|problem|one to blame|source of|why i|one who (?:ruined|started|caused|broke|messed|screwed|wrecked|destroyed|cheated|lied|left|walked)))",
      complaint: true,
      notFollowedBy:
        /^ (?:i (?:smile|am happy|laugh|believe|keep going|get up|try|feel (?:safe|loved|happy))|why i (?:smile|laugh|believe)|for my (?:happiness|smile))/,
    },
    {
      p: "(?<h>(?:i|we) (?:{ADV})?(?:blame|blamed|(?=(?:hold|held) [^ ,]+ (?:[^ ,]+ )?responsible)(?:hold|held)) (?<t>you|him|her|them|myself|yourself|my ex|my parents|my mom|my dad|my mother|my father)|(?<t2>i|you|he|she) (?:am|are|is|'s|was|were) (?:to blame|the one to blame|responsible for (?:this|everything|all|it|my|our|his|her)))",
    },
    {
      p: "(?<h>look (?:at )?what (?<t>you|he|she|they) (?:did|have done|made me do|did to (?:me|us)|caused|started)|(?<t2>you|he|she) (?:started|start|starts) (?:it|this|all this|the fight|the argument)|(?:this|it|that|that one|this one|this whole (?:mess|thing|situation)|the whole (?:mess|thing|situation)|everything) is (?:all |entirely |completely |totally )?on (?:you|him|her|them)|(?:everything|every problem(?: [^ ,]+){0,4}|all of (?:this|it)|the whole (?:mess|thing)) (?:is|was|are) (?:all |entirely )?down to (?:you|him|her|them)|it (?:is|was) (?:all )?(?:you|him|her|them) (?:who|that) (?:ruined|started|caused|broke|wrecked|destroyed|killed|messed|screwed)|(?<t3>you|he|she) did this(?: to (?:me|us))?|(?<t4>you|he|she) (?:let|have let) (?:this|it|that) happen|(?<t5>you|he|she) (?:let|have let) me down|(?:you|he|she) (?:put|have put) me (?:in|through) this|you brought this on|you asked for it|(?:he|she|you) provoked me)",
    },
    {
      p: "(?<h>if (?:it (?:was|were|had|has) not|it is not|it's not|not) (?:been )?for (?<t>you|him|her|them|your|his|her|me))",
    },
    {
      p: "(?<h>if (?<t>you|he|she|they) (?:had|would have|would|had only|had just) (?:just |only |not |never )?[^ ,]+) {G8}(?:i|we|it|this|things|none of this|nothing|he|she) (?:would|could|might) (?:not|never|have|still|be)",
    },
    {
      p: "(?<h>if (?<t>i) (?:had|would have) (?:just |only |not |never )?[^ ,]+) {G8}(?:he|she|they|we|it|things|none of this|nothing|my [^ ,]+) (?:would|could|might) (?:not|never|have|still|be)",
    },
    {
      p: "(?<h>i (?:would not|would never) (?:have to|need to|be|feel) {G6}if (?<t>you|he|she|they))",
    },
    {
      p: "(?<h>(?:it is|it's|it was|this is|that is|everything is|everything was|all this is) (?:all |entirely |completely )?(?<t>my) (?:own )?fault|(?:because of|due to|all because of) (?<t2>me)|i (?:ruined|destroyed|wrecked|ruin|destroy) (?:everything|it all|my life|our|us|this|the relationship|his life|her life|their)|i (?:am|was) (?:the )?(?:reason|cause) (?:why )?(?:he|she|they|we|you|our|my|this|it|everything|the)|it (?:is|was) (?:all )?me (?:who|that) (?:killed|caused|ruined|started|broke|wrecked|destroyed|messed|screwed))",
      target: "self",
      notPrecededBy:
        /(?:(?:not|no|never|it is not|it was not)(?: [^ ]+)?|(?:^| )(?:some|part|half|a bit|a little) of) $/,
      notFollowedBy: /^ , (?:sorry|i am sorry|my bad)/,
      complaint: false,
    },
    {
      p: "(?<t>you|he|she|they|{OTHER}) (?:{AUX} )?(?:{ADV})?(?<h>(?:messed|screwed|fucked|mess|screw|fuck|messes|screws|fucks) (?:me|us|my life|my head|everything|it all|things) up)",
    },
    {
      p: "(?<h>(?:because of|thanks to|due to) (?<t>my|your|his|her|ur) (?:own )?(?:mistake|mistakes|stupidity|carelessness|selfishness|laziness|(?:behaviour|behavior)|drinking|temper|mess|lies|lying|cheating|actions|choices|failure))",
    },
    {
      p: "(?<h>(?<t>i) (?:must|probably|surely) (?:have) (?:done|said) something (?:wrong|stupid|bad|to (?:upset|annoy|hurt|offend|anger)))",
      negatable: false,
    },
    {
      p: "(?<h>(?:it|this|that) (?:must be|is probably|has to be|is surely) (?:because of )?something (?<t>i) (?:did|said|have done|have said|did wrong|said wrong))",
      negatable: false,
    },
    {
      // Hindsight turned on oneself: "if I had tried harder, my dad would still be alive".
      p: "(?<h>if (?:only )?(?<t>i) (?:had|would)(?: not)? (?:[^ ,]+ ){1,5}(?:, )?(?:then )?(?:[^ ,]+ ){1,4}(?:would|could) (?:still|not|never))",
      negatable: false,
      hedgeable: false,
    },
    {
      // Blame by possessive: "it's my coach's fault we lost".
      p: "(?<h>(?<t>(?:my|his|her|their|your|our|the) [^ ,]+|(?!(?:one|anyone|anybody|no-one) )[^ ,]+) 's (?:own )?fault|(?<t2>that|the|this|his|her|my|your|their) [^ ,]+s (?:own )?fault)",
      target: "other",
    },
    {
      // "It's all on me", "it's because of me": the whole weight taken on oneself.
      p: "(?<h>(?:it is|it was|that is|this is|it 's) (?:all )?(?:on (?<t>me)(?= ,|$| and| now| really)|(?:because|cause) (?:of )?(?<t2>me|i am|i was|i did|i do|i did not|i could not|i can not|i was not)))",
      target: "self",
    },
    {
      // The whole weight taken on: "I caused all of this", "I feel responsible for his drinking".
      p: "(?<t>i) (?:{ADV})?(?<h>(?:caused|cause) (?:all of )?(?:this|it all|everything|all this|the (?:divorce|breakup|break-up|fight|accident|whole thing)|(?:his|her|their|our|my [^ ,]+ 's) [^ ,]+)|(?:feel|felt) (?:totally |completely |so |fully |solely )?responsible for (?:his|her|their|the|our|my|everything|it|this|what|all)|(?:am|was) (?:totally |completely |fully |solely )responsible for (?:everything|it all|all of (?:this|it)|this|what happened))",
      triggers: ["caused", "cause", "responsible"],
      notPrecededBy: /(?:if|whether|wonder|not sure|maybe|worried|afraid)(?: that)? $/,
    },
    {
      // "If I was a better daughter she wouldn't be sick": their trouble made one's own failing.
      p: "(?<h>if (?<t>i) (?:was|were|had been) (?:a )?(?:better|good enough|stronger|nicer|kinder|more [^ ,]+) (?:[^ ,]+ ){0,2}(?:, )?(?:then )?(?:he|she|they|we|it|my [^ ,]+|mum|mom|dad) (?:would|would not))",
      triggers: ["better", "good", "stronger", "nicer", "kinder", "more"],
      negatable: false,
    },
    {
      // "Everything that went wrong is on me".
      p: "(?<h>(?:everything|it all|all of (?:this|it)|all this|what happened) (?:[^ ,]+ ){0,3}(?:is|was) (?:all )?on (?<t>me))(?= ,|$)",
      target: "self",
    },
  ]),
  ...rules("catastrophizing", [
    {
      p: "(?<h>(?:a |an |total |complete |absolute |utter |such a |the )*(?:disaster|catastrophe|catastrophic|nightmare|end of the world|end of everything|apocalypse|hell on earth|living hell|unbearable|unsurvivable|devastating|tragedy|over for me|worst (?:thing|day|night|week|year|mistake|outcome|possible|ever|that could|[^ ,]+ (?:ever|of my life|imaginable|in history))))",
      target: "other",
      notPrecededBy:
        /(?:not|nothing|no|never|is not|was not|it is not|it was not|would not be|will not be|not a|not the|not be a|at|if|avoid|avoided|saved|save|prevent)(?: a| the| an)? $/,
      // "the worst week I've had in years" ranks it against recent weeks.
      // "worst case we get pizza", "the worst that could happen is she says no": a worst looked at
      // and found bearable; "the worst thing I did was lie" ranks one's own act.
      notFollowedBy:
        /^ (?:part|bit|movie|film|show|joke|(?:realistically |really )?happen is|(?:i|we|he|she|you) (?:did|said|ever did)|(?:i|we) (?:have|had) (?:had|felt|done|seen|been)(?: [^ ,]+){0,2} (?:in (?:years|months|ages|a while|a long time)|so far|this (?:year|month|term|semester)))(?: |$)/,
    },
    {
      p: "(?<t>i|we|you|he|she) (?:{ADV})?(?:can not|could not|will not be able to|would not be able to|will never be able to|would never be able to) (?:{ADV})?(?:take|handle|stand|bear|cope|survive|live|go on|deal|breathe|function|do this|face|get through|keep going|keep doing this|manage|hold on)(?: it| this| that| with| any| without)*(?: anymore| any more| any longer| another)?",
      // "I felt like I couldn't breathe, my hands were tingling": a panic attack described.
      notPrecededBy: /(?:felt|feel|feels|feeling) like (?:i )?$/,
      notFollowedBy:
        /^ (?:the (?:heat|cold|smell|trip)|spicy|coffee|tonight|today|tomorrow|the meeting|the party|(?:on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|holiday|vacation|a trip|a date|the weekend|this weekend)|on my own until|you|him|her|them|your|his|the sight)/,
    },
    {
      p: "(?<h>(?<t>my|our|his|her|the|this|my whole|our whole) (?:whole |entire )?(?:life|lives|relationship|marriage|career|future|world|family|reputation|day|night|week|weekend|trip|holiday|birthday|wedding|evening|anniversary|chance|chances|everything) (?:{BE} |is |was |are |feels |seems |just |now |completely |totally |absolutely |utterly |officially |basically |going to be |will be )*(?:ruined|over|destroyed|wrecked|finished|doomed|hopeless|falling apart|in pieces|shattered|a disaster|a nightmare|a mess|a wreck|gone|pointless|meaningless|done for|the worst|unbearable|collapsing|crumbling|in ruins|wasted))",
      target: "other",
      notPrecededBy: /(?:not|never|if|worried|afraid|scared)(?: that)? $/,
    },
    {
      p: "(?<h>(?:ruin|ruined|ruins|destroy|destroyed|destroys|wreck|wrecked|end|ended|ends|kill|killing|kills) (?:my|our|his|her|your|the|their) (?:whole |entire )?(?:life|lives|relationship|marriage|career|future|world|family|reputation|chances))",
      target: "other",
    },
    {
      p: "(?<h>(?:everything|it all|my life|our life|the world|our relationship|my world|things|my marriage|our marriage|the whole thing) (?:{BE} |is |just |now |completely |totally |going to |will )*(?:falling apart|fall apart|crashing down|crash down|collapsing|collapse|crumbling|crumble|going to hell|spiraling|spiralling|coming apart|over|ruined|destroyed))",
      target: "other",
      notPrecededBy: /(?:not|never|if|before|until)(?: that)? $/,
    },
    {
      p: "(?<t>i|we|you|he|she|they|it|this|that) (?:{AUX} |am going to |are going to |is going to |will |would |could |might )?(?:{ADV})?(?:literally |probably |definitely |surely |completely |totally |just )?(?<h>die|dying|lose (?:everything|it all|my mind|my job|the house|the flat|our flat|my flat|our house|my house|our home|my home|the apartment|the business|the kids|you|him|her|them|control|all control|my grip)|losing (?:my mind|everything|it)|go crazy|going crazy|end up (?:alone|homeless|on the street|broke|dead|with nothing|in the hospital)|be alone forever|die alone|never (?:recover|survive|get over (?:it|this|him|her|you)|work again|find (?:work|a job) again)|not survive|kill me|killing me|be the end of (?:me|us)|ruin (?:me|us)|have a breakdown|break down|fall apart|lose my shit|have nothing|be left with nothing)",
      notPrecededBy: /(?:not|never|if|when|until|before|scared that|afraid that)(?: that)? $/,
      notFollowedBy: /^ (?:laughing|of laughter|for (?:a|some|coffee|pizza)|to (?:see|try|know|meet))/,
    },
    {
      p: "(?<h>what if (?:{G6})(?:dies|die|died|dying|dead|leaves|leave|left|cheats|cheat|cheated|hates|hate|fail|fails|failed|lose|loses|lost|happens|happened|goes wrong|crash|crashes|crashed|accident|attack|never|something|sick|ill|hurt|fired|dumps|dump|breaks up|break up|ends|end|over|kills|killed|falls apart|ruin|ruins|ruined|worse|wrong|alone|cancer|(?:tumour|tumor)|stroke|disease|emergency|hospital))",
      target: "other",
      negatable: false,
    },
    {
      p: "(?<h>(?:this|it|that|everything|life|my life|things|the situation|the pain|this pain) (?:{BE}|is|feels|feel|was) (?:{ADV})?(?:so |absolutely |completely |totally |just |really |fucking |utterly |too )*(?:unbearable|awful|horrible|terrible|horrendous|hopeless|the worst|intolerable|unlivable|unfixable|too much to bear|beyond repair|hell|agony|torture|a living hell|a catastrophe))",
      target: "other",
      // "It was the worst grade I've had" ranks one thing; it does not call it unbearable.
      notFollowedBy:
        /^ (?:but|though|part|[^ ,]+ (?:i|i have|i had|we|we have|of (?:my|the|this|our)|since|so far|yet|in years))(?: |$)/,
    },
    {
      p: "(?<h>(?:something|the worst|disaster|something terrible|something awful|something bad|something horrible|tragedy|everything) (?:is going to|will|is about to|must have|must be) (?:happen|happened|happening|go wrong|gone wrong|going wrong|strike|be terrible))|(?:must be|could be|might be|has to be|is probably|is definitely|probably|is it|(?:this|it) is) (?:a |an )?(?:brain |lung |skin )?(?:(?:tumour|tumor)|cancer|aneurysm|heart attack|stroke|something serious|something fatal|fatal)",
      triggers: [
        "happen",
        "happened",
        "happening",
        "wrong",
        "strike",
        "terrible",
        "tumor",
        "tumour",
        "cancer",
        "attack",
        "stroke",
        "serious",
        "fatal",
      ],
      target: "other",
    },
    {
      p: "(?<h>(?:i am|we are|i was|it is|this is) (?:{ADV})?(?:so |totally |completely |absolutely |utterly )?(?:screwed|doomed|done for|fucked|ruined|destroyed|dead meat|toast))",
      target: "self",
    },
    {
      p: "(?<h>(?:no|there is no|there will be no|there is not any) (?:future|hope|way (?:out|back|forward)|coming back|recovering|fixing this|point in living|reason to live))",
      target: "other",
      negatable: false,
    },
    {
      // A small sign read as the start of the worst: "this cough will turn into something terrible".
      p: "(?<h>(?:turn|turning|turns|develop|developing|develops|grow|growing|grows) into (?:something )?(?:(?:really|very|so) )?(?:terrible|serious|awful|horrible|dangerous|deadly|fatal|cancer|a disaster|a catastrophe|a nightmare)|something (?:terrible|awful|horrible|really bad|bad|dreadful) (?:is going to|will|is about to) happen|(?:a sign|a symptom|the start) of something (?:terrible|awful|horrible|serious|really bad|bad|dreadful|deadly|fatal))",
      target: "other",
    },
    {
      p: "(?<h>(?:means|must mean|could mean|might mean|must be|is probably|is definitely|is surely|is obviously) (?:that )?(?:i am |i have |it is |he is |she is )?(?:having |getting |got )?(?:a )?(?:heart attack|stroke|brain (?:tumour|tumor)|(?:tumour|tumor)|cancer|aneurysm|serious illness|something (?:seriously |really )?(?:serious|wrong with me|fatal|deadly)))",
      target: "other",
      negatable: false,
    },
    {
      // Everything gives way: "if I don't get this promotion everything falls apart".
      p: "(?<h>(?<t>everything|it all|my life|our life|our lives|the family|our family|my world|the whole [^ ,]+) (?:{ADV})?(?:falls|will fall|would fall|is falling|is going to fall|fell|comes|will come|would come|is coming|came) (?:crashing )?(?:apart|down|crashing down|to pieces))",
      target: "other",
    },
    {
      // Lost beyond repair: "now I've lost her for good".
      p: "(?<t>i|we|you|he|she|they) (?:have |had |will )?(?:{ADV})?(?<h>lost (?:[^ ,]+ ){0,2}(?:for good|forever|for ever|for the rest of my life))",
      target: "self",
    },
    {
      // The chain's last link: "I'll be fired and never work again".
      p: "(?<h>(?:and|then|and then) (?:i |we )?(?:will )?never (?:work|recover|find (?:work|a job|anyone|love)|be happy|be loved|get (?:a job|over (?:it|this))) again)",
      target: "self",
      negatable: false,
    },
    {
      // A chain to a life closed off: "…I'll fail the whole year and never get into uni".
      p: "(?<h>(?:and|then|and then) (?:i |we )?(?:will )?never (?:get into|get in to|be accepted (?:to|at|into)) (?:uni|university|college|med school|medical school|law school|a good (?:uni|university|college|school)))",
      target: "self",
      negatable: false,
    },
    {
      // Harm read as permanent: "I've damaged them for life", "you've scarred her forever".
      p: "(?<t>i|you|he|she|they|this|it) (?:have |has |had |will |probably |must have )?(?:{ADV})?(?<h>(?:damaged|scarred|ruined|traumatised|traumatized|broken|screwed up|messed up|fucked up) (?:them|him|her|me|you|us|the kids|my kids|my children|our kids|our children|my son|my daughter) (?:for life|forever|for ever|for good|permanently))",
    },
  ]),
  ...rules("should", [
    {
      p: "(?<t>you|i|he|she|they|people|everyone|(?:a|any|every) (?:good |real |decent |normal |proper |grown )?{ROLE}|partners|men|women|teachers|doctors|nurses|parents|mothers|fathers|husbands|wives|managers|bosses|{OTHER}) (?:{ADV})?(?:really |absolutely |definitely |always |never |totally )?(?<h>should|should not|should have|should never|should always|ought to|ought not|oughta|must not|must never|must always|is supposed to|are supposed to|am supposed to|was supposed to|were supposed to|be supposed to|is not supposed to|are not supposed to)",
      notInQuestion: false,
      negatable: false,
      hedgeable: false,
      notFollowedBy:
        /^ (?:be (?:home|back|there|here|ready|free|done|fine|ok|okay|around|finished|able to make it|arriving|getting|good to go|on time)|probably|have seen (?:his|her|their|the) (?:face|look|reaction)|totally|come|arrive|start|begin|open|close|land|finish|rain|snow|try|check|watch|read|get some (?:rest|sleep)|rest|sleep|eat|know (?:that|how much)|be proud|feel proud|go for it|call me when|hear|meet|join|have (?:some|a look|fun)|take a look|definitely|bring|visit|grab|ask (?:him|her|them)|text me when|let me know)|^ (?!have )(?:[^ ,]+ ){1,6}(?:first thing|right away|asap|to let (?:her|him|them|you|everyone|people) know|so (?:that )?(?:it|she|he|they|we|i|you) (?:can|could|will|knows?|know)|tomorrow|tonight|later|soon|next (?:week|time|month)|this (?:week|weekend|morning|afternoon|evening)|on (?:the|my) way (?:home|back|there|in|out|over)|after (?:work|school|lunch|dinner|class)|before (?:bed|work|school|dinner|lunch|i go)|in the morning)(?: |$)/,
      notPrecededBy:
        /(?:(?:^| )(?:maybe|perhaps|what|when|where|which|how|who|if|think|whether|thought|know|something|anything)(?: i| you| we)?|we) $/,
    },
    {
      p: "(?<t>you|i|he|she|they|people|everyone|{OTHER}) (?:{ADV})?(?<h>must) (?!have |be |know |mean |not have |really be |feel |think |love |hate |like |want |realise |realize |notice |see |wonder |blame |despise |resent |find |regret |wish |secretly |still )(?:{W})",
      negatable: false,
    },
    {
      p: "(?<t>you|i|he|she|they|people|{OTHER}) (?:{ADV})?(?<h>must|have to|has to|need to|needs to|got to|had better|better) (?:always |never |just |really |at least )?(?:be (?:perfect|patient|calm|strong|stronger|better|the best|good enough|in control|happy|okay|ok|fine|able to|on top|successful|thin|thinner|pretty|smart|productive|over (?:it|this|him|her)|more|less|nicer|kinder|there for)|stop|start (?:being|acting|treating|listening|respecting|showing|taking|caring|helping|doing)|change|grow up|learn|get over|understand that|understand how|respect|listen to me|always|never|do better|try harder|make (?:him|her|them|everyone|people|you|me) (?:happy|like|love|proud|see)|please (?:everyone|him|her|them|people)|prove|(?:apologise|apologize)|realize|realise|accept|get it together|get your act|get my act|man up|toughen up|pull yourself|pull myself|figure (?:it|this|my life|yourself|myself) out|handle (?:this|it) (?:myself|alone|on my own)|deal with it|be there|earn|fix (?:this|it|myself|yourself|everything)|cope|snap out|move on|let it go|get a grip|work harder|do more|do everything|keep (?:it|everything|everyone) (?:together|happy)|show more|put me first|put (?:in|more) effort|pay attention|think before|know better|care more|appreciate|be (?:liked|loved|approved of|accepted|admired|respected) by (?:everyone|all|every)|get (?:everything|it all) (?:done|right|perfect)|get (?:full marks|top marks|straight)|get (?:it|this|everything) (?:right|perfect|perfectly)|do (?:everything|it all) (?:right|perfectly|myself)|be good at everything|make no mistakes|never make (?:a )?mistakes?|be (?:the )?perfect(?: [^ ,]+)?|make (?:everyone) (?:happy|like me|proud))",
      negatable: false,
      notPrecededBy:
        /(?:(?:^| )(?:do not|does not|did not|not|never|maybe|perhaps|if|whether|we|what)(?: really)?) $/,
    },
    {
      p: "(?<t>it|this|that|things|life|love|relationships|marriage|sex|a relationship|my life|our relationship) (?:{ADV})?(?<h>should|should not|should have|is supposed to|was supposed to|is not supposed to|was not supposed to|ought to|has to|must) (?:{ADV})?(?:be|feel|have been|have gone|not|never|always|work|happen|come|matter)(?: (?:so|this|that|more|less|easy|easier|hard|harder|different|better|perfect|fair|simple|like|natural|effortless|happy|fun|romantic|fine|over|enough|better than|to))",
      target: "other",
      negatable: false,
    },
    {
      p: "(?<h>(?:why|how) (?:can not|could not|do not|did not) (?<t>you|i|he|she) (?:just |ever |simply )?(?:be|act|do|get|understand|listen|stop|learn|grow|keep|remember|think|try|see|handle|deal|manage|control|make|let|move))",
      negatable: false,
      hedgeable: false,
    },
    {
      p: "(?<h>(?:if only|i wish) (?<t>i|you|he|she) (?:had|would|would have|could|could have|were|was) (?:not |never |just |only )?[^ ,]+)",
      negatable: false,
    },
    {
      p: "(?<h>(?:a|any) (?:real|good|decent|normal|loving|proper) {ROLE} (?:would|would not|would never|does not|never|always|knows|would know|(?!is |was |has )[^ ,]+s(?: up)? (?:up|to|for|with|the|their|his|her|on|about)))",
      target: "other",
      negatable: false,
    },
    {
      // Others' approval as a requirement: "I need everyone to approve of me".
      p: "(?<t>i) (?:{ADV})?(?<h>(?:need|have to have|must have|require) (?:everyone|people|all of them|them all) to (?:approve|like|love|agree|accept|respect|admire|think well))",
      negatable: false,
    },
    {
      // "I'm meant to be able to cook one simple meal": a rule for oneself or others.
      p: "(?<t>i|you|he|she|they|we|{OTHER}) (?:am|are|is|'s|was|were|ur) (?:{ADV})?(?<h>meant to)(?! be (?:together|here|there|home|back|a surprise|a secret|a joke|fun)| have (?:been|come|arrived|left))",
      negatable: false,
      notPrecededBy:
        /(?:(?:^| )(?:maybe|perhaps|what|when|where|which|how|who|if|whether)(?: i| you| we)?) $/,
    },
    {
      // "ur supposed to reply": "ur" is "you are" here.
      p: "(?<t>ur) (?:{ADV})?(?<h>supposed to|meant to)",
      target: "partner",
      negatable: false,
    },
    {
      // A rule with a verdict on failing it: "I have to get everything done or I'm useless".
      p: "(?<t>i|you|he|she) (?:{ADV})?(?<h>(?:have to|has to|need to|needs to|must|got to)) (?:[^ ,]+ ){1,8}(?:, )?or (?:else )?(?:i am|i will be|you are|he is|she is|i have|it means i am) (?:just |totally |completely |a )?(?:useless|worthless|a failure|failed|a loser|nothing|pathetic|lazy|weak|a bad [^ ,]+|a terrible [^ ,]+)",
      negatable: false,
    },
    {
      // "Family isn't supposed to borrow money from each other."
      p: "(?<h>(?:family|families|couples|friends|siblings) (?:is|are) not supposed to)",
      target: "other",
    },
  ]),
  ...rules("fortune-telling", [
    {
      p: "(?<t>you|i|he|she|they|it|this|we|things|nothing|no one|everyone|people|that|my life|life|our relationship|the relationship|this relationship|the marriage|our marriage|{OTHER}) (?:{ADV})?(?:(?:will|is going to|are going to|am going to|will always be|am never going to|is never going to|are never going to|was never going to|were never going to) )?(?:{ADV})?(?<h>will never|is never going to|are never going to|am never going to|was never going to|were never going to|will not ever|is not ever going to|are not ever going to|am not ever going to|are not going to ever|will never ever|never going to)",
      notFollowedBy:
        /^ (?:(?:ever )?(?:stop (?:loving|caring|trying)|forget (?:how|what|the|you|that|this|our|when)|leave (?:you|your side)|hurt you|lie to you|cheat|give up on (?:you|us)|let (?:you|anything|anyone|that) (?:go|happen|down|hurt)|do (?:that|this|it) again|betray|be (?:the same|alone)$|regret (?:this|you|us|marrying|meeting|it)|lose (?:you|hope in)|take you for granted|walk away|stop|go back|make that mistake|forgive myself for hurting|doubt you|abandon you|treat you|raise my voice|read your|check your|look at your|say that|see (?:me|us|the kids|your kids|them)))/,
      notPrecededBy:
        /(?:^| )(?:if|i promise|promise|i swear|swear|hope|trust me|hope that)(?: that| you| i)? $/,
    },
    {
      p: "(?<t>you|i|he|she|they|it|this|we|things|nothing|no one|everyone|people|that|my life|life|our relationship|the relationship|this relationship|the marriage|{OTHER}) (?:{ADV})?(?<h>will not|is not going to|are not going to|am not going to) (?:{ADV})?(?:ever )?(?:work|change|last|get better|improve|understand|care|love|like|want|believe|forgive|trust|listen|succeed|pass|find|make it|be able|be happy|be enough|be good enough|matter|help|end well|work out|turn out|recover|heal|be the same|be okay|be ok|be fine|want me|love me|like me|hire me|choose me|pick me|stay|come back|call|text|notice|get it|ever|show up|bother|remember|try|hold)",
      triggers: ["not"],
      notFollowedBy:
        /^ (?:work (?:tonight|today|tomorrow|this|on)|be able to make it|call (?:you|tonight|today|until|till|before)|text (?:you|tonight|today|until|till|before)|stay (?:late|long|over|for)|change (?:my|the|our) (?:mind|plans|plan))/,
      notPrecededBy:
        /(?:^| )(?:if|i promise|promise|i swear|hope|afraid|worried|scared|wonder whether)(?: that)? $/,
    },
    {
      p: "(?<t>you|i|he|she|they|it|this|we|things|everyone|no one|people|that|my life|our relationship|the relationship|{OTHER}|(?:the|this|that|my|our|tomorrow|tonight|next) [^ ,]+|tomorrow|tonight|today) (?:{ADV})?(?:will|is|are|am|would)(?: just| probably| definitely| totally| so| really| only| surely| obviously| ever| always)? (?:going to |bound to |sure to |destined to )?(?:{ADV})?(?:probably |definitely |surely |eventually |inevitably |obviously |certainly |end up |just )*(?<h>fail|failing|lose (?!my mind|it|my temper|my shit|track|weight)|leave(?: me)?(?= ,|$)|leave me|hate me|hate you|cheat|tell me (?:i am|that i|it is)|reject me|dump me|disown me|kick me out|throw me out|cut me off|never speak to me again|stop talking to me|never forgive me|laugh at me|judge me|fire me|think i am|think that i|ruin|mess (?:it|this|everything) up|screw (?:it|this|everything) up|blow it|forget about me|abandon|break up|break my heart|get fired|get dumped|get rejected|be alone|be lonely|be miserable|be a (?:disaster|failure|mess|nightmare)|be (?:awful|terrible|horrible|awkward|boring|hell|a waste)|be rejected|be embarrassed|be humiliated|be worse|go wrong|go badly|go terribly|go horribly|go awfully|be laughed at|be mocked|be judged|do it again|alone|homeless|broke|single|with nothing|on the street|have a panic attack|stare|think i am crazy|do (?:this|that) again|hurt me|let me down|disappoint|regret|(?:realise|realize) (?:i|that i|how)|find out|see through|figure out (?:that )?i|notice (?:that )?i|get bored|get tired of|get sick of|move on|find someone (?:else|better)|replace me|stop loving|end badly|end in|end (?:it|things|us)|be like this(?= ,|$)|(?:want|love) me|ask me out|find me (?:attractive|pretty|lovable)|report me|(?:go with|pick|choose|hire) someone else|be stuck|amount to nothing|crash|flop|bomb|humiliate|get worse|only get worse|go downhill|fall apart|fall through|turn out badly|blow up in my face|backfire|embarrass myself|make a fool|mess up|screw up|panic|freeze|say no|turn me down)",
      triggers: ["will", "going", "gonna", "would", "bound", "sure", "destined"],
      notPrecededBy:
        /(?:^| )(?:if|unless|when|i promise|promise|i swear|hope|in case|so that|that way|otherwise|or else|what if|even if|before|i think|maybe)(?: that)? $/,
      notFollowedBy:
        /^ (?:weight|track of time|a bit|some|the (?:keys|key|car|door|light|lights)|my keys|a tooth|it in|a few|early|at (?:\d|noon|five|six|seven|eight)|by|the office|work|soon|(?:it|this) if|me(?= ,|$))/,
    },
    {
      p: "(?<h>i (?:just )?(?:know|can tell|can see|bet|am sure|am certain|can feel) (?:that )?(?:it|this|he|she|they|you|we|i|things|everything|everyone|no one|tomorrow|tonight|(?:the|this|my|our) [^ ,]+) (?:will|is going to|are going to|am going to|will not|is not going to|are not going to|am not going to|never))",
      target: "other",
      notFollowedBy:
        /^ (?:be (?:fine|okay|ok|great|good|amazing|alright|all right|better|wonderful|happy|proud)|love|like|enjoy|figure|get through|work (?:it|this|things) out|make it|do great|do well|do amazing|understand|forgive)/,
    },
    {
      p: "(?<h>(?:it is|it's|this is|that is|this relationship is|we are|i am|you are|he is|she is|things are|it was|this was) (?:{ADV})?(?:never going to|not going to) (?:work|happen|change|get better|last|improve|be (?:okay|ok|fine|enough|the same|good enough)|end well))",
      target: "other",
    },
    {
      p: "(?<h>(?:doomed|bound|destined|sure|certain|guaranteed) to (?:fail|end|go wrong|happen again|repeat|break up|be alone|lose|get hurt|be hurt|mess up|screw up|leave|cheat|happen)|there is no (?:way|chance) (?:it|this|he|she|they|you|i|we) (?:will|is going to|are going to|am going to|can|could|would|ever)|(?:no one|no man|no woman) (?:{ADV})?(?:will|is going to|would|is ever going to) (?:ever )?(?:love|want|date|marry|hire|like|choose|care|stay|understand|accept|forgive|believe|come|show up|turn up|call|notice|remember|help|listen|read|buy|reply|answer|agree|say yes)|i will (?:end up|always be|die) (?:alone|single|by myself|unloved|miserable|broke|a failure|with no one|(?:just )?like my)|(?:nothing|no one) (?:is|will|are) (?:ever )?(?:going to )?(?:change|work|help|get better|improve|be different|care)|there is no (?:future|hope) (?:for|with) (?:us|me|this|him|her|them))",
      target: "other",
      negatable: false,
    },
    {
      p: "(?<h>(?:there is )?no (?:point|use) (?:in )?(?:trying|even trying|bothering|applying|asking|talking|going|getting my hopes up|hoping)|what is the point(?: of (?:trying|even trying|anything|it|this|going|talking|bothering|asking|applying))?|why (?:even )?bother(?: trying)?|it is (?:pointless|hopeless|useless|no use)|(?:never|not) going to happen)",
      target: "other",
      negatable: false,
    },
    {
      p: "(?<t>you|i|he|she|they|it|this|we|things|{OTHER}) (?:{ADV})?(?:will|are going to|am going to|is going to) (?:{ADV})?(?<h>never)",
      notFollowedBy:
        /^ (?:ever )?(?:stop (?:loving|caring|trying)|forget|leave|hurt|lie|cheat|give up|let|do (?:that|this|it) again|betray|regret|lose you|take|walk away|stop|go back|make that mistake|doubt|abandon|treat|raise|read|check|look|say that|want to hurt|understand why you|see (?:me|us|the kids|your kids|them) again|see (?:the|your) kids)/,
      notPrecededBy: /(?:^| )(?:if|i promise|promise|i swear|swear|hope|trust me)(?: that| you| i)? $/,
    },
    {
      // A feared outcome told as already under way: "I'm definitely getting fired".
      p: "(?<t>i|we|you|he|she|they) (?:am|are|is|'s) (?:definitely |probably |totally |so |surely |obviously ){1,2}(?<h>getting (?:fired|dumped|sacked|rejected|laid off|kicked out|divorced|replaced|cheated on))",
    },
    {
      p: "(?<t>i|we|you|he|she|they) (?:will|am going to|are going to|is going to) (?:{ADV})?(?:always |probably |just )?(?<h>(?:be|stay|remain|feel) (?:stuck|trapped|alone|single|miserable|unhappy|poor|broke|in debt|lonely|like this) (?:[^ ,]+ ){0,4}(?:forever|for ever|for the rest of my life|for good|until i die))",
    },
    {
      // Bad news foretold as certain: "I'm getting fired", "we'll lose the house", "the biopsy will come back bad".
      p: "(?<t>i|we|you|he|she|they) (?:am|are|is|'s|will|are going to|am going to|is going to) (?:{ADV})?(?:so |definitely |probably |totally )?(?<h>(?:getting|get|be) (?:fired|sacked|dumped|kicked out|laid off|evicted|expelled|left)|lose (?:the|our|my|your|his|her|their) (?:house|home|flat|apartment|job|kids|children|business|savings|car))",
      // "If I lose this client we'll lose the house" and "be fired and never work again" are a chain to
      // the worst: catastrophizing, flagged there.
      notPrecededBy:
        /(?:(?:^| )if .*|(?:whether|worried|afraid|scared|fear|chance|wonder|maybe|hope)(?: that)? )$/,
      notFollowedBy: /^ (?:, )?and (?:then )?(?:i |we )?(?:will )?never/,
    },
    {
      p: "(?<h>(?<t>the |my |his |her |your )?(?:results?|tests?|biopsy|scan|scans|bloods|blood test|mri|x-ray|it|they) (?:will|are going to|is going to) (?:{ADV})?(?:definitely |probably )?come back (?:bad|positive|as cancer|wrong|abnormal|with bad news))",
      target: "self",
    },
    {
      // No one will come near: "nobody will talk to me".
      p: "(?<h>(?<t>no one|none of them|not one person) (?:{ADV})?(?:will|is going to|are going to|would) (?:ever )?(?:talk to|like|want|love|date|hire|marry|notice|care about|listen to|speak to|invite|sit with|remember|miss|come to|help|trust|forgive|believe|respect) me)",
      target: "self",
      notPrecededBy: /(?:if|whether|worried|afraid|scared|fear|wonder|maybe|hope)(?: that)? $/,
    },
    {
      // "It'll be exactly the same with whatever new friends I make": the past as the future.
      p: "(?<h>(?<t>it|this|things|that) (?:will|is going to) (?:{ADV})?(?:be|end|go) (?:exactly |just )?(?:the same|the same way)) (?:with|again|next|as|every)",
      target: "other",
      notPrecededBy: /(?:if|hope|promise|unless)(?: that)? $/,
    },
    {
      // "It's just a matter of time": the bad outcome taken as already on its way.
      p: "(?<h>(?:it is|it's|that is) (?:just |only |simply )?a matter of time)",
      target: "other",
    },
    {
      // "There's no fixing us now", "by the time they find it it'll be too late".
      p: "(?<h>there is no (?:fixing|saving|coming back from|going back from|repairing) (?:us|this|it|that|our [^ ,]+)|(?:it will|it is going to) (?:already )?be too late)",
      target: "other",
      notPrecededBy: /(?:if|before|hope|worried|afraid|scared|fear|maybe|or)(?: that)? $/,
    },
    {
      p: "(?<t>you|he|she|they|{OTHER}) (?:is|are|'s|was|were) (?:{ADV})?(?:probably |definitely |obviously |already |secretly )*(?<h>planning (?:to leave|on leaving|to dump|to break up|an exit))",
    },
    {
      // Another's next move told as fact: "she's going to fire me", "he'll leave me for her".
      p: "(?<t>he|she|they|{OTHER}) (?:is going to|are going to|will) (?:{ADV})?(?:definitely |probably |surely |soon |eventually )?(?<h>(?:fire|sack|dump|leave|divorce|replace|ditch|cheat on|break up with|kick out|get rid of|let go of) me|let me go)",
      notFollowedBy: /^ (?:a|an|the|some|alone|be|in peace|out of|home|to|first|early|now)(?: |$)/,
      notPrecededBy: WORRY_NAMED,
    },
    {
      // "everyone will remember this forever", "he'll hate me for the rest of my life".
      p: "(?<t>he|she|they|everyone|people|no one|{OTHER}) (?:will|are going to|is going to) (?:{ADV})?(?:always |never )?(?<h>(?:remember|talk about|laugh at|judge|hate|blame|resent|think of|look at|forgive|forget) (?:[^ ,]+ ){0,2}(?:forever|for ever|for years|for the rest of my life|for good))",
      notPrecededBy: WORRY_NAMED,
    },
    {
      // "Guess this is just how it's gonna be for me."
      p: "(?<h>(?:this|that) is (?:just |simply |clearly |obviously )?how (?:it|life|things) (?:is|are) going to be)",
      target: "self",
    },
    {
      // "We'll end up like my parents", "mark my words", "…and you always will be", "…and they never will".
      p: "(?<h>(?<t>we|i|you|he|she|they) (?:will|are going to|am going to|is going to) (?:{ADV})?end up (?:just )?like (?:my|your|our|his|her|their|them|him|her)|mark my words|(?<t2>you|he|she|they|it) (?:always|never) will(?: be| change)?(?= ,|$))",
    },
  ]),
  ...rules("contempt", [
    {
      p: "(?<h>(?:you|it|this|that|your [^ ,]+) (?:{ADV})?(?:disgust|disgusts|sicken|sickens|repulse|repulses|revolt|revolts|nauseate|nauseates) me)",
      target: "partner",
    },
    {
      p: "(?<h>(?:{YOUBE}|you look|you sound|you act like|you are acting like|you are being) {INT}(?:{INSULTN}|pathetic|disgusting|a joke|a disgrace|an embarrassment|laughable|beneath me|a waste of (?:space|oxygen|air|time)|pitiful|a clown|an idiot|a moron|a loser|stupid|dumb|retarded|useless|worthless|a child|a baby|a toddler|a piece of (?:shit|work|garbage)|ridiculous|a dumbass|an animal|trash|garbage|scum|gross|repulsive|unbelievable|full of (?:shit|crap)|delusional|a pig|a slob|such a baby|clueless|the worst|an asshole|a dick|a bitch|a jerk))",
      target: "partner",
      notPrecededBy: /(?:think|thinks|said|says|called|not saying|if|not that)(?: that)? $/,
    },
    {
      p: "(?<h>(?:oh )?poor (?:you|baby|thing|little (?:you|baby|thing))|boo hoo|boohoo|cry me a river|get over yourself|(?<!(?:going to|will|i|we|they|kids|children|he|she|you) )grow up(?! [^ ,]+ing)|grow a pair|get a life|get a grip|(?<!(?:a|no) )big deal|who cares|yeah right|sure you (?:did|do|will|were|are|would|can)|(?:nice|good|great|well) (?:job|going|done|one|work)(?: ,)? (?:genius|einstein|champ|sherlock|hero|smart guy|smart ass)|(?:what a|big|no|such a|real) (?:surprise|shocker)|shocker|(?:colour|color) me (?:shocked|surprised)|typical (?:you|of you)|what is wrong with you|what the hell is wrong with you|what the fuck is wrong with you|are you (?:stupid|dumb|an idiot|insane|deaf|blind|five|a child|even (?:listening|human|capable|able)|that stupid|that dense|that dumb|kidding me)|do you (?:even )?have a brain|use your (?:brain|head)|how hard is it|how hard can it be|is it (?:really )?that hard|even a (?:child|kid|monkey|toddler|dog|five year old) (?:could|can|would)|you call that|(?:i am) (?:so )?(?:embarrassed|ashamed) (?:to be (?:with|seen with) you|of you|by you)|(?:i am) better than (?:you|this)|(?:you are) lucky (?:i|anyone|someone) (?:even )?(?:puts|put|stays|stay|would|bother)|no one else would (?:put up with|want|date|marry|touch|stay with) you|shut up|stfu|shut the (?:fuck|hell) up|sick of (?:you|your face|looking at you|your voice|your shit|your crap)|(?:i|we) (?:can not) stand (?:you|the sight|your)|i hate you|emoji_eyeroll|emoji_unamused|emoji_clown|eye ?roll|eyeroll|pfftt?|pft|lol ok|oh please|give me a break|spare me|do not make me laugh|as if you|learn to (?:read|count|drive|cook)|ashamed of yourself|(?:the )?world revolves around you|your little (?:hobby|job|friends|feelings|games|project|idea|ideas|plan|business|band|drama|tantrum|problems|crisis)|(?:^|, )(?:oh|wow) (?:great|perfect|wonderful|fantastic|lovely|brilliant)(?= ,|$)|(?:nice|great|good) going|(?:^|, )(?:congratulations|congrats|well done|bravo) you (?:managed|really|actually|finally)|(?:^|, )wow(?= ,|$)|i do not know why i (?:even )?bother(?: with you)?|why do i (?:even )?bother(?: with you)|what a joke|what a loser|what an idiot|how pathetic|you wish|ha ha|wow just wow|whatever you say|k thanks|thanks a lot|thanks for nothing|way to go|slow clap|congrat(?:ulation)?s genius|are you proud of yourself|happy now|you must be so proud|hope you are happy|(?:ugh|eww|ew)(?: ,)? you)",
      target: "partner",
      negatable: false,
      notFollowedBy:
        /^ (?:for you|about you|for us|about it|of you to|you did|of you for|to hear|that you|we|i am|i was)/,
    },
    {
      p: "(?<h>(?:^|, )whatever)$",
      target: "partner",
      negatable: false,
    },
    {
      p: "(?<h>you (?:{INT})?(?:{INSULTN})s?)(?= |$)",
      target: "partner",
      notFollowedBy: /^ (?:are|is|was|were|will|have|had|for|i|to)/,
    },
    {
      // Sarcastic titles: "nice work, big shot", "Congrats on the debt, financial genius".
      p: "(?:^|, )(?<h>(?:(?:our|my|you|real|financial|absolute|total|little|resident) (?:wonderful |brilliant |great )?(?:genius|einstein|wizard|financial wizard|mastermind|expert)|(?:you |real )?(?:big shot|hotshot|sherlock)|want a (?:medal|gold star|trophy|round of applause)|(?:oscar|award)-?worthy|(?:oscar|award) worthy|what a (?:great |brilliant |good )?(?:actor|actress)(?: you are)?|pathetic))(?= ,|$)|(?<h2>(?:mr|miss|mrs) [^ ,]+ (?:himself|herself))",
      triggers: [
        "genius",
        "einstein",
        "shot",
        "hotshot",
        "wizard",
        "sherlock",
        "mastermind",
        "expert",
        "himself",
        "herself",
        "medal",
        "star",
        "trophy",
        "applause",
        "oscar",
        "award",
        "oscar-worthy",
        "award-worthy",
        "worthy",
        "actor",
        "actress",
        "pathetic",
      ],
      target: "partner",
      negatable: false,
      hedgeable: false,
    },
    {
      // "is sulking your new hobby?"
      p: "(?<h>is (?:sulking|lying|cheating|nagging|whining|moaning|complaining|ignoring me|snooping|drinking|gambling|crying|yelling|shouting|flirting|hiding things) (?:your|ur) (?:new )?(?:hobby|thing now|personality|job now))",
      notInQuestion: false,
      target: "partner",
      negatable: false,
    },
    {
      // Sarcasm aimed at the partner: "hope ur proud", "look who finally remembered he has a family",
      // "nice of you to grace us with your presence, your highness", "thanks for ruining my birthday",
      // "congrats on finally noticing the laundry exists", "do you want a medal?".
      p: "(?<h>(?:i )?hope (?:you are|ur) (?:proud|happy|satisfied)(?: now| of yourself)?(?= ,|$)|(?:oh )?look who (?:is |has )?(?:finally [^ ,]+|decided to|remembered|bothered|deigned)|(?:nice|good|kind|big) of you to (?:finally |actually )?(?:grace|bother|show up|join|notice|remember|turn up|let me know)|your (?:royal )?(?:highness|majesty)|thanks (?:a lot |so much )?for (?:ruining|wrecking|destroying|embarrassing|humiliating|ignoring|forgetting)|(?:congratulations|congrats|well done|thanks|thank you) (?:on|for) (?:finally|actually) [^ ,]+|(?:do you want|you want|should i (?:throw|give you|get you)) (?:a )?(?:round of applause|parade|medal|trophy|gold star|award))",
      target: "partner",
      negatable: false,
    },
  ]),
  ...rules("ultimatum", [
    {
      p: "(?<h>if (?:(?<t>you|he|she|they)|(?:this|it|that) happens again|nothing changes) {G12}(?:,? )?(?:then )?(?:i am|i will|we are|we will|it is|it's|this is|i swear i will|i swear|i am going to|we are going to|i will be|you can|you will|he can|she can) (?:{ADV})?(?:so |really |fucking |totally |officially )?(?:leave|leaving|gone|done|through|over|finished|out|break up|breaking up|divorce|divorcing|end (?:it|this|things|us|the relationship|our)|ending|move out|moving out|kick you out|call it quits|walk(?: away| out)?|walking (?:away|out)|never (?:speak|talk|see|forgive)|take the kids|taking the kids|calling (?:a|my) (?:lawyer|solicitor)|call (?:a|my) (?:lawyer|solicitor)|change the locks|changing the locks|tell everyone|find someone else|pack|packing|filing|blocking|file for|apply for (?:full )?custody|find somewhere|the end|goodbye|over between|done with (?:you|us|this)|get out|forget about (?:me|us)|consider (?:us|this) over|lose me|say goodbye|be sorry|regret))",
      target: "partner",
    },
    {
      p: "(?<h>(?:or else|or otherwise|otherwise|or) (?:i am|i will|we are|it is|it's|this is|i swear|i am going to|we are going to|you will|you can|i) (?:{ADV})?(?:so |really |officially |totally )?(?:leave|leaving|gone|done|through|over|finished|out|break up|breaking up|divorce|divorcing|end (?:it|this|things|us)|ending|moving out|move out|kick you out|call it quits|walk(?:ing)? (?:away|out)|never (?:speak|talk|see|forgive)|take the kids|taking the kids|tell everyone|find someone else|pack|file|goodbye|the end|lose me|be sorry|regret|done with (?:you|us|this)|walk|change the locks|changing the locks))",
      target: "partner",
    },
    {
      p: "(?<h>or else(?: (?:i|you|we|something))?)(?: ,|$)",
      target: "partner",
    },
    {
      p: "(?<h>(?:(?:this is|it is|that is|this was|consider this) )?(?:your|the) (?:very )?(?:last|final) (?:chance|warning|straw|time i|time (?:you|i)|opportunity)|(?:last|final) (?:chance|warning)|one more (?:time|chance|lie|strike|mistake|slip|excuse)(?: and| ,|$)|(?:you have|you got|you get) (?:until|till|24 hours|48 hours|one (?:week|day|month)|a (?:week|day|month)|three days|two (?:days|weeks)) (?:to|or|before)|(?:do not) (?:bother|even think about) coming (?:home|back)|pack your (?:bags|things|stuff|shit)|(?:you will) (?:regret (?:this|it)|be sorry)|(?:you will) never see (?:me|the kids|us|your kids|them)(?: again)?|(?:you will) lose me|(?:i am) out of here|i want a divorce|(?:i am) (?:filing for|getting) (?:a )?divorce|i want you (?:out|gone)|get out of my (?:house|life|flat|apartment)|(?:i am) (?:so )?done(?: with (?:you|us|this|this relationship|it all|everything))?(?= ,|$)|we are (?:so )?(?:done|over|finished|through)(?= ,|$| if)|it is over(?: between us)?(?= ,|$)|(?:i am) (?:out|gone|leaving you|leaving)(?= ,|$)|i (?:will) leave you|i will (?:leave|walk)(?= ,|$)|it is (?:me|them|him|her|this) or (?:me|them|him|her|your|the))",
      target: "partner",
      negatable: false,
      notPrecededBy:
        /(?:not|never|would never|will never|do not want|do not give|not going to|not giving|is not|was not|if|before|until|when|afraid|scared|worried|feel like|felt like|work is|dinner is|nearly|almost|the movie is|day is)(?: that| you| i)? $/,
      notFollowedBy:
        /^ (?:with (?:work|the|my|dinner|cooking|cleaning|it for|that for|today|tonight)|for (?:the|today|tonight|now)|soon|in (?:\d|a|an|five|ten|ten)|at|early|around|by|with my)/,
    },
    {
      // "next lie and you're sleeping at your mum's", "keep ignoring me and I'll be gone".
      p: "(?<h>(?:(?:the )?next (?:lie|secret|time you lie|excuse|slip) |keep (?:ignoring|lying to|lying|hiding|cheating|texting|seeing) (?:[^ ,]+ ){0,2}|(?:lie|lie to me|cheat|cheat on me|do that|do this|hide something|text (?:her|him)|see (?:her|him)|talk to (?:her|him)) (?:again|one more time|once more) )(?:, )?and (?:then )?(?:you are|you will be|i am|i will be|i will|we are|ur) (?:{ADV})?(?:gone|leaving|done|out|over|finished|through|sleeping (?:at|on|in)|moving out|packing|calling|telling|taking the kids|changing the locks|filing))",
      target: "partner",
      negatable: false,
    },
    {
      // "Either you give me your passwords tonight or I'm packing a bag", "…, I'm calling a lawyer".
      p: "(?<h>(?:or|otherwise|or else|, then|,) (?:i am|i will|i am going to) (?:{ADV})?(?:packing (?:a bag|my bags|my things|your bags|your things)|calling (?:a|my) (?:lawyer|solicitor|divorce lawyer)|changing the locks|taking the kids|filing for divorce|kicking you out|throwing you out|moving out|leaving (?:you|for good)|telling (?:everyone|your (?:mum|mom|mother|dad|father|parents|wife|husband|boss|family|kids|friends|sister|brother))))",
      target: "partner",
      negatable: false,
    },
    {
      // "…or you can go sleep at your mum's": the door shown.
      p: "(?<h>(?:or|otherwise|or else) (?:you can|you could|you will|ur|he can|she can) (?:just )?(?:go (?:sleep|live|stay|back)|sleep (?:at|on|in)|pack (?:your|ur)|get out|leave|move out|find somewhere))",
      target: "partner",
      negatable: false,
    },
    {
      // "if ur not home by 10 dont bother", "…don't expect me to be here when you get back",
      // "the second you do, I'm packing", "either we move or this marriage is over".
      p: "(?<h>if (?<t>you|ur) {G8}(?:, )?(?:then )?do not (?:even )?bother(?: coming (?:home|back))?(?= ,|$)|do not expect me to (?:be (?:here|there|around|waiting)|stay|wait|come back|still be here)|the (?:second|minute|moment) you (?:[^ ,]+ ){0,3}(?:, )?(?:i am|i will|we are) (?:{ADV})?(?:packing|gone|leaving|done|out|finished|through)|(?:either|if not) {G10}or (?:this|the|our) (?:marriage|relationship|engagement) (?:is|will be) (?:over|done|finished)|or (?:i am|i will) (?:going|moving|leaving) (?:to [^ ,]+ (?:[^ ,]+ )?)?with the kids)",
      target: "partner",
      negatable: false,
    },
  ]),
];
