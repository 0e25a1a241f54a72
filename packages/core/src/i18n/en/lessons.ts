/** The lessons, written by the Mend team. Paragraphs are separated by blank lines. */
export const lessons = {
  "lesson.what-trust-issues-are.title": "What trust issues are",
  "lesson.what-trust-issues-are.summary": "Mistrust is a protective habit, not a character flaw.",
  "lesson.what-trust-issues-are.body":
    "Trust is the quiet expectation that someone will act with your good in mind, even when you cannot see them. When that expectation is shaken, the mind starts to guard you: it scans for danger, asks for proof and prepares for the worst.\n\nThat guarding is what people call trust issues. It can show in what you do (checking, questioning), what you feel (insecurity, fear of being left), how you think (worst-case readings, 'too good to be true') and what your gut tells you (a sense that something is off).\n\nNone of this means something is wrong with you. It means a part of you learned that letting your guard down was risky. The work is not to switch that part off, but to help it see the present more clearly.\n\nSometimes the guard is right: if you are afraid of your partner, or feel controlled or watched, that is not a trust issue to fix in yourself. Mend's private safety check is there for that.",
  "lesson.what-trust-issues-are.toolLabel": "Take the trust signals check",

  "lesson.where-they-come-from.title": "Where trust issues come from",
  "lesson.where-they-come-from.summary": "Old lessons, learned for good reasons, shape how we read today.",
  "lesson.where-they-come-from.body":
    "Most mistrust has a history. A betrayal or a string of broken promises teaches the mind to expect more of the same. So can growing up with care that came and went, or with adults who were frightening or hard to read: a child adapts by staying alert.\n\nCommunication that keeps breaking down adds its own layer. When talking tends to end in a fight or a silence, people stop asking and start guessing, and guesses drift towards the worst.\n\nInfidelity, in this relationship or an earlier one, can leave a deep mark. And low self-worth plays a part too: if you struggle to believe you are lovable, it is hard to believe someone's love will last.\n\nKnowing where your patterns began does not excuse hurtful behaviour, and it does not make the past your fault. It gives you a map, so you can tell an old alarm from a present danger.",
  "lesson.where-they-come-from.toolLabel": "Reflect on where your patterns began",

  "lesson.what-they-do.title": "What mistrust does to a couple",
  "lesson.what-they-do.summary": "The cycle of suspicion and withdrawal, and how to step out of it.",
  "lesson.what-they-do.body":
    "Mistrust rarely stays inside one person. Anxiety leads to questions; questions feel like accusations; the partner who feels accused pulls back or gets defensive; the pulling back looks like proof. Round it goes.\n\nOver time this cycle costs a lot: constant tension, less openness, less intimacy, the same argument again and again. Both people end up feeling alone in it, one feeling suspected and the other feeling unsafe.\n\nThe good news is that a cycle has more than one exit. The anxious partner can learn to soothe the alarm before acting on it. The other partner can offer openness by choice, without being demanded to. Small, kept promises rebuild predictability.\n\nIt helps to see the cycle as the problem, rather than each other.",
  "lesson.what-they-do.toolLabel": "See where your trust stands today",

  "lesson.compassion-not-blame.title": "Why compassion works better than blame",
  "lesson.compassion-not-blame.summary": "Blame closes people down; understanding opens a way forward.",
  "lesson.compassion-not-blame.body":
    "When we are hurt, blame comes easily: 'you always', 'you never', 'you're a liar'. It feels like telling the truth, but it mostly makes the other person defend themselves, and then nobody is listening.\n\nCompassion is not letting someone off the hook. It is describing what happened, how it felt and what you need, in a way the other person can hear. An 'I'-statement does this: 'When I did not hear from you last night, I felt scared, because I need to know you are safe. Could you text if you will be late?'\n\nCompassion also points inwards. Being harsh with yourself for feeling mistrustful only adds shame, and shame makes people hide. You can hold yourself to account and still be kind.\n\nMend's message coach helps with this wherever you write to your partner: it notices blame and thinking traps as you type and offers a gentler way to say the same thing.",
  "lesson.compassion-not-blame.toolLabel": "Try the message coach",

  "lesson.the-path.title": "The path Mend follows",
  "lesson.the-path.summary": "How each tool fits into rebuilding trust, step by step.",
  "lesson.the-path.body":
    "Rebuilding trust tends to follow a path, though rarely in a straight line.\n\nFirst, understand and notice: what mistrust is, and how it shows up in you. Then know yourself: your attachment leanings, your self-worth, and where your patterns began. The assessments and the guided journal are for this.\n\nNext, talk without blame, and show reliability: regular check-ins, appreciations, and small promises kept and acknowledged. Trust grows back through repeated experience, not through one big gesture.\n\nThen heal what was hurt: repair after ruptures, forgiveness when and if it is ready, and boundaries you both agree on.\n\nAll along, pace yourselves. Two goals at a time at most; progress measured over months. And bring in a professional when the work is too heavy to carry alone.",
  "lesson.the-path.toolLabel": "Start with knowing yourself",

  "lesson.when-to-get-help.title": "When to get help",
  "lesson.when-to-get-help.summary": "Some things are too heavy for an app. Here is when to reach out.",
  "lesson.when-to-get-help.body":
    "Mend is a self-help tool. It is not therapy and not a crisis service. Some situations call for a person trained to help.\n\nConsider a couples counsellor or therapist if there has been a betrayal such as an affair, if the same rupture keeps happening, if check-ins keep showing that one of you feels unsafe, or if trust has stayed low for months despite real effort.\n\nConsider individual support if anxiety, low mood or old trauma are taking up much of your life, or if you cannot stop checking even though you want to.\n\nCouples counselling is not recommended while there is abuse. If you are afraid of your partner, if they threaten you, control your money, friends or phone, or hurt you, please reach out to a domestic abuse service instead. If you are in danger now, contact your local emergency number.",
  "lesson.when-to-get-help.toolLabel": "Write down what you would want to tell a counsellor",
} as const;
