import { type Boundary, MAX_BOUNDARY_TEXT, t } from "@mend/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { api, queryKeys } from "../../api/index.ts";
import { Button } from "../../ui/Button.tsx";
import { formatDay } from "../../ui/dates.ts";
import { Notice } from "../../ui/Notice.tsx";
import { StatusNotice } from "../../ui/StatusNotice.tsx";
import { CoachedField } from "../coach/CoachedField.tsx";
import { saveErrorText, textProblem } from "../together/partner.tsx";

type Mode = "idle" | "talk" | "counter" | "crossed";

/** One boundary with the answers open to this person: accept, ask to talk, suggest a change, or raise it as crossed. */
export function BoundaryCard({ boundary, name }: { boundary: Boundary; name: string }) {
  const queryClient = useQueryClient();
  const [mode, setMode] = useState<Mode>("idle");
  const [status, setStatus] = useState<string | null>(null);
  const refresh = async () => {
    await queryClient.invalidateQueries({ queryKey: queryKeys.boundaries });
  };
  const accept = useMutation({
    mutationFn: () => api.boundaries.respond(boundary.id, { response: "accept" }),
    onSuccess: refresh,
  });
  const open = boundary.status === "proposed" || boundary.status === "talk";
  const canAnswer = open && !boundary.mine;
  const headingId = `boundary-${boundary.id}`;
  return (
    <li className={`card boundary boundary--${boundary.kind}`} data-testid="boundary">
      <article aria-labelledby={headingId}>
        <p className="boundary__head">
          <span id={headingId} className="boundary__kind">
            {t(`boundaries.kindLabel.${boundary.kind}`)}
          </span>
          <span className="talk-badge">{t(`boundaries.status.${boundary.status}`)}</span>
        </p>
        <p className="talk-text boundary__body">{boundary.body}</p>
        <p className="talk-meta">
          {boundary.mine
            ? t("boundaries.byYou")
            : t("boundaries.by", { name: boundary.proposedBy.displayName || name })}{" "}
          · {t("boundaries.reviewOn", { date: formatDay(boundary.reviewOn) })}
        </p>
        {boundary.note ? (
          <p className="small talk-text">{t("boundaries.note", { note: boundary.note })}</p>
        ) : null}
        {mode === "idle" ? (
          <div className="button-row">
            {canAnswer ? (
              <>
                <Button icon="check" onClick={() => accept.mutate()} disabled={accept.isPending}>
                  {t("boundaries.accept")}
                </Button>
                {boundary.status === "proposed" ? (
                  <Button variant="secondary" onClick={() => setMode("talk")}>
                    {t("boundaries.talk")}
                  </Button>
                ) : null}
                <Button variant="quiet" icon="pencil" onClick={() => setMode("counter")}>
                  {t("boundaries.counter")}
                </Button>
              </>
            ) : null}
            {open && boundary.mine && boundary.status === "talk" ? (
              <Button variant="quiet" icon="pencil" onClick={() => setMode("counter")}>
                {t("boundaries.revise")}
              </Button>
            ) : null}
            {boundary.status === "agreed" ? (
              <Button variant="quiet" onClick={() => setMode("crossed")}>
                {t("boundaries.crossed")}
              </Button>
            ) : null}
          </div>
        ) : null}
        {mode === "talk" ? (
          <TalkForm boundary={boundary} onDone={() => setMode("idle")} onSaved={refresh} />
        ) : null}
        {mode === "counter" ? (
          <CounterForm boundary={boundary} onDone={() => setMode("idle")} onSaved={refresh} />
        ) : null}
        {mode === "crossed" ? (
          <CrossedForm
            boundary={boundary}
            onDone={(saved) => {
              setMode("idle");
              if (saved) setStatus(t("boundaries.crossed.saved"));
            }}
          />
        ) : null}
        {accept.isError ? (
          <Notice role="alert">
            <p>{saveErrorText(accept.error)}</p>
          </Notice>
        ) : null}
        <StatusNotice message={status} className="form-status" />
        {boundary.version > 1 ? <Versions boundary={boundary} /> : null}
      </article>
    </li>
  );
}

