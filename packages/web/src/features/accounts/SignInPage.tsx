import { t } from "@mend/core";
import { type FormEvent, useState } from "react";
import { ApiRequestError, api } from "../../api/index.ts";
import { AppLink } from "../../app/navigation.tsx";
import { Button } from "../../ui/Button.tsx";
import { Notice } from "../../ui/Notice.tsx";
import { Page } from "../../ui/Page.tsx";
import { TextField } from "../../ui/TextField.tsx";
import { WithAboutMend } from "./AboutMend.tsx";
import { PasswordField } from "./PasswordField.tsx";
import { fieldErrorsFrom, retryMinutes } from "./problems.ts";
import { useAfterSignIn } from "./useAuthActions.ts";

export function SignInPage() {
  const afterSignIn = useAfterSignIn();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setProblem(null);
    try {
      await api.auth.login({ email: email.trim(), password });
      await afterSignIn();
    } catch (error) {
      if (error instanceof ApiRequestError && error.status === 401) setProblem(t("error.badCredentials"));
      else if (error instanceof ApiRequestError && error.status === 429)
        setProblem(t("error.tooManyAttempts", { minutes: retryMinutes(error) }));
      else setProblem(fieldErrorsFrom(error, { email: t("accounts.field.email") }).general);
      setBusy(false);
    }
  }

  return (
    <Page title={t("accounts.signIn.title")} intro={<p>{t("accounts.signIn.intro")}</p>} wide>
      <WithAboutMend>
        <form className="card auth-form" onSubmit={onSubmit} noValidate>
          {problem ? <Notice role="alert">{problem}</Notice> : null}
          <TextField
            label={t("accounts.field.email")}
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
            label={t("accounts.field.password")}
            autoComplete="current-password"
            value={password}
            onChange={setPassword}
          />
          <Button type="submit" block disabled={busy} aria-busy={busy || undefined}>
            {t("accounts.signIn.submit")}
          </Button>
        </form>
        <p>
          {t("accounts.signIn.noAccount")} <AppLink to="/sign-up">{t("accounts.signIn.toSignUp")}</AppLink>
        </p>
      </WithAboutMend>
    </Page>
  );
}
