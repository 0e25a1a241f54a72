import { type CounsellorCategory, type CounsellorCouple, t } from "@mend/core";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { type ReactNode, useEffect } from "react";
import { useParams, useSearchParams } from "react-router";
import type { z } from "zod";
import { ApiRequestError } from "../../api/index.ts";
import { ErrorState } from "../../app/ErrorState.tsx";
import { AppLink } from "../../app/navigation.tsx";
import { Button } from "../../ui/Button.tsx";
import { Icon } from "../../ui/Icon.tsx";
import { Notice } from "../../ui/Notice.tsx";
import { Loading, Page } from "../../ui/Page.tsx";
import { ApprovedReports } from "./ApprovedReports.tsx";
import { AssignExercise } from "./AssignExercise.tsx";
import { type CategoryData, counsellorApi, counsellorKeys } from "./api.ts";
import {
  AssessmentsView,
  BoundariesView,
  CheckinsView,
  CommitmentsView,
  GoalsView,
  RepairsView,
} from "./CategoryViews.tsx";
import { COUNSELLOR_CATEGORIES, categoryName, coupleNames } from "./catalogue.ts";
import "./counsellor.css";

type Couple = z.infer<typeof CounsellorCouple>;

/** One couple as their counsellor sees it: one category at a time, exercises and summaries. */
export function CounsellorCouplePage() {
  const { coupleId = "" } = useParams();
  const couples = useQuery({ queryKey: counsellorKeys.couples, queryFn: counsellorApi.couples });
  if (couples.isPending) return <Loading />;
  if (couples.isError) return <ErrorState onRetry={() => void couples.refetch()} />;
  const couple = couples.data.couples.find((c) => c.id === coupleId);
  if (!couple) {
    return (
      <Page title={t("counsellor.home.title")}>
        <BackToCouples />
        <Notice tone="info">
          <p>{t("counsellor.couple.notFound")}</p>
        </Notice>
      </Page>
    );
  }
  return <CoupleScreen couple={couple} />;
}

function BackToCouples() {
  return (
    <p className="counsellor-back">
      <AppLink to="/counsellor">{t("counsellor.couple.back")}</AppLink>
    </p>
  );
}

function CoupleScreen({ couple }: { couple: Couple }) {
  const names = coupleNames(couple.partners);
  const [search] = useSearchParams();
  const asked = search.get("category");
  // Without a choice, open the first shared category (or the first of all when none is shared).
  const category: CounsellorCategory =
    COUNSELLOR_CATEGORIES.find((c) => c === asked) ??
    COUNSELLOR_CATEGORIES.find((c) => couple.categories.includes(c)) ??
    COUNSELLOR_CATEGORIES[0];
  return (
    <Page title={names}>
      <BackToCouples />
      <CategoryPicker couple={couple} current={category} />
      <section className="card counsellor-panel" aria-labelledby="counsellor-panel-title">
        <h2 id="counsellor-panel-title">{categoryName(category)}</h2>
        <CategoryPanel
          key={category}
          coupleId={couple.id}
          category={category}
          names={names}
          shared={couple.categories.includes(category)}
        />
      </section>
      <AssignExercise coupleId={couple.id} names={names} />
      <ApprovedReports couple={couple} names={names} />
    </Page>
  );
}

/** Links rather than tabs: each category has its own address, and the choice says its state in words. */
function CategoryPicker({ couple, current }: { couple: Couple; current: CounsellorCategory }) {
  return (
    <nav aria-label={t("counsellor.couple.categoriesLabel")} className="counsellor-picker">
      <ul>
        {COUNSELLOR_CATEGORIES.map((category) => {
          const shared = couple.categories.includes(category);
          return (
            <li key={category}>
              <AppLink
                to={`?category=${category}`}
                aria-current={category === current ? "page" : undefined}
                className={
                  shared
                    ? "counsellor-picker__link"
                    : "counsellor-picker__link counsellor-picker__link--closed"
                }
              >
                <span className="counsellor-picker__name">{categoryName(category)}</span>
                <span className="counsellor-picker__state">
                  {shared ? <Icon name="check" /> : <Icon name="lock" />}
                  {shared ? t("counsellor.couple.shared") : t("counsellor.couple.notShared")}
                </span>
              </AppLink>
            </li>
          );
        })}
      </ul>
      <p className="muted small">{t("counsellor.couple.logged")}</p>
    </nav>
  );
}

