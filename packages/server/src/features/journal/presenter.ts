import type { JournalEntry, Viewer } from "@mend/core";
import type { JournalRecord } from "./repo.ts";

export function presentEntry(entry: JournalRecord, viewer: Viewer): JournalEntry {
  return {
    id: entry.id,
    author: { id: entry.authorId, displayName: entry.authorName },
    mine: entry.authorId === viewer.userId,
    body: entry.body,
    visibility: entry.visibility,
    prompt: entry.prompt,
    createdAt: entry.createdAt,
    updatedAt: entry.updatedAt,
  };
}
