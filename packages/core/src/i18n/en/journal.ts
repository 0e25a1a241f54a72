export const journal = {
  "journal.title": "Journal",
  "journal.theme.trust": "Trust",
  "journal.theme.attachment-history": "Where my patterns began",
  "journal.theme.self-worth": "Self-worth",
  "journal.theme.core-fears": "Core fears",
  "journal.theme.friendships": "Trust in friendships",
  "journal.theme.attachment-leanings": "Closeness and distance",
  "journal.theme.appreciation": "Appreciation",
  "journal.prompt.safe-moment":
    "Think of a recent moment when you felt safe with your partner. What made it feel that way?",
  "journal.prompt.kept-promise":
    "Write about a promise, however small, that someone kept for you lately. How did it land in you?",
  "journal.prompt.need-to-ask":
    "What do you need right now that you have not yet asked for? How could you ask kindly?",
  "journal.prompt.old-hurt":
    "Is there an old hurt, from this relationship or an earlier one, that still colours how you read things today?",
  "journal.prompt.early-comfort":
    "When you were small and upset, what happened? Who came, or did not come, and what did you learn from that?",
  "journal.prompt.first-letdown":
    "Remember an early time someone you relied on let you down. What did you decide about people afterwards?",
  "journal.prompt.family-rules":
    "What unspoken rules about love, anger or secrets did you grow up with? Which ones still feel true, and which would you like to set down?",
  "journal.prompt.worth-today":
    "Name three things you did today that took some effort or care, however small. What do they say about you?",
  "journal.prompt.inner-critic":
    "What does your inner critic say most often? Write it down, then answer it the way a kind friend would.",
  "journal.prompt.friend-view":
    "How would someone who likes you describe you? Which part of that is hardest for you to believe, and why?",
  "journal.prompt.fear-underneath": "When suspicion shows up, what fear might be sitting underneath it?",
  "journal.prompt.worst-case":
    "What is the worst-case story your mind tells about your relationship? What is one other story that fits the same facts?",
  "journal.prompt.fear-origin":
    "When did you first feel the fear you feel most often now? What did you need back then that you did not get?",
  "journal.prompt.trusted-friend":
    "Think of a friend you trust. How did that trust grow, and what do they do that keeps it steady?",
  "journal.prompt.friend-rupture":
    "Has a friendship ever broken and mended? What helped it mend, or what would have?",
  "journal.prompt.closeness-pull":
    "When you feel the pull to get closer or seek reassurance, what are you hoping to feel? Is there another way to give yourself some of that?",
  "journal.prompt.distance-pull":
    "When you feel the urge to step back or go quiet, what are you protecting? What would a small step towards your partner look like?",
  "journal.prompt.reassurance":
    "What kind of reassurance actually settles you, and what kind only helps for a moment? What could you ask for that lasts?",
  "journal.prompt.appreciated-today":
    "What is one thing your partner did recently that you appreciated, even quietly?",
} as const;
