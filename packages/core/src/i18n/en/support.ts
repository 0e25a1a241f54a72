/** Texts of the counsellor features and the session-prep report (server-side). Written for Mend. */
export const support = {
  "report.title": "Session-prep summary",
  "report.subtitle": "{partners} · {from} to {to}",
  "report.generated":
    "Made on {at} (UTC). The counsellor can open it only once both partners have approved it.",
  "report.scope":
    "It holds only what both partners agreed to share with their counsellor. Private entries, unsent letters, answers not yet revealed and the safety check are never included.",
  "report.none": "Nothing in this period.",
  "report.section.checkins": "Check-ins",
  "report.section.commitments": "Commitments",
  "report.section.repairs": "Repairs",
  "report.section.boundaries": "Boundaries",
  "report.section.goals": "Goals",
  "report.section.assessments": "Assessments",
  "report.checkin.ratings": "{name}: felt safe {safety}/10, trust in us {trust}/10",
  "report.checkin.appreciation": "Appreciated",
  "report.checkin.worry": "Worried about",
  "report.checkin.request": "Asked for",
  "report.commitment":
    "{title} ({by}): kept {kept} of {due} in the last 30 days, {kept90} of {due90} in 90 days",
  "report.repair": "{title}, started {date}: {status}",
  "report.repair.ritual": "Ritual",
  "report.boundary": "{body} — proposed by {by}, {status} (version {version})",
  "report.goal": "{title} ({by}): {status}, {done} of {total} milestones",
  "report.footer": "Mend is a self-help tool, not therapy and not a crisis service. Made with Mend.",
} as const;
