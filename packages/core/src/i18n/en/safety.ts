/**
 * English text for staying safe and getting support (PRODUCT.md §9 and §10). Written in our own
 * words: calm, kind, never alarmist, never blaming the person reading. Keys are stable.
 * `safety.*` is private to the person who took the safety check; `support.*` may be shown to
 * either partner.
 */
export const safety = {
  // ——— The private safety check ———
  "safety.check.title": "A private safety check",
  "safety.check.intro":
    "These questions are about how things are between you and your partner, thinking about the last year. Your answers are only for you: your partner never sees them, and nothing about this check appears anywhere you share.",
  "safety.check.exitHint": "You can leave this page at any moment with the quick exit button.",
  "safety.check.noteLabel": "Anything you want to note for yourself (optional)",

  "safety.answer.never": "Never",
  "safety.answer.sometimes": "Once or a few times",
  "safety.answer.often": "Often",

  "safety.item.fear": "I feel afraid of my partner, or of what they might do.",
  "safety.item.threat-to-hurt": "My partner has said or shown they would hurt me.",
  "safety.item.threat-to-kill": "My partner has said they would kill me, or acted as if they might.",
  "safety.item.threat-to-others": "My partner has threatened to hurt my children, my pets, or people I love.",
  "safety.item.threat-of-self-harm":
    "My partner has threatened to hurt or kill themselves to get me to do, or not do, something.",
  "safety.item.money":
    "My partner controls money in a way that leaves me without my own, or makes me ask for what I need.",
  "safety.item.isolation": "My partner limits or stops me from seeing or talking to friends or family.",
  "safety.item.phone": "My partner goes through my phone or messages, or insists on knowing my passwords.",
  "safety.item.monitoring":
    "My partner tracks where I am, follows me, or keeps watch over what I do when we are apart.",
  "safety.item.physical": "My partner has hit, pushed, kicked, grabbed or otherwise physically hurt me.",
  "safety.item.sexual": "My partner has pressured or forced me into sexual things I did not want.",
  "safety.item.strangulation":
    "My partner has put their hands or something else around my neck, or choked or strangled me.",

  "safety.level.none.title": "Thank you for checking in with yourself",
  "safety.level.none.body":
    "Nothing in your answers points to a safety worry right now. Things can change, and you can take this check again whenever you like.",
  "safety.level.some-concern.title": "Something here is worth keeping an eye on",
  "safety.level.some-concern.body":
    "Some of what you described can be part of ordinary trust trouble, and it can also be how control begins. You know your situation best. If it grows, or if you start to feel afraid, the resources below are there for you, and you can take this check again at any time.",
  "safety.level.concerning.title": "What you describe sounds hard, and it matters",
  "safety.level.concerning.body":
    "Some of what you described is what people who work with relationships call controlling behaviour. It is not your fault, and you deserve to feel safe. Talking with a domestic abuse service can help you think things through; it is confidential and you decide what happens next.",
  "safety.level.urgent.title": "Your safety comes first",
  "safety.level.urgent.body":
    "What you described can put you in real danger, even if it has happened only once. It is not your fault. A domestic abuse service can help you make a safety plan, confidentially. If you are in danger right now, call your local emergency number.",

  "safety.mode.offer":
    "You can turn on safety mode. Mend then works for you alone: the features you share with your partner pause quietly, and your partner is not told why.",
  "safety.mode.on": "Safety mode is on. Only you can see what you write here.",
  "safety.mode.off": "Turn safety mode off",

  // ——— Gentle notes while someone types (crisis words) ———
  "safety.crisis.self-harm.title": "You don’t have to carry this alone",
  "safety.crisis.self-harm.body":
    "It sounds like you might be going through something very painful. If you are thinking about ending your life or hurting yourself, a crisis line can listen right now, any time of day.",
  "safety.crisis.harm-to-others.title": "It sounds like things are very intense right now",
  "safety.crisis.harm-to-others.body":
    "Strong feelings like these can be overwhelming. If you feel you might hurt someone, please step away and reach out to a crisis line now; they help people in exactly this moment.",
  "safety.crisis.being-harmed.title": "You deserve to be safe",
  "safety.crisis.being-harmed.body":
    "What you wrote sounds frightening, and it is not your fault. A domestic abuse service can talk it through with you confidentially. If you are in danger right now, call your local emergency number.",
  "safety.crisis.dismiss": "Not now",

  // ——— When to get help ———
  "support.title": "Getting support",
  "support.notTherapy":
    "Mend is a self-help tool. It is not therapy and not a crisis service, and a trained person can help in ways an app cannot.",
  "support.urgency.consider": "Worth considering",
  "support.urgency.recommended": "We recommend it",
  "support.urgency.now": "Please reach out now",

  "support.reason.after-betrayal.title": "After a betrayal, support helps",
  "support.reason.after-betrayal.body":
    "Rebuilding after a betrayal is some of the hardest work a couple can do. A counsellor who works with couples can help you both be heard and keep the conversations from going round in circles.",
  "support.reason.repeated-ruptures.title": "The hard moments are coming close together",
  "support.reason.repeated-ruptures.body":
    "You have started several repairs in a short time. That says you both keep trying. When ruptures come this often, a counsellor can help you find the pattern underneath them.",
  "support.reason.low-safety.title": "Someone has been feeling unsafe",
  "support.reason.low-safety.body":
    "A recent check-in had a low rating for feeling safe. Feeling safe comes before anything else. Talking it through with a professional can help, and the private safety check is there if you want it.",
  "support.reason.low-trust-for-months.title": "Trust has been low for a while",
  "support.reason.low-trust-for-months.body":
    "Your check-ins have shown low trust for a few months now. That is not a failure; some hurts need more than two people working alone. A counsellor can help you find a way forward, together or apart.",
  "support.reason.safety-concern.title": "Support for you, on your own",
  "support.reason.safety-concern.body":
    "From what you shared in your safety check, the most helpful next step is support for you alone: a domestic abuse service or a counsellor you see by yourself. They can help you think about your safety, confidentially.",
  "support.advice.no-couples-counselling":
    "While there is abuse or fear in a relationship, couples counselling is not recommended: it can make things more dangerous, and it can put the responsibility in the wrong place.",
  "support.advice.emergency": "If you are in danger right now, call your local emergency number.",
  "support.advice.take-safety-check":
    "If feeling unsafe is about your partner, the private safety check can help you see where things stand.",
  "support.advice.invite-counsellor": "You can invite a counsellor into Mend when you are both ready.",

  // ——— Default resources (a deployment should set its own local helplines) ———
  "support.resources.title": "Where to find help",
  "support.resources.defaultsNotice":
    "These are general resources. The people who run this service have not yet added local helplines.",
  "support.resource.emergency.name": "Your local emergency number",
  "support.resource.emergency.description":
    "If you or someone else is in danger right now, call your local emergency number, for example 911 in the United States and Canada, 999 in the United Kingdom, 112 across the European Union, or 000 in Australia.",
  "support.resource.findahelpline.name": "Find A Helpline",
  "support.resource.findahelpline.description":
    "A free directory of confidential helplines in many countries. Search by country and by what you need, such as a crisis line or support with abuse in a relationship.",
  "support.resource.domestic-abuse.name": "A local domestic abuse service",
  "support.resource.domestic-abuse.description":
    "Domestic abuse services listen without judging, help you make a safety plan, and never tell your partner you called. Find A Helpline lists them by country.",
  "support.resource.counselling.name": "A counsellor or therapist",
  "support.resource.counselling.description":
    "Your doctor or a national professional body for counsellors can help you find someone qualified near you. If there is fear or abuse in your relationship, look for someone you see on your own first.",
} as const;
