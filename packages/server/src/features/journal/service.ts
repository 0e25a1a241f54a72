import {
  type CreateJournalEntryBody,
  canChange,
  canRead,
  isJournalPromptId,
  readScope,
  type UpdateJournalEntryBody,
  type Viewer,
} from "@mend/core";
import { newId } from "../../auth/tokens.ts";
import type { Clock } from "../../clock.ts";
import { badField, HttpError, notFound } from "../../http/errors.ts";
import { assertVisibilityAllowed } from "../visibility-choice.ts";
import type { JournalRecord, JournalRepo, PageCursor } from "./repo.ts";

export function encodeCursor(entry: Pick<JournalRecord, "createdAt" | "id">): string {
  return Buffer.from(JSON.stringify([entry.createdAt, entry.id])).toString("base64url");
}

export function decodeCursor(cursor: string): PageCursor {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (
      Array.isArray(value) &&
      value.length === 2 &&
      typeof value[0] === "string" &&
      typeof value[1] === "string" &&
      !Number.isNaN(Date.parse(value[0]))
    ) {
      return { createdAt: new Date(value[0]).toISOString(), id: value[1] };
    }
  } catch {
    // fall through to the 400 below
  }
  throw new HttpError(400, "invalid_querystring", "cursor: is not one this server gave out", [
    { field: "cursor", problem: "is not one this server gave out" },
  ]);
}

export class JournalService {
  constructor(
    private readonly entries: JournalRepo,
    private readonly clock: Clock,
  ) {}

  async create(viewer: Viewer, input: CreateJournalEntryBody): Promise<JournalRecord> {
    assertVisibilityAllowed(viewer, input.visibility);
    if (input.prompt !== undefined && !isJournalPromptId(input.prompt)) {
      throw badField("prompt", "is not one of Mend's journal prompts");
    }
    const id = newId();
    await this.entries.insert(
      {
        id,
        coupleId: viewer.coupleId,
        authorId: viewer.userId,
        body: input.body,
        visibility: input.visibility,
        prompt: input.prompt ?? null,
      },
      this.clock.now(),
    );
    return this.get(viewer, id);
  }

  async list(viewer: Viewer, limit: number, cursor?: string) {
    const page = await this.entries.list(
      readScope(viewer),
      limit + 1,
      cursor === undefined ? undefined : decodeCursor(cursor),
    );
    const entries = page.slice(0, limit);
    const last = entries.at(-1);
    return { entries, nextCursor: page.length > limit && last ? encodeCursor(last) : null };
  }

  async get(viewer: Viewer, id: string): Promise<JournalRecord> {
    const entry = await this.entries.findVisible(readScope(viewer), id);
    // Belt and braces: the SQL scope and the policy must agree; if they ever do not, hide it.
    if (!entry || !canRead(viewer, entry)) throw notFound("journal entry");
    return entry;
  }

  async update(viewer: Viewer, id: string, input: UpdateJournalEntryBody): Promise<JournalRecord> {
    const entry = await this.get(viewer, id);
    if (!canChange(viewer, entry)) {
      throw new HttpError(403, "forbidden", "Only the person who wrote an entry can change it.");
    }
    if (input.visibility !== undefined) assertVisibilityAllowed(viewer, input.visibility);
    // Sharing is always with the current partner: re-sharing an old entry ties it to this couple.
    const coupleId = input.visibility === "couple" ? viewer.coupleId : undefined;
    await this.entries.update(viewer.userId, id, { ...input, coupleId }, this.clock.now());
    return this.get(viewer, id);
  }

  async delete(viewer: Viewer, id: string): Promise<void> {
    const entry = await this.get(viewer, id);
    if (!canChange(viewer, entry)) {
      throw new HttpError(403, "forbidden", "Only the person who wrote an entry can delete it.");
    }
    await this.entries.delete(viewer.userId, id);
  }
}
