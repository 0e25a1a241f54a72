import { type CrisisKind, defaultResources, type ResourceKind, t } from "@mend/core";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Button } from "../../../ui/Button.tsx";
import { Icon } from "../../../ui/Icon.tsx";
import { type ResourceList as Resources, safetyKeys } from "../api.ts";
import { ResourceList } from "../ResourceList.tsx";
import { useCrisisWatch } from "./useCrisisWatch.ts";
import "../safety.css";

/** Which places to name first for each kind of note. */
const KINDS_FOR: Record<CrisisKind, readonly ResourceKind[]> = {
  "self-harm": ["emergency", "crisis-line"],
  "harm-to-others": ["emergency", "crisis-line"],
  "being-harmed": ["emergency", "domestic-abuse"],
};

/**
 * Only ever read from the cache (filled when the field appeared), so showing the note makes no
 * request; before the deployment's list has arrived, Mend's own general resources stand in.
 */
function useCachedResources(kind: CrisisKind) {
  const queryClient = useQueryClient();
  const cached = queryClient.getQueryData<Resources>(safetyKeys.resources);
  const all = cached?.resources ?? defaultResources("en");
  const wanted = all.filter((resource) => KINDS_FOR[kind].includes(resource.kind));
  return wanted.length > 0 ? wanted : all;
}

/**
 * A gentle note under a text field when the words suggest someone may be in danger or in deep
 * pain. It never blocks writing, never takes focus, and can be put away with "Not now"; it comes
 * back only if a different kind of worry appears. Screen readers hear its title, politely.
 */
export function CrisisNote({ text }: { text: string }) {
  const kind = useCrisisWatch(text);
  const [dismissed, setDismissed] = useState<CrisisKind | null>(null);
  const shown = kind !== null && kind !== dismissed ? kind : null;
  return (
    <div className="crisis-note-slot">
      <p className="visually-hidden" aria-live="polite">
        {shown ? `${t("crisisNote.label")}: ${t(`safety.crisis.${shown}.title`)}` : ""}
      </p>
      {shown ? <CrisisNoteBody kind={shown} onDismiss={() => setDismissed(shown)} /> : null}
    </div>
  );
}

function CrisisNoteBody({ kind, onDismiss }: { kind: CrisisKind; onDismiss: () => void }) {
  const resources = useCachedResources(kind);
  return (
    <aside className="crisis-note" aria-label={t("crisisNote.label")} data-testid="crisis-note">
      <p className="crisis-note__title">
        <Icon name="heart" />
        <span>{t(`safety.crisis.${kind}.title`)}</span>
      </p>
      <p>{t(`safety.crisis.${kind}.body`)}</p>
      <ResourceList resources={resources} isDefault={false} compact />
      <p className="small muted">{t("crisisNote.private")}</p>
      {/* No link away from here: leaving the page would lose what the person is writing. */}
      <div className="button-row">
        <Button variant="quiet" onClick={onDismiss}>
          {t("safety.crisis.dismiss")}
        </Button>
      </div>
    </aside>
  );
}
