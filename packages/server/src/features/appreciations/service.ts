import { type Appreciation, readScope, type Viewer } from "@mend/core";
import { newId } from "../../auth/tokens.ts";
import type { Clock } from "../../clock.ts";
import { dbTime, toIso } from "../../db/convert.ts";
import type { Db } from "../../db/database.ts";
import { visibleTo } from "../../db/visibility.ts";
import type { EventStore } from "../../realtime/events.ts";
import { requireCouple } from "../visibility-choice.ts";

interface Row {
  id: string;
  author_id: string;
  author_name: string;
  body: string;
  created_at: string | Date;
}

function present(row: Row, viewer: Viewer): Appreciation {
  return {
    id: row.id,
    author: { id: row.author_id, displayName: row.author_name },
    mine: row.author_id === viewer.userId,
    body: row.body,
    createdAt: toIso(row.created_at),
  };
}

/** Appreciations are always for the partner: visibility "couple", scoped by the one helper. */
export class AppreciationService {
  constructor(
    private readonly db: Db,
    private readonly events: EventStore,
    private readonly clock: Clock,
  ) {}

  private visible(viewer: Viewer) {
    return this.db
      .selectFrom("appreciation as p")
      .innerJoin("app_user as a", "a.id", "p.author_id")
      .select(["p.id", "p.author_id", "a.display_name as author_name", "p.body", "p.created_at"])
      .where(visibleTo(readScope(viewer, this.clock.now()), "p"));
  }

  async create(viewer: Viewer, body: string): Promise<Appreciation> {
    const coupleId = requireCouple(viewer);
    const id = newId();
    await this.db.transaction().execute(async (tx) => {
      await tx
        .insertInto("appreciation")
        .values({
          id,
          couple_id: coupleId,
          author_id: viewer.userId,
          visibility: "couple",
          body,
          created_at: dbTime(this.clock.now()),
        })
        .execute();
      await this.events.publishToCouple(
        coupleId,
        { type: "appreciation.created", subjectId: id },
        { except: viewer.userId, tx },
      );
    });
    const row = await this.visible(viewer).where("p.id", "=", id).executeTakeFirstOrThrow();
    return present(row, viewer);
  }

  async list(viewer: Viewer): Promise<Appreciation[]> {
    const rows = await this.visible(viewer)
      .orderBy("p.created_at", "desc")
      .orderBy("p.id", "desc")
      .limit(200)
      .execute();
    return rows.map((r) => present(r, viewer));
  }

  /** A random appreciation the partner wrote to me, for a low moment. */
  async draw(viewer: Viewer): Promise<Appreciation | null> {
    const ids = await this.visible(viewer)
      .where("p.author_id", "!=", viewer.userId)
      .select("p.id as pick")
      .execute();
    if (ids.length === 0) return null;
    const chosen = ids[Math.floor(Math.random() * ids.length)];
    if (!chosen) return null;
    const row = await this.visible(viewer).where("p.id", "=", chosen.pick).executeTakeFirst();
    return row ? present(row, viewer) : null;
  }
}
