import { type Assessment, type MeResponse, t } from "@mend/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useLocation, useParams } from "react-router";
import { ApiRequestError, api, queryKeys } from "../../api/index.ts";
import { ErrorState } from "../../app/ErrorState.tsx";
import { AppLink } from "../../app/navigation.tsx";
import { useMe } from "../../app/session.ts";
import { Button, buttonClass } from "../../ui/Button.tsx";
import { formatDate } from "../../ui/format.ts";
import { Notice } from "../../ui/Notice.tsx";
import { Loading, Page } from "../../ui/Page.tsx";
import { VisibilityBadge } from "../journal/EntryCard.tsx";
import { visibilitiesFor } from "../journal/useJournal.ts";
import { Comparison } from "./Comparison.tsx";
import { AfterResult, ClosestTo, SubscaleResults } from "./ResultDetails.tsx";
import { sharedPair, useAssessment, useAssessmentList, useInstrument } from "./useAssessments.ts";
import "../journal/journal.css";
import "./assessments.css";

export function ResultPage() {
  const { instrumentId = "", assessmentId = "" } = useParams();
  const location = useLocation();
  const flash = typeof location.state === "string" ? location.state : null;
  const me = useMe();
  const result = useAssessment(assessmentId);
  const instrument = useInstrument(instrumentId);
  const list = useAssessmentList(instrumentId);

  if (result.isError && result.error instanceof ApiRequestError && result.error.status === 404) {
    return (
      <Page title={t("assessments.result.notFound")}>
        <AppLink className={buttonClass("secondary")} to="/assessments">
          {t("assessments.result.backHome")}
        </AppLink>
      </Page>
    );
  }
  if (result.isError || instrument.isError || me.isError) {
    return <ErrorState onRetry={() => void Promise.all([result.refetch(), instrument.refetch()])} />;
  }
  if (!result.data || !instrument.data || !me.data) return <Loading />;

  const assessment = result.data.assessment;
  const definition = instrument.data.instrument;
  const authorName = assessment.author.displayName;
  const title = assessment.mine
    ? t("assessments.result.title", { title: definition.title })
    : t("assessments.result.partnerTitle", { title: definition.title, name: authorName });
  const pair = sharedPair(list.data?.assessments ?? []);
  const showComparison =
    pair !== null &&
    assessment.visibility === "couple" &&
    (pair.mineShared.id === assessment.id || pair.partnerShared.id === assessment.id);

  return (
    <Page
      title={title}
      intro={
        <p>
          {assessment.mine
            ? t("assessments.result.takenOn", { date: formatDate(assessment.createdAt) })
            : t("assessments.result.sharedBy", { name: authorName, date: formatDate(assessment.createdAt) })}
        </p>
      }
    >
      {flash ? (
        <Notice tone="ok" role="status">
          <p>{flash}</p>
        </Notice>
      ) : null}
      <ClosestTo assessment={assessment} />
      <SubscaleResults
        assessment={assessment}
        heading={
          assessment.mine
            ? t("assessments.result.chartTitle")
            : t("assessments.result.chartTitlePartner", { name: authorName })
        }
      />
      {assessment.mine ? <ShareToggle assessment={assessment} me={me.data} /> : null}
      {showComparison && pair ? <Comparison mine={pair.mineShared} partner={pair.partnerShared} /> : null}
      <AfterResult instrument={definition} showPrompts={assessment.mine} />
      <div className="button-row result-links">
        <AppLink className={buttonClass("secondary")} to={`/assessments/${definition.id}/history`}>
          {t("assessments.result.seeHistory")}
        </AppLink>
        <AppLink className={buttonClass("quiet")} to="/assessments">
          {t("assessments.result.backHome")}
        </AppLink>
      </div>
    </Page>
  );
}

/** Share or unshare one's own result; "Us" needs a linked partner, as everywhere in Mend. */
function ShareToggle({ assessment, me }: { assessment: Assessment; me: MeResponse }) {
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<string | null>(null);
  const partnerName = me.couple?.partner?.displayName ?? null;
  const canShare = visibilitiesFor(me).includes("couple");
  const name = partnerName ?? t("couples.partnerFallback");
  const shared = assessment.visibility === "couple";
  const change = useMutation({
    mutationFn: (visibility: Assessment["visibility"]) =>
      api.assessments.setVisibility(assessment.id, visibility),
    onSuccess: async (answer) => {
      queryClient.setQueryData(queryKeys.assessment(assessment.id), answer);
      setStatus(
        answer.assessment.visibility === "couple"
          ? t("assessments.share.sharedNow", { name })
          : t("assessments.share.privateNow"),
      );
      await queryClient.invalidateQueries({ queryKey: queryKeys.assessments });
    },
  });
  return (
    <section className="card share" aria-labelledby="share-title">
      <h2 id="share-title">{t("assessments.share.title")}</h2>
      <p className="share__state">
        <VisibilityBadge visibility={assessment.visibility} />{" "}
        <span>{shared ? t("assessments.share.shared", { name }) : t("assessments.share.private")}</span>
      </p>
      {shared ? (
        <Button
          variant="secondary"
          icon="lock"
          onClick={() => change.mutate("private")}
          disabled={change.isPending}
          aria-busy={change.isPending || undefined}
        >
          {t("assessments.share.unshare")}
        </Button>
      ) : canShare ? (
        <Button
          variant="secondary"
          icon="people"
          onClick={() => change.mutate("couple")}
          disabled={change.isPending}
          aria-busy={change.isPending || undefined}
        >
          {t("assessments.share.share", { name })}
        </Button>
      ) : (
        <p className="small">
          {t("assessments.share.needsPartner")}{" "}
          <AppLink to="/partner">{t("journal.visibility.linkPartner")}</AppLink>
        </p>
      )}
      {change.isError ? (
        <Notice role="alert">
          <p>{t("assessments.share.error")}</p>
        </Notice>
      ) : null}
      <div role="status" className="share__status">
        {status ? <p className="small">{status}</p> : null}
      </div>
    </section>
  );
}
