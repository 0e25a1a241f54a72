import { otherRole, REPAIR_STEPS, type Repair, t } from "@mend/core";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useParams } from "react-router";
import { api, queryKeys } from "../../api/index.ts";
import { Button } from "../../ui/Button.tsx";
import { formatDate } from "../../ui/format.ts";
import { Notice } from "../../ui/Notice.tsx";
import { Loading, Page } from "../../ui/Page.tsx";
import { BackLink } from "../../ui/PlaceList.tsx";
import { TalkLoadError, usePartnerName } from "../together/partner.tsx";
import { AmendsSection, ForgivenessSection, RitualSection } from "./AfterReveal.tsx";
import { ReflectionForm } from "./ReflectionForm.tsx";
import "../../ui/sections.css";
import "../checkins/checkins.css";
import "../together/together.css";
import "./repairs.css";

type Reflection = NonNullable<Repair["mine"]>;

/** One repair: private reflections (sealed), then the guided conversation, amends, ritual, forgiveness. */
export function RepairPage() {
  const { repairId = "" } = useParams();
  const partner = usePartnerName();
  const name = partner.name ?? t("couples.partnerFallback");
  const query = useQuery({ queryKey: queryKeys.repair(repairId), queryFn: () => api.repairs.get(repairId) });
  const repair = query.data?.repair;
  return (
    <Page title={repair?.title ?? t("repairs.title")} wide>
      <BackLink to="/repairs" label={t("repairs.back")} />
      {query.isPending ? <Loading /> : null}
      {query.isError ? <TalkLoadError error={query.error} onRetry={() => void query.refetch()} /> : null}
      {repair ? <RepairBody repair={repair} name={name} /> : null}
    </Page>
  );
}

function RepairBody({ repair, name }: { repair: Repair; name: string }) {
  return (
    <>
      <p className="repair__meta">
        <span>{t(`repairs.kindLabel.${repair.kind}`)}</span>
        <span className="talk-badge">{t(`repairs.status.${repair.status}`)}</span>
        <span className="muted small">
          {t("repairs.startedBy", { name: repair.startedBy.displayName, date: formatDate(repair.createdAt) })}
        </span>
      </p>
      {repair.kind === "betrayal" && repair.myRole ? <RoleGuidance repair={repair} name={name} /> : null}
      {repair.recommendProfessional || repair.kind === "betrayal" ? (
        <Notice tone="info">
          <p>
            <strong>{t("repair.professional.title")}</strong>
          </p>
          <p>{t("repair.professional")}</p>
        </Notice>
      ) : null}
      <ReflectionSection repair={repair} name={name} />
      {repair.revealed ? (
        <>
          <ConversationSteps />
          <AmendsSection repair={repair} />
          <RitualSection repair={repair} />
          <ForgivenessSection repair={repair} name={name} />
        </>
      ) : null}
    </>
  );
}

function RoleGuidance({ repair, name }: { repair: Repair; name: string }) {
  if (!repair.myRole) return null;
  const role = repair.myRole;
  return (
    <section className="card repair-role" aria-labelledby="repair-role">
      <h2 id="repair-role">{t("repair.role.title", { role: t(`repair.role.${role}`) })}</h2>
      <p>{t(`repair.guidance.${role}`)}</p>
      <p className="muted small">
        {t("repair.role.partner", { name, role: t(`repair.role.${otherRole(role)}`) })}
      </p>
    </section>
  );
}

function ReflectionSection({ repair, name }: { repair: Repair; name: string }) {
  const [editing, setEditing] = useState(false);
  if (repair.revealed && repair.mine && repair.partner) {
    return (
      <section className="card" aria-labelledby="reflections">
        <h2 id="reflections">{t("repair.reflect.title")}</h2>
        <p>{t("repair.revealed.intro")}</p>
        <div className="reveal" data-testid="repair-reveal">
          <ReflectionColumn reflection={repair.mine} title={t("web.rebuild.you")} />
          <ReflectionColumn
            reflection={repair.partner}
            title={repair.partner.author.displayName || name}
            theirs
          />
        </div>
      </section>
    );
  }
  return (
    <section className="card" aria-labelledby="reflections">
      <h2 id="reflections">{t("repair.reflect.title")}</h2>
      {repair.mine && !editing ? (
        <>
          <div className="sealed" data-testid="repair-sealed">
            <p className="sealed__title">{t("repair.sealed.title", { name })}</p>
            <p>{t("repair.sealed.hint")}</p>
          </div>
          <details className="sealed__mine">
            <summary>{t("repair.sealed.yours")}</summary>
            <ReflectionColumn reflection={repair.mine} title={t("web.rebuild.you")} />
          </details>
          <Button variant="quiet" icon="pencil" onClick={() => setEditing(true)}>
            {t("repair.reflect.edit")}
          </Button>
        </>
      ) : (
        <>
          <p className="muted">{t("repair.reflect.intro", { name })}</p>
          {repair.partnerWritten ? (
            <div className="sealed sealed--turn" data-testid="repair-partner-written">
              <p className="sealed__title">{t("repair.reflect.partnerWritten", { name })}</p>
            </div>
          ) : null}
          <ReflectionForm repair={repair} partnerName={name} onSaved={() => setEditing(false)} />
        </>
      )}
    </section>
  );
}

function ReflectionColumn({
  reflection,
  title,
  theirs = false,
}: {
  reflection: Reflection;
  title: string;
  theirs?: boolean;
}) {
  return (
    <section
      className={theirs ? "reveal__column reveal__column--theirs" : "reveal__column"}
      aria-label={title}
    >
      <h3>{title}</h3>
      <dl>
        <dt>{t("repair.reflect.happened")}</dt>
        <dd className="talk-text">{reflection.happened}</dd>
        <dt>{t("repair.reflect.felt")}</dt>
        <dd className="talk-text">{reflection.felt}</dd>
        <dt>{t("repair.reflect.myPart")}</dt>
        <dd className="talk-text">{reflection.myPart}</dd>
        <dt>{t("repair.reflect.wouldHelp")}</dt>
        <dd className="talk-text">{reflection.wouldHelp}</dd>
      </dl>
    </section>
  );
}

function ConversationSteps() {
  return (
    <section className="card" aria-labelledby="repair-steps">
      <h2 id="repair-steps">{t("repair.steps.title")}</h2>
      <p className="muted">{t("repair.steps.intro")}</p>
      <ol className="repair-steps">
        {REPAIR_STEPS.map((step) => (
          <li key={step}>{t(`repair.step.${step}`)}</li>
        ))}
      </ol>
    </section>
  );
}
