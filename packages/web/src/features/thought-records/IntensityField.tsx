import { t } from "@mend/core";
import { useId } from "react";

/** 0–100 on a slider: arrows move by one, Page Up/Down by ten; the number is shown and spoken. */
export function IntensityField({
  label,
  value,
  onChange,
}: {
  label: string;
  value: number;
  onChange: (value: number) => void;
}) {
  const id = useId();
  const text = t("thoughts.intensity.value", { value });
  return (
    <div className="field intensity">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <p className="field__hint" id={`${id}-hint`}>
        {t("thoughts.field.intensityHint")}
      </p>
      <div className="intensity__row">
        <input
          id={id}
          type="range"
          min={0}
          max={100}
          step={1}
          value={value}
          aria-valuetext={text}
          aria-describedby={`${id}-hint`}
          onChange={(event) => onChange(Number(event.target.value))}
        />
        <output htmlFor={id} className="intensity__value">
          {text}
        </output>
      </div>
    </div>
  );
}
