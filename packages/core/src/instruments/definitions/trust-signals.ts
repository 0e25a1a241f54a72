import type { InstrumentDefinitionInput } from "../schema.ts";

/**
 * The four lenses of PRODUCT.md §2. Items written by the Mend team. The lenses follow the
 * literature on jealousy and trust: behavioural, emotional and cognitive jealousy (Pfeiffer &
 * Wong, 1989, Multidimensional Jealousy Scale) and the role of intuitive distrust (Lewicki,
 * McAllister & Bies, 1998). Frequency over the last month, 0–4, mean per lens.
 */
const band = (min: number, max: number, label: string, meaning: string) => ({ min, max, label, meaning });

export const trustSignals: InstrumentDefinitionInput = {
  id: "trust-signals",
  version: 1,
  title: "Trust signals",
  intro:
    "A private look at how mistrust shows up for you: in what you do, what you feel, how you think and what your gut tells you. Think of the last month. Only you see your answers unless you choose to share the result.",
  notADiagnosis:
    "This is a mirror, not a diagnosis. High scores are common after a hurt, and they can change.",
  scale: {
    min: 0,
    max: 4,
    labels: { "0": "Never", "1": "Rarely", "2": "Sometimes", "3": "Often", "4": "Very often" },
  },
  items: [
    {
      id: "b1",
      subscale: "behaviours",
      text: "I looked through my partner's phone, messages or accounts without them knowing.",
    },
    {
      id: "b2",
      subscale: "behaviours",
      text: "I asked my partner detailed questions about where they had been or who they were with.",
    },
    {
      id: "b3",
      subscale: "behaviours",
      text: "I needed my partner to explain themselves before I could settle down.",
    },
    { id: "b4", subscale: "behaviours", text: "I accused my partner of something I could not be sure of." },
    {
      id: "b5",
      subscale: "behaviours",
      text: "I felt angry when my partner spent time with friends without me.",
    },
    {
      id: "b6",
      subscale: "behaviours",
      text: "I kept checking whether my partner had replied, or how long they took.",
    },
    { id: "e1", subscale: "emotions", text: "I felt unsure of where I stand with my partner." },
    { id: "e2", subscale: "emotions", text: "I was afraid my partner would leave me." },
    { id: "e3", subscale: "emotions", text: "I felt I was not good enough for my partner." },
    { id: "e4", subscale: "emotions", text: "I pulled back when my partner tried to get close." },
    { id: "e5", subscale: "emotions", text: "I felt on edge when I could not reach my partner." },
    { id: "e6", subscale: "emotions", text: "I felt jealous in moments that did not really call for it." },
    {
      id: "t1",
      subscale: "thoughts",
      text: "When something was unclear, my mind jumped to the worst explanation.",
    },
    { id: "t2", subscale: "thoughts", text: "I thought the good times between us were too good to last." },
    {
      id: "t3",
      subscale: "thoughts",
      text: "I saw my partner as either completely trustworthy or not at all.",
    },
    { id: "t4", subscale: "thoughts", text: "I went over the same worries again and again." },
    {
      id: "t5",
      subscale: "thoughts",
      text: "I read hidden meanings into ordinary things my partner said or did.",
    },
    { id: "t6", subscale: "thoughts", text: "I told myself that everyone lets you down sooner or later." },
    { id: "g1", subscale: "gut", text: "I had a feeling that something was off, without a clear reason." },
    { id: "g2", subscale: "gut", text: "I expected to be disappointed." },
    { id: "g3", subscale: "gut", text: "I felt a pull to withdraw and protect myself." },
    { id: "g4", subscale: "gut", text: "My body tensed up when certain topics came up with my partner." },
    { id: "g5", subscale: "gut", text: "I sensed I was not being told everything." },
    { id: "g6", subscale: "gut", text: "I found it hard to relax and simply enjoy time together." },
  ],
  subscales: [
    {
      id: "behaviours",
      name: "What I do",
      description: "Checking, questioning, needing explanations, accusing, anger about time apart.",
      scoring: "mean",
      helps: ["thought-records", "checkins", "boundaries"],
      prompts: ["fear-underneath"],
      bands: [
        band(0, 1, "Rarely", "Mistrust seldom turns into action for you right now."),
        band(
          1,
          2,
          "Sometimes",
          "Now and then worry pushes you to check or question. Noticing that is the first step to choosing differently.",
        ),
        band(
          2,
          3,
          "Often",
          "Worry often turns into checking or questioning. It is an understandable way to seek relief, and it tends to keep the worry alive. A thought record can help you pause before acting.",
        ),
        band(
          3,
          4,
          "Very often",
          "Checking and questioning take up a lot of room. That is exhausting for you both. Gentle, structured tools and, if you can, a counsellor are worth it. If these actions come from fear of your partner, please take the private safety check.",
        ),
      ],
    },
    {
      id: "emotions",
      name: "What I feel",
      description: "Insecurity, fear of being left, feeling unworthy, avoiding closeness.",
      scoring: "mean",
      helps: ["journal", "appreciations"],
      prompts: ["fear-underneath", "old-hurt"],
      bands: [
        band(0, 1, "Rarely", "You mostly feel settled with your partner."),
        band(1, 2, "Sometimes", "Some unease comes and goes, as it does for most people."),
        band(
          2,
          3,
          "Often",
          "Insecurity is a frequent companion. It often has roots older than this relationship; the journal can help you trace them.",
        ),
        band(
          3,
          4,
          "Very often",
          "Fear and insecurity are strong right now. Be as kind to yourself as you would be to a friend feeling this way.",
        ),
      ],
    },
    {
      id: "thoughts",
      name: "How I think",
      description:
        "Worst-case readings, 'too good to be true', black-and-white thinking, going round in circles.",
      scoring: "mean",
      helps: ["thought-records", "coach"],
      prompts: ["fear-underneath"],
      bands: [
        band(0, 1, "Rarely", "Your thinking about your partner is mostly balanced."),
        band(1, 2, "Sometimes", "Now and then your mind reaches for the worst case. Everyone's does."),
        band(
          2,
          3,
          "Often",
          "Thinking traps show up often. Naming them as they happen weakens their grip; the benefit-of-the-doubt record is made for this.",
        ),
        band(
          3,
          4,
          "Very often",
          "Your mind is working hard to protect you, and it is wearing you out. Thought records and a counsellor can help you step out of the loop.",
        ),
      ],
    },
    {
      id: "gut",
      name: "What my gut says",
      description: "Something feels off, expecting to be let down, wanting to withdraw.",
      scoring: "mean",
      helps: ["journal", "checkins", "safety"],
      prompts: ["safe-moment"],
      bands: [
        band(0, 1, "Rarely", "Your body and instincts are mostly at ease."),
        band(
          1,
          2,
          "Sometimes",
          "Sometimes your instincts raise a flag. Worth listening to, and worth checking against what you know.",
        ),
        band(
          2,
          3,
          "Often",
          "Your gut often warns you. Sometimes that is old pain speaking; sometimes it points to something real. Writing down what you notice helps you tell which.",
        ),
        band(
          3,
          4,
          "Very often",
          "You feel on guard most of the time. Please take the private safety check: if you feel afraid of your partner, your safety comes before working on trust.",
        ),
      ],
    },
  ],
  sources: [
    "Pfeiffer, S. M., & Wong, P. T. P. (1989). Multidimensional jealousy. Journal of Social and Personal Relationships, 6(2), 181–196.",
    "Lewicki, R. J., McAllister, D. J., & Bies, R. J. (1998). Trust and distrust: New relationships and realities. Academy of Management Review, 23(3), 438–458.",
    "Beck, A. T. (1976). Cognitive therapy and the emotional disorders — thinking traps as in the message coach.",
  ],
};