function isConsentMissing(error: unknown): boolean {
  return error instanceof ApiRequestError && error.status === 403 && error.code === "consent_missing";
}

/** Each category's view, fed by its own read of the server. */
function CategoryPanel({ coupleId, category, names, shared }: PanelProps<CounsellorCategory>) {
  const props = { coupleId, names, shared };
  switch (category) {
    case "assessments":
      return <SharedData {...props} category="assessments" render={(d) => <AssessmentsView data={d} />} />;
    case "checkins":
      return <SharedData {...props} category="checkins" render={(d) => <CheckinsView data={d} />} />;
    case "commitments":
      return <SharedData {...props} category="commitments" render={(d) => <CommitmentsView data={d} />} />;
    case "repairs":
      return <SharedData {...props} category="repairs" render={(d) => <RepairsView data={d} />} />;
    case "boundaries":
      return <SharedData {...props} category="boundaries" render={(d) => <BoundariesView data={d} />} />;
    case "goals":
      return <SharedData {...props} category="goals" render={(d) => <GoalsView data={d} />} />;
  }
}

interface PanelProps<C extends CounsellorCategory> {
  coupleId: string;
  category: C;
  names: string;
  /** What the dashboard last said about this category. */
  shared: boolean;
}

/** When the server's answer and the cached dashboard disagree, the dashboard is out of date. */
function useDashboardInStep(status: string, consentMissing: boolean, shared: boolean): void {
  const queryClient = useQueryClient();
  const outOfStep = (status === "error" && consentMissing && shared) || (status === "success" && !shared);
  useEffect(() => {
    if (outOfStep) void queryClient.invalidateQueries({ queryKey: counsellorKeys.couples });
  }, [outOfStep, queryClient]);
}

/**
 * Always asks the server, which decides with the consent as it is now: a withdrawal shows here on
 * the very next look, whatever the dashboard said a moment ago.
 */
function SharedData<C extends CounsellorCategory>({
  coupleId,
  category,
  names,
  shared,
  render,
}: PanelProps<C> & { render: (data: CategoryData<C>) => ReactNode }) {
  const query = useQuery({
    queryKey: counsellorKeys.category(coupleId, category),
    queryFn: () => counsellorApi.category(coupleId, category),
    refetchOnMount: "always",
  });
  useDashboardInStep(query.status, isConsentMissing(query.error), shared);
  if (query.isPending) return <Loading />;
  if (query.isError) {
    if (isConsentMissing(query.error)) return <NotSharedExplanation category={category} names={names} />;
    return (
      <Notice role="alert">
        <p>{t("counsellor.loadError")}</p>
        <Button variant="secondary" onClick={() => void query.refetch()}>
          {t("shell.retry")}
        </Button>
      </Notice>
    );
  }
  return render(query.data);
}

/** Not sharing is a valid choice, so it is explained calmly, never shown as a failure. */
function NotSharedExplanation({ category, names }: { category: CounsellorCategory; names: string }) {
  return (
    <div className="counsellor-not-shared" data-testid="not-shared">
      <Icon name="lock" />
      <div>
        <p className="counsellor-not-shared__title">
          {t("counsellor.notShared.title", { category: categoryName(category) })}
        </p>
        <p>{t("counsellor.notShared.body", { names })}</p>
        <p className="muted">{t("counsellor.notShared.hint")}</p>
      </div>
    </div>
  );
}
