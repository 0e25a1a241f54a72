export const journal = {
  "journal.title": "Journal",
  "journal.prompt.safe-moment": "Think of a recent moment when you felt safe with your partner. What made it feel that way?",
  "journal.prompt.kept-promise":
    "Write about a promise, however small, that someone kept for you lately. How did it land in you?",
  "journal.prompt.old-hurt":
    "Is there an old hurt, from this relationship or an earlier one, that still colours how you read things today?",
  "journal.prompt.fear-underneath": "When suspicion shows up, what fear might be sitting underneath it?",
  "journal.prompt.appreciated-today": "What is one thing your partner did recently that you appreciated, even quietly?",
  "journal.prompt.need-to-ask": "What do you need right now that you have not yet asked for? How could you ask kindly?",
} as const;
