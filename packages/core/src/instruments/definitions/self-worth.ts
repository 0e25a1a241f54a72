import type { InstrumentDefinitionInput } from "../schema.ts";

/**
 * Global self-worth, the construct of Rosenberg (1965), with items written by the Mend team
 * (not the Rosenberg scale's wording). Agreement 1–4, half reverse-keyed, mean.
 */
export const selfWorth: InstrumentDefinitionInput = {
  id: "self-worth",
  version: 1,
  title: "Self-worth",
  intro:
    "How you see yourself on the whole. Low self-worth can make it hard to believe someone loves you, which feeds mistrust. Answer for how you usually feel.",
  notADiagnosis: "A snapshot of how you see yourself now, not a measure of what you are worth.",
  scale: {
    min: 1,
    max: 4,
    labels: { "1": "Strongly disagree", "2": "Disagree", "3": "Agree", "4": "Strongly agree" },
  },
  items: [
    { id: "s1", subscale: "self-worth", text: "On the whole, I am content with who I am." },
    { id: "s2", subscale: "self-worth", reverse: true, text: "At times I feel I am not worth much." },
    { id: "s3", subscale: "self-worth", text: "I can name good qualities in myself." },
    { id: "s4", subscale: "self-worth", text: "I handle everyday things about as well as most people do." },
    { id: "s5", subscale: "self-worth", reverse: true, text: "I often feel I have little to be proud of." },
    { id: "s6", subscale: "self-worth", text: "I treat myself with respect." },
    { id: "s7", subscale: "self-worth", reverse: true, text: "I tend to see myself as a failure." },
    { id: "s8", subscale: "self-worth", text: "I believe I deserve to be loved as I am." },
    { id: "s9", subscale: "self-worth", reverse: true, text: "I wish I could think better of myself." },
    {
      id: "s10",
      subscale: "self-worth",
      reverse: true,
      text: "I am harder on myself than I would be on a friend.",
    },
  ],
  subscales: [
    {
      id: "self-worth",
      name: "Self-worth",
      scoring: "mean",
      helps: ["journal", "appreciations"],
      prompts: ["appreciated-today", "old-hurt"],
      bands: [
        {
          min: 1,
          max: 2,
          label: "Low",
          meaning:
            "You are hard on yourself right now. That often makes a partner's love hard to believe. Self-worth can grow; the journal prompts on self-worth are a gentle place to start.",
        },
        {
          min: 2,
          max: 3,
          label: "Mixed",
          meaning: "You see good in yourself and also doubt yourself at times, like most people.",
        },
        { min: 3, max: 4, label: "Steady", meaning: "You see yourself with a fairly steady, kind eye." },
      ],
    },
  ],
  sources: [
    "Rosenberg, M. (1965). Society and the adolescent self-image. Princeton University Press.",
    "Neff, K. D. (2003). Self-compassion: An alternative conceptualization of a healthy attitude toward oneself. Self and Identity, 2(2), 85–101.",
  ],
};
