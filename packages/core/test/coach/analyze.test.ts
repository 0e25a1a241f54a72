import { describe, expect, it } from "vitest";
import { analyzeMessage, type CoachKind, type CoachTarget } from "../../src/coach/index.ts";

function kinds(text: string): CoachKind[] {
  return analyzeMessage(text).kinds;
}

function flagOf(text: string, kind: CoachKind) {
  return analyzeMessage(text).flags.find((flag) => flag.kind === kind);
}

describe("analyzeMessage: each kind, with tricky negatives", () => {
  const cases: [CoachKind, string[], string[]][] = [
    [
      "blame",
      [
        "it’s all your fault",
        "you made me so angry",
        "because of you I can't sleep",
        "it's my fault he left",
      ],
      ["it's not your fault", "I don't blame you", "you made me laugh so hard", "I'm happier because of you"],
    ],
    [
      "overgeneralizing",
      [
        "you never listen",
        "ur always on ur phone",
        "every time we plan something you bail",
        "I always mess up",
      ],
      [
        "you don't always listen",
        "you almost never forget",
        "you always make me laugh",
        "I never meant to hurt you",
      ],
    ],
    [
      "all-or-nothing",
      ["nothing I do is ever good enough", "it has to be perfect", "either you love me or you don't"],
      ["nothing is wrong, I promise", "you're perfect to me", "either Friday or Saturday works"],
    ],
    [
      "mind-reading",
      ["you don't care about me", "he probably thinks I'm stupid", "you did that on purpose"],
      ["I know you care", "do you want to go out?", "I wonder if you're tired"],
    ],
    [
      "labeling",
      ["you're so selfish", "I'm such an idiot", "he's a narcissist", "I'm not good enough"],
      ["you're not an idiot", "I'm tired", "he said I was a loser", "I don't think you're selfish"],
    ],
    [
      "catastrophizing",
      ["my life is over", "I can't take this anymore", "this is a total disaster"],
      ["the worst part was the traffic", "I can't make it tonight", "it wasn't a disaster"],
    ],
    [
      "should",
      ["you should have called", "I shouldn’t feel this way", "you're supposed to be on my side"],
      ["should we get pizza?", "maybe we should talk", "I should be home by 6"],
    ],
    [
      "fortune-telling",
      ["this is never going to work", "he's going to leave me", "no one will ever love me"],
      ["I'll never stop loving you", "I won't lie to you again", "it will be fine"],
    ],
    [
      "contempt",
      ["oh poor you", "what is wrong with you", "whatever 🙄"],
      ["I'm sorry you had a hard day", "what's wrong? are you ok"],
    ],
    [
      "ultimatum",
      ["if you lie again I'm leaving", "this is your last chance", "one more time and we're done"],
      ["I'm not going anywhere", "I'd never leave you", "I'm done with work, coming home"],
    ],
  ];
  for (const [kind, positives, negatives] of cases) {
    for (const text of positives) it(`flags ${kind}: ${text}`, () => expect(kinds(text)).toContain(kind));
    for (const text of negatives)
      it(`does not flag ${kind}: ${text}`, () => expect(kinds(text)).not.toContain(kind));
  }
});

