/**
 * English text for the message coach. `.self` variants speak to the writer about themselves with
 * self-compassion; `.other` variants are for things said about someone else. Keys are stable.
 */
export const coach = {
  "coach.title": "Message coach",
  "coach.off": "The coach is off. You can turn it back on in your settings.",
  "coach.tryInstead": "Try this instead",

  "coach.blame.explanation":
    "Putting the whole cause on your partner tends to make them defend themselves instead of hearing you.",
  "coach.blame.explanation.self":
    "You are taking all of the weight on yourself; most things that go wrong have more than one cause.",
  "coach.blame.explanation.other":
    "Placing the whole cause on one person can hide the other things that played a part.",
  "coach.blame.suggestion": "Try describing what happened and how it affected you, starting with “I”.",
  "coach.blame.suggestion.self":
    "Try naming your part kindly, as you would for a friend, and what else played a part.",

  "coach.all-or-nothing.explanation":
    "Seeing things as all good or all bad leaves out the middle, where most of real life happens.",
  "coach.all-or-nothing.explanation.self":
    "This sees you in all-or-nothing terms; a setback can be partial without meaning everything is lost.",
  "coach.all-or-nothing.suggestion": "Try saying what part went wrong and what part is still all right.",

  "coach.overgeneralizing.explanation":
    "Words like “always” and “never” turn one moment into a rule, and your partner will likely argue with the rule.",
  "coach.overgeneralizing.explanation.self":
    "You are turning one moment into a rule about yourself; one hard moment does not define a pattern.",
  "coach.overgeneralizing.explanation.other":
    "One or a few events are being turned into a rule about everyone or everything.",
  "coach.overgeneralizing.suggestion":
    "Try naming the specific time it happened instead of “always” or “never”.",
  "coach.overgeneralizing.suggestion.self": "Try naming this one time, and a time it went differently.",

  "coach.mind-reading.explanation":
    "This guesses what your partner thinks or feels; asking them is kinder and often surprising.",
  "coach.mind-reading.explanation.self":
    "This guesses what is going on inside you as if it were certain; your feelings are worth a gentle check too.",
  "coach.mind-reading.explanation.other":
    "This assumes you know what someone else thinks or feels; you may not have the whole picture yet.",
  "coach.mind-reading.suggestion":
    "Try asking instead: “When that happened, I wondered if… Is that how it is for you?”",

  "coach.labeling.explanation":
    "A label sums up a whole person by one behaviour; describing the behaviour is easier to hear and to change.",
  "coach.labeling.explanation.self":
    "You are calling yourself a name; you are a whole person, and this moment is only one part of you.",
  "coach.labeling.explanation.other":
    "A label sums up a whole person by one behaviour and makes it harder to see anything else in them.",
  "coach.labeling.suggestion": "Try describing what they did, and how it affected you.",
  "coach.labeling.suggestion.self": "Try describing what happened, in the words you would use for a friend.",

  "coach.catastrophizing.explanation":
    "This imagines the worst outcome as if it were certain; the feeling is real, and the outcome is still open.",
  "coach.catastrophizing.explanation.self":
    "This pictures the worst for you as if it were certain; it makes sense to feel scared, and it is still only one possibility.",
  "coach.catastrophizing.suggestion": "Try naming what is actually happening now and what would help next.",

  "coach.should.explanation":
    "“Should” turns a wish into a rule that was broken, which tends to bring guilt or resentment rather than change.",
  "coach.should.explanation.self":
    "This holds you to a strict rule; you can want something for yourself without being harsh when it does not happen.",
  "coach.should.suggestion": "Try “I would like…” or “It would help me if…” instead of “should”.",
  "coach.should.suggestion.self": "Try “I would like to…” or “It is okay that I…” instead of “I should”.",

  "coach.fortune-telling.explanation":
    "This predicts a bad outcome as if it were certain; the future has not happened yet.",
  "coach.fortune-telling.explanation.self":
    "This predicts a bad future for you as if it were fact; you cannot know that yet, and you deserve the chance to find out.",
  "coach.fortune-telling.suggestion": "Try saying what you fear might happen, and what you hope for.",

  "coach.contempt.explanation":
    "Mockery, sarcasm and insults tell your partner they are beneath you, and they do lasting harm to trust.",
  "coach.contempt.suggestion": "Try saying what you are upset about and what you need, without the jab.",

  "coach.ultimatum.explanation":
    "A threat to leave puts pressure on your partner instead of inviting them in, and it is hard to take back.",
  "coach.ultimatum.suggestion":
    "If this is a boundary, try saying what you need and what you will do to take care of yourself.",

  "coach.rewrite.template": "When {observation}, I feel {feeling}, because I need {need}. {request}",
  "coach.rewrite.placeholder.observation": "[what happened]",
  "coach.rewrite.placeholder.feeling": "[how I feel]",
  "coach.rewrite.placeholder.need": "[what I need]",
  "coach.rewrite.placeholder.request": "[what I would like to ask for]",
  "coach.rewrite.request.ask": "Would you be willing to {request}?",
} as const;
