import { LESSONS, t } from "@mend/core";
import { AppLink } from "../../app/navigation.tsx";
import { Button } from "../../ui/Button.tsx";
import { Icon } from "../../ui/Icon.tsx";
import { Notice } from "../../ui/Notice.tsx";
import { Page } from "../../ui/Page.tsx";
import { lessonText } from "./lessonText.ts";
import { useLessonProgress } from "./useLessons.ts";
import "./lessons.css";

export function LessonsPage() {
  const progress = useLessonProgress();
  const readAt = new Map((progress.data?.lessons ?? []).map((lesson) => [lesson.id, lesson.readAt]));
  const readCount = [...readAt.values()].filter(Boolean).length;
  return (
    <Page title={t("lessons.title")} intro={<p>{t("lessons.intro")}</p>}>
      {progress.isSuccess ? (
        <p className="lessons__progress small">
          {t("lessons.progress", { read: readCount, total: LESSONS.length })}
        </p>
      ) : null}
      {progress.isError ? (
        <Notice role="alert">
          <p>{t("lessons.loadError")}</p>
          <Button variant="secondary" onClick={() => void progress.refetch()}>
            {t("shell.retry")}
          </Button>
        </Notice>
      ) : null}
      <ol className="lesson-list">
        {LESSONS.map((lesson) => {
          const read = Boolean(readAt.get(lesson.id));
          return (
            <li key={lesson.id} className={read ? "lesson-card lesson-card--read" : "lesson-card"}>
              <h2 className="lesson-card__title">
                <AppLink to={`/lessons/${lesson.id}`}>{lessonText(lesson.id, "title")}</AppLink>
              </h2>
              <p className="lesson-card__summary">{lessonText(lesson.id, "summary")}</p>
              <p className="lesson-card__meta small">
                <span>{t("lessons.minutes", { minutes: lesson.minutes })}</span>
                {progress.isSuccess ? (
                  <span className={read ? "lesson-state lesson-state--read" : "lesson-state"}>
                    {read ? <Icon name="check" /> : null}
                    <span>{read ? t("lessons.read") : t("lessons.unread")}</span>
                  </span>
                ) : null}
              </p>
            </li>
          );
        })}
      </ol>
    </Page>
  );
}
