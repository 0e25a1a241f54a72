import type { InstrumentDefinitionInput } from "../schema.ts";
import { AGREEMENT_7 } from "./scales.ts";

/**
 * Attachment as two dimensions, anxiety and avoidance (Brennan, Clark & Shaver, 1998; Fraley,
 * Waller & Brennan, 2000), with the closest of four patterns (Bartholomew & Horowitz, 1991).
 * Items written by the Mend team. Agreement 1–7, mean per dimension. The patterns are split at
 * the scale midpoint (4): a simple, explainable convention rather than population norms, so the
 * label says "closest to", never "you are".
 */
const dimensionBands = (low: string, middle: string, high: string) => [
  { min: 1, max: 3, label: "Low", meaning: low },
  { min: 3, max: 5, label: "Moderate", meaning: middle },
  { min: 5, max: 7, label: "High", meaning: high },
];

export const attachment: InstrumentDefinitionInput = {
  id: "attachment",
  version: 1,
  title: "Attachment leanings",
  intro:
    "How you tend to feel about closeness and distance in relationships. There are no right answers, and everyone leans somewhere. Answer for how you generally are, not only with your current partner.",
  notADiagnosis:
    "Attachment leanings are patterns, not a type you are stuck with. They shift with experience and with safe relationships.",
  scale: AGREEMENT_7,
  items: [
    {
      id: "ax1",
      subscale: "anxiety",
      text: "I worry that the people I love will stop wanting to be with me.",
    },
    { id: "ax2", subscale: "anxiety", text: "I need a lot of reassurance that I am cared for." },
    {
      id: "ax3",
      subscale: "anxiety",
      text: "When my partner is away, I fear they may come to like someone else more.",
    },
    { id: "ax4", subscale: "anxiety", reverse: true, text: "I rarely worry about being left." },
    {
      id: "ax5",
      subscale: "anxiety",
      text: "If my partner does not answer for a while, I start to feel uneasy about us.",
    },
    {
      id: "ax6",
      subscale: "anxiety",
      text: "I sometimes feel I care more about my partner than they care about me.",
    },
    {
      id: "ax7",
      subscale: "anxiety",
      reverse: true,
      text: "I feel sure that my partner's affection will last.",
    },
    { id: "av1", subscale: "avoidance", text: "I prefer not to show my partner how I feel deep down." },
    { id: "av2", subscale: "avoidance", text: "I get uncomfortable when my partner wants to be very close." },
    {
      id: "av3",
      subscale: "avoidance",
      reverse: true,
      text: "I find it easy to lean on my partner when I need to.",
    },
    {
      id: "av4",
      subscale: "avoidance",
      text: "I would rather deal with problems on my own than ask for help.",
    },
    {
      id: "av5",
      subscale: "avoidance",
      reverse: true,
      text: "I am comfortable sharing my private thoughts with my partner.",
    },
    { id: "av6", subscale: "avoidance", text: "When things get intimate, part of me wants to step back." },
    {
      id: "av7",
      subscale: "avoidance",
      reverse: true,
      text: "Turning to my partner in hard times comes naturally to me.",
    },
  ],
  subscales: [
    {
      id: "anxiety",
      name: "Worry about closeness",
      description: "How much you fear being left or not loved enough.",
      scoring: "mean",
      helps: ["journal", "thought-records", "checkins"],
      prompts: ["fear-underneath", "old-hurt"],
      bands: dimensionBands(
        "You seldom worry about losing the people you love.",
        "Some worry about being left comes and goes.",
        "Worry about being left is strong for you. It often grew from times when love felt uncertain, and it softens with steady, predictable care.",
      ),
    },
    {
      id: "avoidance",
      name: "Comfort with closeness",
      description: "How much you keep distance and rely on yourself rather than others.",
      scoring: "mean",
      helps: ["journal", "appreciations", "checkins"],
      prompts: ["need-to-ask", "safe-moment"],
      bands: dimensionBands(
        "You are mostly at ease with closeness and with leaning on others.",
        "You like closeness in some ways and keep some distance in others.",
        "Keeping distance feels safer to you. That is often a wise old habit; small, chosen steps of sharing can widen your comfort.",
      ),
    },
  ],
  classification: {
    x: "anxiety",
    y: "avoidance",
    xCut: 4,
    yCut: 4,
    labels: { lowXlowY: "secure", highXlowY: "anxious", lowXhighY: "avoidant", highXhighY: "fearful" },
    explanation: {
      secure: "Closest to secure: closeness and independence both feel mostly safe to you.",
      anxious: "Closest to anxious: you value closeness and worry about losing it.",
      avoidant: "Closest to avoidant: you value independence and can find closeness uncomfortable.",
      fearful:
        "Closest to fearful: you want closeness and also fear it. That is a hard place to be, and it is understandable.",
    },
  },
  sources: [
    "Brennan, K. A., Clark, C. L., & Shaver, P. R. (1998). Self-report measurement of adult attachment: An integrative overview. In J. A. Simpson & W. S. Rholes (Eds.), Attachment theory and close relationships (pp. 46–76).",
    "Fraley, R. C., Waller, N. G., & Brennan, K. A. (2000). An item response theory analysis of self-report measures of adult attachment. Journal of Personality and Social Psychology, 78(2), 350–365.",
    "Bartholomew, K., & Horowitz, L. M. (1991). Attachment styles among young adults: A test of a four-category model. Journal of Personality and Social Psychology, 61(2), 226–244.",
  ],
};