function TalkForm({
  boundary,
  onDone,
  onSaved,
}: {
  boundary: Boundary;
  onDone: () => void;
  onSaved: () => Promise<void>;
}) {
  const [note, setNote] = useState("");
  const talk = useMutation({
    mutationFn: () =>
      api.boundaries.respond(boundary.id, {
        response: "talk",
        ...(note.trim() ? { note: note.trim() } : {}),
      }),
    onSuccess: async () => {
      await onSaved();
      onDone();
    },
  });
  return (
    <form
      className="boundary__form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        talk.mutate();
      }}
    >
      <CoachedField
        label={t("boundaries.respond.note")}
        value={note}
        onChange={setNote}
        maxLength={MAX_BOUNDARY_TEXT}
        rows={3}
      />
      {talk.isError ? (
        <Notice role="alert">
          <p>{saveErrorText(talk.error)}</p>
        </Notice>
      ) : null}
      <div className="button-row">
        <Button type="submit" variant="secondary" disabled={talk.isPending}>
          {t("boundaries.talk.submit")}
        </Button>
        <Button variant="quiet" onClick={onDone}>
          {t("form.cancel")}
        </Button>
      </div>
    </form>
  );
}

function CounterForm({
  boundary,
  onDone,
  onSaved,
}: {
  boundary: Boundary;
  onDone: () => void;
  onSaved: () => Promise<void>;
}) {
  const [body, setBody] = useState(boundary.body);
  const [note, setNote] = useState("");
  const [error, setError] = useState<string | null>(null);
  const counter = useMutation({
    mutationFn: () =>
      api.boundaries.counter(boundary.id, {
        body: body.trim(),
        ...(note.trim() ? { note: note.trim() } : {}),
      }),
    onSuccess: async () => {
      await onSaved();
      onDone();
    },
  });
  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const problem = textProblem(body, MAX_BOUNDARY_TEXT);
    setError(problem);
    if (!problem) counter.mutate();
  }
  return (
    <form className="boundary__form" noValidate onSubmit={onSubmit}>
      <CoachedField
        label={t("boundaries.counter.body")}
        value={body}
        onChange={(value) => {
          setBody(value);
          setError(null);
        }}
        error={error}
        maxLength={MAX_BOUNDARY_TEXT}
        rows={3}
        required
      />
      <CoachedField
        label={t("boundaries.respond.note")}
        value={note}
        onChange={setNote}
        rows={2}
        maxLength={MAX_BOUNDARY_TEXT}
      />
      {counter.isError ? (
        <Notice role="alert">
          <p>{saveErrorText(counter.error)}</p>
        </Notice>
      ) : null}
      <div className="button-row">
        <Button type="submit" variant="secondary" disabled={counter.isPending}>
          {t("boundaries.counter.submit")}
        </Button>
        <Button variant="quiet" onClick={onDone}>
          {t("form.cancel")}
        </Button>
      </div>
    </form>
  );
}

/** A crossed boundary is raised through the coach, as an "I" sentence, on the next check-in's agenda. */
function CrossedForm({ boundary, onDone }: { boundary: Boundary; onDone: (saved: boolean) => void }) {
  const queryClient = useQueryClient();
  const [body, setBody] = useState("");
  const [error, setError] = useState<string | null>(null);
  const raise = useMutation({
    mutationFn: () => api.boundaries.crossed(boundary.id, body.trim()),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: queryKeys.checkins });
      onDone(true);
    },
  });
  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const problem = textProblem(body, 2_000);
    setError(problem);
    if (!problem) raise.mutate();
  }
  return (
    <form className="boundary__form" noValidate onSubmit={onSubmit}>
      <CoachedField
        label={t("boundaries.crossed.field")}
        hint={t("boundaries.crossed.hint")}
        value={body}
        onChange={(value) => {
          setBody(value);
          setError(null);
        }}
        error={error}
        maxLength={2_000}
        rows={3}
        required
      />
      {raise.isError ? (
        <Notice role="alert">
          <p>{saveErrorText(raise.error)}</p>
        </Notice>
      ) : null}
      <div className="button-row">
        <Button type="submit" variant="secondary" disabled={raise.isPending}>
          {t("boundaries.crossed.submit")}
        </Button>
        <Button variant="quiet" onClick={() => onDone(false)}>
          {t("form.cancel")}
        </Button>
      </div>
    </form>
  );
}

function Versions({ boundary }: { boundary: Boundary }) {
  const [open, setOpen] = useState(false);
  const detail = useQuery({
    queryKey: queryKeys.boundary(boundary.id),
    queryFn: () => api.boundaries.get(boundary.id),
    enabled: open,
  });
  return (
    <details className="boundary__versions" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{t("boundaries.versions")}</summary>
      {detail.isError ? <p className="small">{t("web.rebuild.loadError")}</p> : null}
      <ol className="small">
        {(detail.data?.versions ?? []).map((version) => (
          <li key={version.id}>
            <strong>
              {t("boundaries.version", {
                version: version.version,
                status: t(`boundaries.status.${version.status}`),
              })}
            </strong>
            <br />
            <span className="talk-text">{version.body}</span>
          </li>
        ))}
      </ol>
    </details>
  );
}
