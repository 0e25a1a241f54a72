import { MAX_REPAIR_TEXT, type Repair, type RepairReflectionBody, t } from "@mend/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { ApiRequestError, api, queryKeys } from "../../api/index.ts";
import { Button } from "../../ui/Button.tsx";
import { Notice } from "../../ui/Notice.tsx";
import { CoachedField } from "../coach/CoachedField.tsx";
import { saveErrorText, textProblem } from "../together/partner.tsx";

type Key = keyof RepairReflectionBody;
const FIELDS: readonly { key: Key; label: Parameters<typeof t>[0]; hint?: Parameters<typeof t>[0] }[] = [
  { key: "happened", label: "repair.reflect.happened" },
  { key: "felt", label: "repair.reflect.felt" },
  { key: "myPart", label: "repair.reflect.myPart", hint: "repair.reflect.myPartHint" },
  { key: "wouldHelp", label: "repair.reflect.wouldHelp" },
];

/** The private reflection: four coached answers, sealed until both partners have written. */
export function ReflectionForm({
  repair,
  partnerName,
  onSaved,
}: {
  repair: Repair;
  partnerName: string;
  onSaved?: () => void;
}) {
  const queryClient = useQueryClient();
  const [texts, setTexts] = useState<RepairReflectionBody>({
    happened: repair.mine?.happened ?? "",
    felt: repair.mine?.felt ?? "",
    myPart: repair.mine?.myPart ?? "",
    wouldHelp: repair.mine?.wouldHelp ?? "",
  });
  const [errors, setErrors] = useState<Partial<Record<Key, string>>>({});
  const reflect = useMutation({
    mutationFn: (body: RepairReflectionBody) => api.repairs.reflect(repair.id, body),
    onSuccess: async (result) => {
      queryClient.setQueryData(queryKeys.repair(repair.id), result);
      await queryClient.invalidateQueries({ queryKey: queryKeys.repairs });
      onSaved?.();
    },
    onError: async (error) => {
      // Revealed in the meantime: the reflection is final now; show the reveal.
      if (error instanceof ApiRequestError && error.status === 409) {
        await queryClient.invalidateQueries({ queryKey: queryKeys.repairs });
      }
    },
  });

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const next: typeof errors = {};
    for (const field of FIELDS) {
      const problem = textProblem(texts[field.key], MAX_REPAIR_TEXT);
      if (problem) next[field.key] = problem;
    }
    setErrors(next);
    if (Object.keys(next).length === 0) reflect.mutate(texts);
  }

  return (
    <form onSubmit={onSubmit} noValidate className="reflection-form">
      {FIELDS.map((field) => (
        <CoachedField
          key={field.key}
          label={t(field.label)}
          name={field.key}
          value={texts[field.key]}
          onChange={(value) => {
            setTexts((old) => ({ ...old, [field.key]: value }));
            if (errors[field.key]) setErrors((old) => ({ ...old, [field.key]: undefined }));
          }}
          hint={field.hint ? t(field.hint) : undefined}
          error={errors[field.key] ?? null}
          maxLength={MAX_REPAIR_TEXT}
          rows={3}
          required
        />
      ))}
      {reflect.isError ? (
        <Notice role="alert">
          <p>{saveErrorText(reflect.error)}</p>
        </Notice>
      ) : null}
      <p className="muted small" id="reflection-seal-hint">
        {t("repair.reflect.submitHint", { name: partnerName })}
      </p>
      <Button
        type="submit"
        block
        icon="lock"
        aria-describedby="reflection-seal-hint"
        disabled={reflect.isPending}
        aria-busy={reflect.isPending || undefined}
      >
        {repair.mine ? t("repair.reflect.update") : t("repair.reflect.submit")}
      </Button>
    </form>
  );
}
