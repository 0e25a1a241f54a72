import { BETRAYAL_ROLES, type BetrayalRole, REPAIR_KINDS, type Repair, type RepairKind, t } from "@mend/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { api, queryKeys } from "../../api/index.ts";
import { AppLink, useAppNavigate } from "../../app/navigation.tsx";
import { Button } from "../../ui/Button.tsx";
import { formatDate } from "../../ui/format.ts";
import { Icon } from "../../ui/Icon.tsx";
import { Notice } from "../../ui/Notice.tsx";
import { Loading, Page } from "../../ui/Page.tsx";
import { BackLink } from "../../ui/PlaceList.tsx";
import { TextField } from "../../ui/TextField.tsx";
import { NeedsPartner, saveErrorText, TalkLoadError, usePartnerName } from "../together/partner.tsx";
import "../../ui/sections.css";
import "../together/together.css";
import "./repairs.css";

/** Repairs need a partner; a person on their own sees the same "link first" note as check-ins. */
export function RepairsPage() {
  const partner = usePartnerName();
  return (
    <Page title={t("repairs.title")} intro={<p>{t("repairs.intro")}</p>} wide>
      <BackLink to="/heal" label={t("heal.back")} />
      {partner.linked === false ? (
        <NeedsPartner />
      ) : (
        <div className="rebuild-layout">
          <div>
            <StartRepair />
          </div>
          <RepairList />
        </div>
      )}
    </Page>
  );
}

function StartRepair() {
  const queryClient = useQueryClient();
  const navigate = useAppNavigate();
  const [title, setTitle] = useState("");
  const [kind, setKind] = useState<RepairKind>("rupture");
  const [role, setRole] = useState<BetrayalRole | null>(null);
  const [errors, setErrors] = useState<{ title?: string; role?: string }>({});
  const start = useMutation({
    mutationFn: api.repairs.create,
    onSuccess: async (result) => {
      await queryClient.invalidateQueries({ queryKey: queryKeys.repairs });
      navigate(`/repairs/${result.repair.id}`);
    },
  });

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const next: typeof errors = {};
    if (title.trim().length === 0) next.title = t("repairs.error.title");
    if (kind === "betrayal" && role === null) next.role = t("repairs.error.role");
    setErrors(next);
    if (Object.keys(next).length > 0) return;
    start.mutate({ title: title.trim(), kind, ...(kind === "betrayal" && role ? { myRole: role } : {}) });
  }

  return (
    <section className="card" aria-labelledby="start-repair">
      <h2 id="start-repair">{t("repairs.new.title")}</h2>
      <form onSubmit={onSubmit} noValidate>
        <TextField
          label={t("repairs.field.title")}
          hint={t("repairs.field.titleHint")}
          value={title}
          maxLength={200}
          onChange={(event) => setTitle(event.target.value)}
          error={errors.title}
          required
        />
        <fieldset className="choice-group">
          <legend className="field__label">{t("repairs.field.kind")}</legend>
          {REPAIR_KINDS.map((value) => (
            <label key={value} className="choice">
              <input
                type="radio"
                name="repair-kind"
                checked={kind === value}
                onChange={() => setKind(value)}
              />
              <span>
                {t(`repairs.kind.${value}`)}
                <span className="choice__help">{t(`repairs.kind.${value}.help`)}</span>
              </span>
            </label>
          ))}
        </fieldset>
        {kind === "betrayal" ? (
          <fieldset className="choice-group" aria-describedby={errors.role ? "repair-role-error" : undefined}>
            <legend className="field__label">{t("repairs.field.role")}</legend>
            {BETRAYAL_ROLES.map((value) => (
              <label key={value} className="choice">
                <input
                  type="radio"
                  name="repair-role"
                  checked={role === value}
                  onChange={() => {
                    setRole(value);
                    setErrors((old) => ({ ...old, role: undefined }));
                  }}
                />
                <span>{t(`repair.role.${value}`)}</span>
              </label>
            ))}
            {errors.role ? (
              <p className="field__error" id="repair-role-error">
                <Icon name="info" />
                <span>{errors.role}</span>
              </p>
            ) : null}
          </fieldset>
        ) : null}
        {start.isError ? (
          <Notice role="alert">
            <p>{saveErrorText(start.error)}</p>
          </Notice>
        ) : null}
        <Button type="submit" block disabled={start.isPending} aria-busy={start.isPending || undefined}>
          {t("repairs.submit")}
        </Button>
      </form>
    </section>
  );
}

function RepairList() {
  const list = useQuery({ queryKey: queryKeys.repairList, queryFn: api.repairs.list });
  const repairs: Repair[] = list.data?.repairs ?? [];
  return (
    <section aria-labelledby="repair-list" aria-busy={list.isFetching}>
      <h2 id="repair-list">{t("repairs.list.title")}</h2>
      {list.isPending ? <Loading /> : null}
      {list.isError ? <TalkLoadError error={list.error} onRetry={() => void list.refetch()} /> : null}
      {list.isSuccess && repairs.length === 0 ? <p className="muted">{t("repairs.list.empty")}</p> : null}
      {repairs.length > 0 ? (
        <ul className="talk-list">
          {repairs.map((repair) => (
            <li key={repair.id}>
              <AppLink to={`/repairs/${repair.id}`} className="place-card repair-link">
                <span className="place-card__title">{repair.title}</span>
                <span className="small">
                  {t(`repairs.kindLabel.${repair.kind}`)} · {formatDate(repair.createdAt)}
                </span>
                <span className="talk-badge">{t(`repairs.status.${repair.status}`)}</span>
              </AppLink>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