describe("analyzeMessage: thinking traps as people write them down", () => {
  // Shapes of thought that the first patterns missed (data/coach/thoughts.jsonl), each with a
  // near miss that must stay quiet.
  const cases: [CoachKind, string, string][] = [
    ["all-or-nothing", "Either I get this job or my life is pointless.", "Either tea or coffee is fine."],
    [
      "all-or-nothing",
      "One bad review means my book is a flop.",
      "One thing that means a lot to me is your honesty.",
    ],
    [
      "all-or-nothing",
      "If I'm not the top of my class, I've failed.",
      "If I'm not home by six, start without me.",
    ],
    [
      "overgeneralizing",
      "Whenever I try to make friends, people lose interest.",
      "Whenever I'm stressed I go for a run.",
    ],
    ["overgeneralizing", "Men can't be trusted.", "This ladder can't be trusted to hold two people."],
    ["mind-reading", "They only invite me out of pity.", "I stayed late out of habit."],
    ["mind-reading", "She didn't reply, she must be furious.", "She must be so proud of you."],
    ["mind-reading", "Everyone at the party was staring at me.", "They were looking at the fireworks."],
    ["contempt", "pffft, like you would know", "Like you, I would want to know."],
    ["contempt", "Congrats on the new credit card debt, financial genius.", "Genius!"],
    ["contempt", "oh poor me. want a medal?", "Want a cookie?"],
    ["contempt", "What a great actor you are. Oscar-worthy tears, really.", "What a great show!"],
    ["contempt", "or is sulking ur new hobby?", "Is knitting your new hobby? Show me!"],
    [
      "ultimatum",
      "next lie and you're sleeping at your mums for good",
      "Next time you're at your mum's, say hi.",
    ],
    [
      "ultimatum",
      "keep ignoring me and ill be gone before u notice",
      "Keep going and you'll be done by six.",
    ],
    [
      "ultimatum",
      "Either you give me your passwords tonight or I'm packing a bag.",
      "I'm packing a bag for the trip.",
    ],
    [
      "ultimatum",
      "If I find one more hidden app on your phone, I'm calling a lawyer.",
      "I'm calling a plumber tomorrow.",
    ],
    [
      "ultimatum",
      "if she keeps lying to me about money I'm filing, simple as that",
      "She's filing the tax return tonight.",
    ],
    ["ultimatum", "if this happens again I'm moving out", "If this happens again, let's call the landlord."],
    ["ultimatum", "He's all in or he can leave.", "He can leave the keys under the mat."],
    [
      "contempt",
      "You cleaned one plate. Do you want a round of applause?",
      "Do you want a round of golf on Sunday?",
    ],
    [
      "catastrophizing",
      "This is the worst thing that could have happened to us.",
      "Worst case, the shop is shut and we get pizza instead.",
    ],
    [
      "catastrophizing",
      "Losing this job would be the worst thing ever.",
      "The worst that could happen is she says no, and I'd live.",
    ],
    ["mind-reading", "He's lost interest in me, I can tell.", "He's lost his keys again."],
    ["catastrophizing", "This rash has to be skin cancer.", "This rash has to be seen by a nurse."],
    ["should", "I have to get top marks in every exam.", "I have to get milk on the way home."],
    ["fortune-telling", "No one is ever going to love me.", "No one is going to the match today."],
    [
      "fortune-telling",
      "It's always going to be like this.",
      "It's going to be like this tomorrow too, sunny.",
    ],
    [
      "ultimatum",
      "If nothing changes by summer, I'm moving out.",
      "If nothing changes by summer, we can review the budget.",
    ],
    ["ultimatum", "If you take that job, I will apply for full custody.", "I will apply for the job in May."],
    ["blame", "His drinking is why I shout.", "The rain is why I took the bus."],
    ["blame", "I hold my mother responsible for all of it.", "I hold my mother close when she cries."],
    [
      "mind-reading",
      "They'll all be staring at me the whole evening.",
      "They'll all be at the lake the whole evening.",
    ],
    ["should", "I have to keep everyone happy at work.", "I have to keep the receipts for tax."],
    [
      "fortune-telling",
      "Today is going to be a disaster, I can feel it.",
      "Today is going to be warm and sunny.",
    ],
    ["fortune-telling", "He's going to end it before summer.", "He's going to end the call now."],
    ["catastrophizing", "I'm convinced this is cancer.", "This is the cancer ward, turn left."],
    [
      "overgeneralizing",
      "You never help with the kids.",
      "I had never worked in such a big kitchen before, so it was new.",
    ],
    [
      "labeling",
      "Forgot the client's name in the meeting. Such an idiot.",
      "What a joke, the bus never came.",
    ],
    [
      "overgeneralizing",
      "Everyone at uni has their life together except me.",
      "Everyone came to the party except me, I was ill.",
    ],
    [
      "fortune-telling",
      "he's going to do it again, it's just a matter of time",
      "It's not a matter of money.",
    ],
    ["fortune-telling", "theres no fixing us now", "There's no fixing the old radio, so I recycled it."],
    [
      "mind-reading",
      "They only offered because they feel they have to.",
      "They only offered because they had a spare room.",
    ],
    ["mind-reading", "ur not sorry, ur sorry u got caught", "I'm sorry you got caught in the rain."],
    ["mind-reading", "they'd secretly be relieved if I said no", "I'd be relieved if the exam went well."],
    [
      "mind-reading",
      "Clearly I'm boring, people can tell straight away.",
      "People can tell the twins apart straight away.",
    ],
    [
      "all-or-nothing",
      "if you lied about the phone then everything you ever told me was a lie",
      "Everything you told me about the trip was lovely.",
    ],
    ["overgeneralizing", "I always get it wrong.", "I always get anxious before exams, so I made tea."],
    ["overgeneralizing", "You never tell me anything.", "I've never had a procedure before."],
    [
      "mind-reading",
      "she doesn't want me anymore",
      "She's still upset and some days she doesn't want to talk.",
    ],
    ["all-or-nothing", "you did nothing to help", "He did nothing wrong and I hurt us both."],
    ["all-or-nothing", "my whole life is a mess", "if you leave me my whole life is over"],
    ["blame", "I feel responsible for his drinking", "I'm responsible for the budget at work."],
    ["blame", "I caused all of this", "I caused a stir at the meeting with my joke."],
    ["blame", "if I was a better daughter she wouldn't be sick", "If I was taller I would play basketball."],
    ["blame", "everything that went wrong is on me", "Dinner is on me tonight."],
    ["mind-reading", "he must hate me", "He must have missed the train."],
    ["should", "I must finish this tonight", "He must hate me."],
    ["overgeneralizing", "you are late all the time", "I just feel numb and tired all the time."],
    ["overgeneralizing", "I always let people down.", "Afterwards I always feel bad."],
    [
      "catastrophizing",
      "I can't take this anymore",
      "I felt like I couldn't breathe, my hands were tingling.",
    ],
    ["all-or-nothing", "everything is ruined", "literally everything bad is cos of him"],
    [
      "ultimatum",
      "give me your password tonight or you can go sleep at your mum's",
      "You can have tea or you can go to bed.",
    ],
    [
      "mind-reading",
      "They were all talking about me at dinner.",
      "They were talking about me at dinner and said lovely things.",
    ],
    [
      "catastrophizing",
      "This cough is going to turn into something terrible.",
      "The caterpillar will turn into a butterfly.",
    ],
    ["catastrophizing", "If he leaves I won't be able to go on.", "I won't be able to go on Friday."],
    ["should", "I need everyone to approve of my decisions.", "I need everyone to bring a dish."],
    ["should", "I have to be the perfect host.", "I should call the dentist tomorrow."],
    ["fortune-telling", "Nobody is going to come to my party.", "Nobody is going to mind if we leave early."],
    [
      "fortune-telling",
      "My boss frowned, so I'm definitely getting fired.",
      "I'm getting a haircut on Monday.",
    ],
    ["blame", "My parents messed me up for life.", "I messed up the recipe, so we ordered pizza."],
    [
      "blame",
      "If I had tried harder, my dad would still be alive.",
      "If I had known, I would have come sooner.",
    ],
    ["labeling", "I got a B, so I'm stupid.", "I got a B, so I'm pleased."],
    [
      "all-or-nothing",
      "anything less than an A means im basically failing",
      "Anything less than an hour is fine for the drive.",
    ],
    ["all-or-nothing", "ate one cookie so my diet is ruined", "I ate one cookie so I'm not hungry now."],
    [
      "all-or-nothing",
      "gained 2 pounds so all my progress is gone",
      "All my progress is saved on the laptop.",
    ],
    ["all-or-nothing", "my sister wrecked the whole thing", "We painted the whole thing blue."],
    ["overgeneralizing", "i mess up every test i ever take", "Every book I ever lent her came back."],
    [
      "mind-reading",
      "everyone at the meeting could tell i had no idea",
      "I could tell you were tired, so I made dinner.",
    ],
    ["mind-reading", "my family secretly resents having to look after me", "We secretly planned her party."],
    ["blame", "its my coach's fault we lost", "It's nobody's fault, the train was late."],
    [
      "blame",
      "the kids are fighting again and it's bc i'm a useless dad",
      "It's on me tonight, put your wallet away.",
    ],
    [
      "catastrophizing",
      "if i dont get this promotion everything falls apart",
      "The cake fell apart when I cut it.",
    ],
    ["catastrophizing", "I pushed her away and now I've lost her for good", "I lost my keys again."],
    [
      "catastrophizing",
      "I'll definitely be fired and never work again",
      "I'll finish this and never mention it again.",
    ],
    ["should", "i'm meant to be able to cook one simple meal", "We're meant to be there at six."],
    [
      "should",
      "ur supposed to reply when ur gf messages u",
      "I think the parcel is supposed to arrive today.",
    ],
    [
      "should",
      "i have to get everything on my list done today or i'm useless",
      "I have to leave now or I'll miss the bus.",
    ],
    ["should", "I have to be the perfect host.", "i should pick up milk on the way home"],
    ["fortune-telling", "boss wants to see me, im getting fired", "My friend is getting married."],
    ["fortune-telling", "the biopsy will come back bad", "She will come back from Spain on Monday."],
    ["fortune-telling", "nobody will talk to me at the party", "Nobody will mind if we leave early."],
    ["fortune-telling", "ill never lose the weight", "She was ill, never mind the mess."],
    ["fortune-telling", "everyones gonna stare at me", "Everyone's going to the beach tomorrow."],
    ["fortune-telling", "if i tell them theyll disown me", "They will pick me up at noon."],
    [
      "mind-reading",
      "everyone in my class thinks i look stupid now",
      "Everyone in my class thinks the trip is a good idea.",
    ],
    [
      "mind-reading",
      "I know they all think I'm some clueless kid.",
      "I know they all think about the exam a lot.",
    ],
    [
      "mind-reading",
      "my manager was probably just being nice",
      "She was just being nice to the new kid, which I loved.",
    ],
    [
      "all-or-nothing",
      "either your sobriety is perfect or it's not",
      "Either your sister or your mum can drive us.",
    ],
    [
      "all-or-nothing",
      "now the whole 14 months doesn't count for anything",
      "It doesn't matter at all, we can go tomorrow.",
    ],
    ["overgeneralizing", "this is what always happens to me", "This is what I always order here."],
    ["overgeneralizing", "every guy i like just disappears", "Every guy I dated in college was kind."],
    [
      "fortune-telling",
      "it'll be exactly the same with whatever new friends I make",
      "It'll be the same time next week, see you then.",
    ],
    [
      "overgeneralizing",
      "My mum always criticises my cooking.",
      "My husband's family always hosts Thanksgiving.",
    ],
    ["overgeneralizing", "I always mess things up.", "I don't want to live like this forever."],
    [
      "overgeneralizing",
      "nobody has time for old people anymore",
      "Nobody has time for a chat, it's so busy today.",
    ],
    ["all-or-nothing", "missed the gym so the whole week is a write off", "The whole week was sunny."],
    [
      "all-or-nothing",
      "I yelled at them today, so I've failed as a parent.",
      "I've failed my driving test, I'll book another.",
    ],
    // Rounds 7, 11 and 12 (2026-11-27, third session).
    ["contempt", "oh well done, genius, another 'investment'", "Well done, I'm proud of you."],
    ["contempt", "nice job, genius", "Congrats, you really earned it!"],
    ["blame", "i know it is me who killed him", "It is me who has to decide."],
    ["blame", "Honestly, this whole mess is on him.", "This whole evening is on me, my treat."],
    ["blame", "It was him who started it.", "It was him who picked me up."],
    [
      "all-or-nothing",
      "Had two beers, so I'm back at zero and the 7 months mean nothing.",
      "Those words meant nothing to me at the time.",
    ],
    ["should", "A real teacher never gets annoyed.", "A real teacher came to talk to the class."],
    ["should", "I must be patient with every student.", "Thanks for being patient with me."],
    ["catastrophizing", "I yelled, I've damaged them for life.", "I damaged the car, I'll get it fixed."],
    [
      "mind-reading",
      "She's quiet tonight, she's regretting marrying me.",
      "She told me she regrets marrying me.",
    ],
    ["fortune-telling", "She gave me a look, she's going to fire me.", "She's going to pick me up at six."],
    ["fortune-telling", "Everyone will remember this forever.", "I'll remember this trip forever."],
    ["ultimatum", "lie to me again and I'm taking the kids", "Call me again and I'll pick you up."],
    // Round 13 (blind, clinician-style thought records).
    [
      "all-or-nothing",
      "Got a B on the essay. Might as well have failed.",
      "Might as well have lunch while we wait.",
    ],
    ["all-or-nothing", "I ate a biscuit so the diet's blown.", "I ate a biscuit so I'm not hungry now."],
    [
      "all-or-nothing",
      "One argument and the whole relationship's been a lie.",
      "The whole time has been a joy.",
    ],
    [
      "overgeneralizing",
      "This happens with literally everything I try.",
      "This happens with every update, it needs a restart.",
    ],
    ["overgeneralizing", "Everything I own falls apart.", "Everything I own fits in one bag."],
    ["overgeneralizing", "I'm useless. Always have been.", "I get nervous before exams, always have."],
    [
      "mind-reading",
      "She's already decided I'm the problem.",
      "She told me she has decided I'm the right fit.",
    ],
    ["mind-reading", "Pretty obvious what she thinks of me.", "It's obvious what we should do next."],
    [
      "mind-reading",
      "They didn't invite me because they think I'd embarrass them.",
      "I went along because they think I should see it.",
    ],
    [
      "labeling",
      "Forgot his PE kit. I'm a shambles of a parent.",
      "The kitchen is a shambles after the party.",
    ],
    ["blame", "Honestly, she sank the project.", "The boat sank in the storm."],
    ["blame", "Every problem they have now is down to her.", "It's down to you where we eat tonight."],
    ["blame", "Its all that receptionists fault.", "The receptionists were very kind."],
    ["blame", "My wife should have reminded me. That one's on her.", "That one's on me, I'll pay."],
    ["should", "A nurse should never forget a patient's name.", "A nurse will call you tomorrow."],
    [
      "should",
      "Teachers are supposed to notice when a kid is struggling.",
      "Teachers are on strike on Monday.",
    ],
    [
      "fortune-telling",
      "Guess this is just how it's gonna be for me.",
      "This is how it works: press and hold.",
    ],
    ["catastrophizing", "I'm getting fired and we'll lose the flat.", "We'll look at the flat on Monday."],
    // Round 14 (blind, partners' messages).
    [
      "contempt",
      "the kids are crying bc of YOU. hope ur proud",
      "I hope you're proud of the garden, it looks great.",
    ],
    ["contempt", "Oh look who finally remembered he has a family", "Look who came to visit: your aunt!"],
    [
      "contempt",
      "Nice of you to grace us with your presence, your highness",
      "Nice of you to drive me, thank you.",
    ],
    ["contempt", "Thanks for ruining my birthday. Really.", "Thanks for cooking tonight."],
    ["contempt", "wow congrats on finally noticing the laundry exists", "Congrats on the new job!"],
    ["contempt", "you need to grow up", "The kids are going to grow up so fast."],
    [
      "ultimatum",
      "if ur not home by 10 dont bother. im serious",
      "If you're not home by 10, don't bother cooking, I'll eat.",
    ],
    ["ultimatum", "Don't expect me to be here when you get back.", "Expect me to be here at noon."],
    ["ultimatum", "Just know that the second you do, I'm packing.", "The second you land, text me."],
    [
      "ultimatum",
      "So either we move away from your parents or this marriage is over.",
      "Either we move in May or June.",
    ],
    [
      "ultimatum",
      "if u dont sign up for the counselling by friday im calling a lawyer",
      "If you can't, I'll call the plumber.",
    ],
    [
      "ultimatum",
      "either u tell ur mother or im going to my sisters with the kids",
      "I'm going to my sister's with the kids on Sunday.",
    ],
    [
      "ultimatum",
      "Tell me by tonight or I'm telling your parents everything",
      "Tell me tonight or tomorrow, either is fine.",
    ],
    ["blame", "You made me check your phone.", "You made me laugh so hard."],
    ["should", "A grown man should stand up to his mother.", "A grown man came to fix the fence."],
    ["should", "A good father shows up to the recital.", "A good friend of mine showed me the way."],
    [
      "should",
      "Family isn't supposed to borrow money from each other.",
      "The family is supposed to arrive at six.",
    ],
    [
      "mind-reading",
      "if you loved me you'd have quit already",
      "If you loved the film, you'd like the book.",
    ],
    ["mind-reading", "I'm a burden. That's all I am to you.", "That's all I have to say."],
    [
      "mind-reading",
      "You wanted me to find those messages.",
      "You wanted me to find a restaurant, here's one.",
    ],
    ["mind-reading", "you only apologised so I'd stop crying", "I only called so I'd know you got home."],
    [
      "overgeneralizing",
      "Every conversation with you turns into a war.",
      "This conversation turned into a good talk.",
    ],
    [
      "overgeneralizing",
      "It happens EVERY time we're about to have a good week.",
      "It happens once a year, in spring.",
    ],
    [
      "overgeneralizing",
      "ok 'sorry' heard that one a hundred times",
      "I've heard good things about that place.",
    ],
    [
      "fortune-telling",
      "We'll end up like my parents, bitter and screaming.",
      "We'll end up at my parents' for lunch.",
    ],
    ["fortune-telling", "Mark my words, you'll be back on those apps.", "Mark the words you don't know."],
    ["fortune-telling", "Your family has never accepted me and they never will", "They will, I asked them."],
    [
      "fortune-telling",
      "I'm ruined. Nobody will ever trust me again.",
      "Nobody will be home, so take a key.",
    ],
    [
      "all-or-nothing",
      "I yelled once today and that cancels out everything good I've ever done",
      "The rain cancels out the picnic.",
    ],
    ["all-or-nothing", "Either you're all in or you're out.", "Are you all in the car?"],
  ];
  for (const [kind, positive, negative] of cases) {
    it(`flags ${kind}: ${positive}`, () => expect(kinds(positive)).toContain(kind));
    it(`does not flag ${kind}: ${negative}`, () => expect(kinds(negative)).not.toContain(kind));
  }
});

