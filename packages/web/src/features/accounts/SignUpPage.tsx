import { RegisterBody, t } from "@mend/core";
import { type FormEvent, useEffect, useRef, useState } from "react";
import { useSearchParams } from "react-router";
import { ApiRequestError, api } from "../../api/index.ts";
import { AppLink } from "../../app/navigation.tsx";
import { Button } from "../../ui/Button.tsx";
import { Notice } from "../../ui/Notice.tsx";
import { Page } from "../../ui/Page.tsx";
import { TextField } from "../../ui/TextField.tsx";
import { WithAboutMend } from "./AboutMend.tsx";
import { PasswordField } from "./PasswordField.tsx";
import { describeProblem, type FieldErrors, fieldErrorsFrom } from "./problems.ts";
import { useAfterSignIn } from "./useAuthActions.ts";

type Field = "displayName" | "email" | "password";

export function SignUpPage() {
  const afterSignIn = useAfterSignIn();
  // `/sign-up?role=counsellor` is the counsellor's way in; everyone else signs up as a partner.
  const [search] = useSearchParams();
  const counsellor = search.get("role") === "counsellor";
  const formRef = useRef<HTMLFormElement>(null);
  const [displayName, setDisplayName] = useState("");
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<FieldErrors<Field>>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);

  const labels: Record<Field, string> = {
    displayName: t("accounts.field.displayName"),
    email: t("accounts.field.email"),
    password: t("accounts.field.password"),
  };

  // After a failed attempt, put the keyboard on the first field that needs attention.
  useEffect(() => {
    if (attempt === 0) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"], [role="alert"]')?.focus();
  }, [attempt]);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setGeneral(null);
    const parsed = RegisterBody.safeParse({
      displayName,
      email,
      password,
      ...(counsellor ? { role: "counsellor" } : {}),
    });
    if (!parsed.success) {
      const next: FieldErrors<Field> = {};
      for (const issue of parsed.error.issues) {
        const field = issue.path[0];
        if ((field === "displayName" || field === "email" || field === "password") && !next[field]) {
          next[field] = describeProblem(labels[field], issue.message);
        }
      }
      setErrors(next);
      setAttempt((n) => n + 1);
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      await api.auth.register(parsed.data);
      await afterSignIn();
    } catch (error) {
      if (error instanceof ApiRequestError && error.status === 409) {
        setErrors({ email: t("accounts.error.emailTaken") });
      } else {
        const mapped = fieldErrorsFrom(error, labels);
        setErrors(mapped.fields);
        setGeneral(mapped.general);
      }
      setBusy(false);
      setAttempt((n) => n + 1);
    }
  }

  return (
    <Page
      title={counsellor ? t("counsellor.signUp.title") : t("accounts.signUp.title")}
      intro={<p>{counsellor ? t("counsellor.signUp.intro") : t("accounts.signUp.intro")}</p>}
      wide
    >
      <WithAboutMend audience={counsellor ? "counsellor" : "partner"}>
        <form ref={formRef} className="card auth-form" onSubmit={onSubmit} noValidate>
          {general ? (
            <Notice role="alert" focusable>
              {general}
            </Notice>
          ) : null}
          <TextField
            label={labels.displayName}
            hint={counsellor ? t("counsellor.field.displayName.hint") : t("accounts.field.displayName.hint")}
            error={errors.displayName}
            name="displayName"
            autoComplete="nickname"
            required
            maxLength={80}
            value={displayName}
            onChange={(event) => setDisplayName(event.target.value)}
          />
          <TextField
            label={labels.email}
            error={errors.email}
            type="email"
            name="email"
            autoComplete="email"
            inputMode="email"
            spellCheck={false}
            required
            value={email}
            onChange={(event) => setEmail(event.target.value)}
          />
          <PasswordField
            label={labels.password}
            hint={t("accounts.field.password.hint")}
            error={errors.password}
            autoComplete="new-password"
            value={password}
            onChange={setPassword}
          />
          <Button type="submit" block disabled={busy} aria-busy={busy || undefined}>
            {t("accounts.signUp.submit")}
          </Button>
        </form>
        <p>
          {t("accounts.signUp.haveAccount")} <AppLink to="/sign-in">{t("accounts.signUp.toSignIn")}</AppLink>
        </p>
        <p>
          <AppLink to={counsellor ? "/sign-up" : "/sign-up?role=counsellor"}>
            {counsellor ? t("counsellor.signUp.partnerLink") : t("counsellor.signUp.link")}
          </AppLink>
        </p>
      </WithAboutMend>
    </Page>
  );
}
