import { hasMessage, LESSONS, t } from "@mend/core";

export type Lesson = (typeof LESSONS)[number];

export function lessonText(id: string, part: "title" | "summary" | "body" | "toolLabel"): string {
  const key = `lesson.${id}.${part}`;
  return hasMessage(key) ? t(key) : "";
}

/** Paragraphs are separated by blank lines in the catalogue. */
export function paragraphs(body: string): string[] {
  return body
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);
}

export function findLesson(id: string): Lesson | undefined {
  return LESSONS.find((lesson) => lesson.id === id);
}