describe("targets", () => {
  const cases: [string, CoachKind, CoachTarget][] = [
    ["you never listen", "overgeneralizing", "partner"],
    ["I'm always late", "overgeneralizing", "self"],
    ["you're a liar", "labeling", "partner"],
    ["I'm a failure", "labeling", "self"],
    ["my boss is a jerk", "labeling", "other"],
    ["it's my fault", "blame", "self"],
  ];
  for (const [text, kind, target] of cases) {
    it(`${text} → ${target}`, () => expect(flagOf(text, kind)?.target).toBe(target));
  }

  it("explains self-directed thoughts with self-compassion", () => {
    const self = flagOf("I'm always late", "overgeneralizing");
    const partner = flagOf("you're always late", "overgeneralizing");
    expect(self?.explanationKey).toBe("coach.overgeneralizing.explanation.self");
    expect(partner?.explanationKey).toBe("coach.overgeneralizing.explanation");
    expect(self?.explanation).not.toBe(partner?.explanation);
  });
});

describe("offsets, quotes and writing styles", () => {
  it("points at the flagged words in the original text", () => {
    const text = "Honestly… you never listen to me 🙄";
    const flag = flagOf(text, "overgeneralizing");
    expect(flag && text.slice(flag.start, flag.end)).toBe("you never");
  });

  it("keeps UTF-16 offsets after emoji and accented letters", () => {
    const text = "😀 Zoë says hi. Also you’re such an idiot";
    const flag = flagOf(text, "labeling");
    expect(flag && text.slice(flag.start, flag.end)).toMatch(/idiot$/);
  });

  it('reads "your" typed for "you\'re" only where a possessive cannot stand', () => {
    expect(kinds("your a liar and everyone knows it")).toContain("labeling");
    expect(kinds("sorry but your the reason I cant sleep")).toContain("blame");
    expect(kinds("your such an idiot")).toContain("labeling");
    expect(kinds("honestly your pathetic")).toContain("contempt");
    expect(kinds("Your sister called, your jacket is on the chair.")).toEqual([]);
  });

  it("reads curly apostrophes, texting and missing apostrophes", () => {
    expect(kinds("you don’t care about me")).toContain("mind-reading");
    expect(kinds("u dont care about me")).toContain("mind-reading");
    expect(kinds("its ur fault")).toContain("blame");
    expect(kinds("YOU NEVER LISTEN")).toContain("overgeneralizing");
    expect(kinds("thx for ruining my birthday")).toContain("contempt");
  });

  it("does not hold the writer to words they quote", () => {
    expect(kinds('He said "you never listen" and I want to talk about it')).toEqual([]);
    expect(kinds("My sister told me I'm selfish and it hurt")).not.toContain("labeling");
    expect(kinds('I thought about what you said and "you never listen" stung')).toEqual([]);
  });

  it("reads a quoted thought as the thought it is", () => {
    expect(kinds('I keep thinking "I am such a failure"')).toContain("labeling");
    expect(kinds("I told myself 'nobody ever wants me around'")).toContain("overgeneralizing");
    expect(kinds('Client reports the thought "Nobody ever wants me around."')).toContain("overgeneralizing");
    // A clinician's note: the colon ends a sentence, and the quote after it is the client's.
    expect(kinds('Pt stated: "I\'m unlovable. Everyone leaves."')).toContain("labeling");
    expect(kinds('He texted: "you never listen"')).toEqual([]);
  });

  it("respects hedges", () => {
    expect(kinds("I don't think you always do this")).toEqual([]);
    // A hedge is the writer's; "because" ends the reach of a "not" before it.
    expect(kinds("you didnt say anything because you never tell me anything")).toContain("overgeneralizing");
    expect(kinds("You did not call because you never plan ahead.")).toContain("overgeneralizing");
    expect(kinds("It's not because you always forget.")).toEqual([]);
    expect(kinds("you're not always on time")).not.toContain("overgeneralizing");
  });

  it("filters kinds on request", () => {
    const result = analyzeMessage("you never listen, you idiot", { kinds: ["contempt"] });
    expect(result.kinds).toEqual(["contempt"]);
  });

  it("handles empty and whitespace-only input", () => {
    expect(analyzeMessage("")).toEqual({ kinds: [], flags: [] });
    expect(analyzeMessage("   \n\t ")).toEqual({ kinds: [], flags: [] });
  });

  it("shares of fault, rankings and groups are no traps", () => {
    expect(kinds("The project was late, it was partly my fault, I said sorry.")).not.toContain("blame");
    expect(kinds("it's the worst week I've had in years")).not.toContain("catastrophizing");
    expect(kinds("is there hope for people like me?")).not.toContain("mind-reading");
    expect(kinds("A good mother never yells.")).not.toContain("overgeneralizing");
    expect(kinds("We argued again. Some of it's my fault, I snapped first.")).not.toContain("blame");
    expect(kinds("I should flag it to the charge nurse first thing so it can be checked.")).toEqual([]);
    expect(kinds("Good people don't feel this way.")).not.toContain("mind-reading");
    expect(kinds("That one was my fault, sorry. I forgot the plumber.")).toEqual([]);
    expect(kinds("I never thanked you properly for sitting with me at the hospital.")).toEqual([]);
    expect(kinds("It's not a big deal to you")).not.toContain("contempt");
  });

  it("stays quiet on kind, specific I-statements", () => {
    const text =
      "When you didn't text back last night I felt worried. Could you send a quick message if you're running late?";
    expect(kinds(text)).toEqual([]);
  });
});
