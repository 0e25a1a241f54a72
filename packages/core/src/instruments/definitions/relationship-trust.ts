import type { InstrumentDefinitionInput } from "../schema.ts";
import { AGREEMENT_7 } from "./scales.ts";

/**
 * Trust in a close relationship as predictability, dependability and faith — the three
 * components of Rempel, Holmes & Zanna (1985). Items written by the Mend team (not the original
 * Trust Scale's wording). Agreement 1–7, reverse-keyed items marked, mean per component.
 */
const bands = (low: string, mixed: string, strong: string) => [
  { min: 1, max: 3, label: "Low", meaning: low },
  { min: 3, max: 5, label: "Mixed", meaning: mixed },
  { min: 5, max: 7, label: "Strong", meaning: strong },
];

export const relationshipTrust: InstrumentDefinitionInput = {
  id: "relationship-trust",
  version: 1,
  title: "Relationship trust",
  intro:
    "How much you can count on your partner right now, in three parts: knowing what to expect, relying on them, and believing in the future together. Answer for how things are today.",
  notADiagnosis: "A picture of today, not a verdict on your partner or your relationship.",
  scale: AGREEMENT_7,
  items: [
    {
      id: "p1",
      subscale: "predictability",
      text: "I can usually tell how my partner will act in situations that matter to me.",
    },
    {
      id: "p2",
      subscale: "predictability",
      text: "My partner behaves in ways I can count on from one week to the next.",
    },
    {
      id: "p3",
      subscale: "predictability",
      reverse: true,
      text: "My partner often surprises me in ways that unsettle me.",
    },
    {
      id: "p4",
      subscale: "predictability",
      text: "I know roughly what to expect from my partner when we disagree.",
    },
    {
      id: "p5",
      subscale: "predictability",
      reverse: true,
      text: "My partner's moods and reactions are hard for me to anticipate.",
    },
    { id: "d1", subscale: "dependability", text: "My partner keeps the promises they make to me." },
    {
      id: "d2",
      subscale: "dependability",
      text: "I can rely on my partner when something important is at stake.",
    },
    {
      id: "d3",
      subscale: "dependability",
      reverse: true,
      text: "I am not sure my partner would tell me an uncomfortable truth.",
    },
    { id: "d4", subscale: "dependability", text: "I can count on my partner to treat me fairly." },
    {
      id: "d5",
      subscale: "dependability",
      reverse: true,
      text: "I often wonder whether my partner really did what they said they would.",
    },
    {
      id: "f1",
      subscale: "faith",
      text: "Whatever the future brings, I believe my partner will be there for me.",
    },
    { id: "f2", subscale: "faith", text: "I feel confident that we can get through hard times together." },
    { id: "f3", subscale: "faith", reverse: true, text: "I worry that my partner's care for me could fade." },
    {
      id: "f4",
      subscale: "faith",
      text: "I trust that my partner has my wellbeing at heart, even when I cannot see what they are doing.",
    },
    {
      id: "f5",
      subscale: "faith",
      reverse: true,
      text: "I doubt our relationship would hold up if things got really difficult.",
    },
  ],
  subscales: [
    {
      id: "predictability",
      name: "Knowing what to expect",
      scoring: "mean",
      helps: ["checkins", "commitments"],
      prompts: ["kept-promise"],
      bands: bands(
        "Your partner feels hard to read right now. Regular check-ins make each other easier to anticipate.",
        "Sometimes you know what to expect, sometimes not. Small routines you both keep can steady this.",
        "Your partner feels steady and readable to you.",
      ),
    },
    {
      id: "dependability",
      name: "Relying on my partner",
      scoring: "mean",
      helps: ["commitments", "repairs"],
      prompts: ["kept-promise", "need-to-ask"],
      bands: bands(
        "It is hard to rely on your partner at the moment. Reliability grows back through small promises kept, one at a time.",
        "You can rely on your partner in some things more than others. Naming which ones helps you both.",
        "You feel you can lean on your partner.",
      ),
    },
    {
      id: "faith",
      name: "Believing in us",
      scoring: "mean",
      helps: ["appreciations", "goals", "timeline"],
      prompts: ["safe-moment", "appreciated-today"],
      bands: bands(
        "Hope for the future together is low right now. That is common after a hurt, and it can return slowly.",
        "You hope for the future together, with some doubts alongside.",
        "You have a sturdy belief in the two of you.",
      ),
    },
  ],
  sources: [
    "Rempel, J. K., Holmes, J. G., & Zanna, M. P. (1985). Trust in close relationships. Journal of Personality and Social Psychology, 49(1), 95–112.",
  ],
};
