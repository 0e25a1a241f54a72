/**
 * The "Understand" lessons. Text lives in the catalogue under `lesson.<id>.*` (title, summary,
 * body with paragraphs separated by blank lines, toolLabel); each lesson ends by pointing to the
 * web app path of the tool that acts on it.
 */
export const LESSONS = [
  { id: "what-trust-issues-are", minutes: 3, toolPath: "/assessments/trust-signals" },
  { id: "where-they-come-from", minutes: 4, toolPath: "/journal?theme=attachment-history" },
  { id: "what-they-do", minutes: 3, toolPath: "/assessments/relationship-trust" },
  { id: "compassion-not-blame", minutes: 3, toolPath: "/journal?coach=1" },
  { id: "the-path", minutes: 4, toolPath: "/assessments" },
  { id: "when-to-get-help", minutes: 3, toolPath: "/journal?prompt=need-to-ask" },
] as const;

export type LessonId = (typeof LESSONS)[number]["id"];

export function isLessonId(value: string): value is LessonId {
  return LESSONS.some((lesson) => lesson.id === value);
}
