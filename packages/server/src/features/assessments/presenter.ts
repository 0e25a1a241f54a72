import { type Assessment, findBand, type InstrumentDefinition, subscaleRange, type Viewer } from "@mend/core";
import type { AssessmentRecord } from "./repo.ts";

/** A stored result, explained with its instrument's subscales and bands. */
export function presentAssessment(
  record: AssessmentRecord,
  instrument: InstrumentDefinition | undefined,
  viewer: Viewer,
): Assessment {
  const subscales = Object.entries(record.scores).map(([id, score]) => {
    const subscale = instrument?.subscales.find((s) => s.id === id);
    const band = subscale ? findBand(subscale.bands, score) : null;
    return {
      id,
      name: subscale?.name ?? id,
      score,
      range: instrument && subscale ? subscaleRange(instrument, subscale) : { min: score, max: score },
      band: band && { label: band.label, meaning: band.meaning },
    };
  });
  const labelExplanation = record.label ? instrument?.classification?.explanation?.[record.label] : undefined;
  return {
    id: record.id,
    instrumentId: record.instrumentId,
    version: record.instrumentVersion,
    author: { id: record.authorId, displayName: record.authorName },
    mine: record.authorId === viewer.userId,
    visibility: record.visibility,
    scores: record.scores,
    subscales,
    ...(record.label && { label: record.label }),
    ...(labelExplanation && { labelExplanation }),
    createdAt: record.createdAt,
  };
}
