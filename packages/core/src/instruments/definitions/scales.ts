/** Response scales shared by several instruments. */
export const AGREEMENT_7 = {
  min: 1,
  max: 7,
  labels: {
    "1": "Strongly disagree",
    "2": "Disagree",
    "3": "Slightly disagree",
    "4": "Neither",
    "5": "Slightly agree",
    "6": "Agree",
    "7": "Strongly agree",
  },
};
