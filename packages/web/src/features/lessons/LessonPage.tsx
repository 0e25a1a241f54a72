import { LESSONS, t } from "@mend/core";
import { useParams } from "react-router";
import { AppLink } from "../../app/navigation.tsx";
import { Button, buttonClass } from "../../ui/Button.tsx";
import { formatDate } from "../../ui/format.ts";
import { Notice } from "../../ui/Notice.tsx";
import { Page } from "../../ui/Page.tsx";
import { findLesson, lessonText, paragraphs } from "./lessonText.ts";
import { useLessonProgress, useMarkLesson } from "./useLessons.ts";
import "./lessons.css";

export function LessonPage() {
  const { lessonId = "" } = useParams();
  const lesson = findLesson(lessonId);
  const progress = useLessonProgress();
  const mark = useMarkLesson();

  if (!lesson) {
    return (
      <Page title={t("lessons.notFound")}>
        <AppLink className={buttonClass("secondary")} to="/lessons">
          {t("lessons.back")}
        </AppLink>
      </Page>
    );
  }

  const readAt = progress.data?.lessons.find((entry) => entry.id === lesson.id)?.readAt ?? null;
  const index = LESSONS.findIndex((entry) => entry.id === lesson.id);
  const next = LESSONS[index + 1];

  return (
    <Page title={lessonText(lesson.id, "title")} intro={<p>{lessonText(lesson.id, "summary")}</p>}>
      <p className="small muted">{t("lessons.minutes", { minutes: lesson.minutes })}</p>
      <article className="lesson-body">
        {paragraphs(lessonText(lesson.id, "body")).map((paragraph) => (
          <p key={paragraph}>{paragraph}</p>
        ))}
      </article>
      <section className="card lesson-end" aria-labelledby="lesson-try">
        <h2 id="lesson-try">{t("lessons.next")}</h2>
        <AppLink className={buttonClass("primary", true)} to={lesson.toolPath}>
          {lessonText(lesson.id, "toolLabel")}
        </AppLink>
        <div className="lesson-end__read">
          {progress.isSuccess ? (
            readAt ? (
              <>
                <p className="lesson-state lesson-state--read">
                  {t("lessons.readOn", { date: formatDate(readAt) })}
                </p>
                <Button
                  variant="quiet"
                  onClick={() => mark.mutate({ id: lesson.id, read: false })}
                  disabled={mark.isPending}
                  aria-busy={mark.isPending || undefined}
                >
                  {t("lessons.markUnread")}
                </Button>
              </>
            ) : (
              <Button
                variant="secondary"
                icon="check"
                onClick={() => mark.mutate({ id: lesson.id, read: true })}
                disabled={mark.isPending}
                aria-busy={mark.isPending || undefined}
              >
                {t("lessons.markRead")}
              </Button>
            )
          ) : null}
          <div role="status">
            {mark.isSuccess ? (
              <p className="small">
                {mark.variables.read ? t("lessons.markedRead") : t("lessons.markedUnread")}
              </p>
            ) : null}
          </div>
          {mark.isError ? (
            <Notice role="alert">
              <p>{t("lessons.error")}</p>
            </Notice>
          ) : null}
        </div>
      </section>
      <div className="button-row">
        {next ? (
          <AppLink className={buttonClass("secondary")} to={`/lessons/${next.id}`}>
            {t("lessons.nextLesson", { title: lessonText(next.id, "title") })}
          </AppLink>
        ) : null}
        <AppLink className={buttonClass("quiet")} to="/lessons">
          {t("lessons.back")}
        </AppLink>
      </div>
    </Page>
  );
}
