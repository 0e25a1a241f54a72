/**
 * Showing it, healing, boundaries and pace (PRODUCT.md sections 5–8): the texts the server and
 * the web app share. Written for Mend.
 */
export const rebuild = {
  // Daily trust actions — small, doable, never a surveillance act.
  "trustAction.name-a-feeling":
    "Tell your partner one feeling you had today, in a sentence that starts with “I felt”.",
  "trustAction.small-promise": "Make one small promise for today and keep it.",
  "trustAction.say-when-late":
    "If you will be later than you said, send a short note before the time, not after.",
  "trustAction.introduce-a-friend":
    "Tell your partner about a friend they know little of, or suggest the three of you meet.",
  "trustAction.share-your-day-plan":
    "Over breakfast, share one thing you are looking forward to today and one you are not.",
  "trustAction.ask-about-their-day":
    "Ask about your partner's day and stay with the answer for a few minutes.",
  "trustAction.thank-for-something-specific": "Thank your partner for one specific thing they did this week.",
  "trustAction.follow-up-on-their-worry": "Ask how a worry your partner mentioned recently is going.",
  "trustAction.admit-a-small-mistake": "Name a small mistake of yours before it is pointed out.",
  "trustAction.offer-a-choice":
    "When you plan something together today, offer a real choice and go with their pick.",
  "trustAction.put-phone-away-at-dinner": "Put your own phone in another room for one meal together.",
  "trustAction.ten-minute-walk": "Take a ten-minute walk together, with no agenda.",
  "trustAction.remember-a-detail": "Bring up a small detail your partner told you days ago.",
  "trustAction.ask-what-would-help":
    "Ask your partner: “What is one thing I could do this week that would help?”",
  "trustAction.answer-a-question-fully": "When a question is hard to hear, answer it fully and calmly, once.",
  "trustAction.volunteer-information": "Share something about your plans before you are asked.",
  "trustAction.acknowledge-their-hurt":
    "Say that you see how much this has hurt, without explaining or defending.",
  "trustAction.keep-a-time": "Be where you said you would be, at the time you said.",
  "trustAction.do-a-chore-unasked": "Do one chore that is usually theirs, without mentioning it.",
  "trustAction.share-a-worry-gently":
    "Share one worry as an “I” sentence, and ask for nothing but listening.",
  "trustAction.plan-something-together": "Put one small thing to look forward to in the calendar together.",
  "trustAction.hug-for-twenty-seconds":
    "Offer a long hug — and take no for an answer if it is not the moment.",
  "trustAction.listen-without-fixing": "Listen to your partner for five minutes without offering a solution.",
  "trustAction.repeat-back": "In your next disagreement, say back what you heard before you answer.",
  "trustAction.pause-before-reacting": "When something stings today, wait ten breaths before you reply.",
  "trustAction.notice-a-kept-promise": "Tell your partner about a promise of theirs you noticed they kept.",
  "trustAction.say-sorry-without-but": "Make one apology today with no “but” after it.",
  "trustAction.share-a-memory": "Share a happy memory of the two of you.",
  "trustAction.ask-an-open-question": "Ask a question that cannot be answered with yes or no.",
  "trustAction.tell-them-your-limits-kindly":
    "Tell your partner, kindly, about one thing you can't do this week.",
  "trustAction.check-a-story-before-believing":
    "When a suspicious story starts in your head, write down one other explanation before you act on it.",
  "trustAction.write-three-good-things": "Write down three good things from today, however small.",
  "trustAction.breathe-before-asking":
    "Before you ask a worried question, breathe slowly three times and ask it gently.",
  "trustAction.do-what-you-said": "Pick one thing you said you would do and do it today.",
  "trustAction.share-a-hope": "Tell your partner one hope you have for the two of you.",
  "trustAction.invite-them-in": "Invite your partner into something you usually do alone.",
  "trustAction.let-them-see-you-tired": "Say plainly when you are tired or low instead of going quiet.",
  "trustAction.ask-for-reassurance-plainly":
    "If you need reassurance, ask for it in plain words rather than testing or checking.",
  "trustAction.give-the-benefit-of-the-doubt-once":
    "Once today, choose the kinder reading of something your partner did.",
  "trustAction.say-what-you-appreciate-in-person":
    "Say one thing you appreciate about your partner, face to face.",
  "trustAction.turn-towards-a-bid": "When your partner reaches for your attention, turn towards them.",
  "trustAction.keep-your-word-on-something-small":
    "Keep your word on something small, even if no one would notice.",
  "trustAction.tell-them-before-they-ask":
    "Tell your partner about a change of plan before they have to ask.",
  "trustAction.spend-time-on-your-own-wellbeing":
    "Spend twenty minutes on something that steadies you: a walk, a friend, a book.",

  // Repairs
  "repair.ritual.walk": "A walk together",
  "repair.ritual.cook-together": "Cooking a meal together",
  "repair.ritual.bath": "A warm bath, one for the other",
  "repair.ritual.read-together": "Reading aloud to each other",
  "repair.ritual.music": "Listening to an album together, start to end",
  "repair.ritual.letters": "Writing each other a short letter",
  "repair.ritual.breakfast-out": "Breakfast out, just the two of you",
  "repair.ritual.tidy-together": "Making one room nice together",
  "repair.ritual.photos": "Looking through old photos",
  "repair.ritual.stargaze": "An evening outside, looking up",
  "repair.step.settle":
    "Sit somewhere comfortable. Agree that either of you can pause if it gets too much, and come back.",
  "repair.step.listen": "Take turns. One reads their reflection aloud; the other listens without correcting.",
  "repair.step.own-part": "Each names their own part, in their own words. Only your own part.",
  "repair.step.understand": "Say back what you understood of the other's feeling. Ask if you got it right.",
  "repair.step.amends": "Offer something concrete you will do differently, and write it down here.",
  "repair.step.ritual": "Choose a small ritual to close the repair, and do it together.",
  "repair.role.hurt": "The partner who was hurt",
  "repair.role.broke-trust": "The partner who broke trust",
  "repair.guidance.hurt":
    "Your feelings make sense, and they may come in waves for a long time. You can ask questions, and you can take time. You do not have to decide anything now, and forgiving is never owed.",
  "repair.guidance.broke-trust":
    "Repair starts with taking full responsibility without excuses, answering questions honestly, and being patient with the pace of the partner who was hurt. Consistency over months matters more than any one conversation.",
  "repair.professional":
    "Recovering from a betrayal is hard work, and couples do it better with a trained counsellor. We recommend finding one you both can talk to.",
  "repair.forgiveness.yes": "Yes, I forgive",
  "repair.forgiveness.partly": "Partly",
  "repair.forgiveness.not-yet": "Not yet — and that is all right",

  // Goals
  "goal.limit":
    "You already have two goals under way. Small steps work best: people who focus on one or two changes at a time are far more likely to keep them. Reach or set aside one first.",

  // E-mail: no content, only that something is waiting.
  "mail.boundaryReview.subject": "Time to look at one of your agreements",
  "mail.boundaryReview.body":
    "Hello {name},\n\nOne of the boundaries you agreed has reached its review date. Look at it together when you are both ready.\n\n{url}",

  // "I'm spiralling"
  "spiral.grounding.1": "Name five things you can see.",
  "spiral.grounding.2": "Notice four things you can touch.",
  "spiral.grounding.3": "Listen for three things you can hear.",
  "spiral.grounding.4": "Find two things you can smell.",
  "spiral.grounding.5": "Take one slow breath, longer out than in.",
} as const;
