import { t, type Visibility } from "@mend/core";
import { useId } from "react";
import { AppLink } from "../../app/navigation.tsx";
import { Icon } from "../../ui/Icon.tsx";
import "./journal.css";

/**
 * "Only me" / "Us": a real radio group. Each choice has an icon and words, and the chosen one
 * gets a thick border and a check mark as well as colour, so it never depends on colour alone.
 */
export function VisibilityChoice({
  value,
  onChange,
  allowed,
  partnerName,
  text,
}: {
  value: Visibility;
  onChange: (value: Visibility) => void;
  allowed: readonly Visibility[];
  partnerName: string | null;
  /** Wording for things other than journal entries (e.g. an assessment result). */
  text?: { legend: string; privateHelp: string; coupleHelp: string; needsPartner: string };
}) {
  const name = useId();
  const canShare = allowed.includes("couple");
  const sharedHelp = canShare
    ? (text?.coupleHelp ??
      (partnerName
        ? t("journal.visibility.coupleNamed", { name: partnerName })
        : t("visibility.couple.help")))
    : (text?.needsPartner ?? t("visibility.couple.needsPartner"));
  return (
    <fieldset className="visibility">
      <legend className="field__label">{text?.legend ?? t("journal.visibility.legend")}</legend>
      <div className="visibility__options">
        <Option
          name={name}
          value="private"
          checked={value === "private"}
          onChange={onChange}
          icon="lock"
          title={t("visibility.private")}
          help={text?.privateHelp ?? t("visibility.private.help")}
          disabled={false}
        />
        <Option
          name={name}
          value="couple"
          checked={value === "couple"}
          onChange={onChange}
          icon="people"
          title={t("visibility.couple")}
          help={sharedHelp}
          disabled={!canShare}
        />
      </div>
      {!canShare ? (
        <p className="visibility__link small">
          <AppLink to="/partner">{t("journal.visibility.linkPartner")}</AppLink>
        </p>
      ) : null}
    </fieldset>
  );
}

function Option({
  name,
  value,
  checked,
  onChange,
  icon,
  title,
  help,
  disabled,
}: {
  name: string;
  value: Visibility;
  checked: boolean;
  onChange: (value: Visibility) => void;
  icon: "lock" | "people";
  title: string;
  help: string;
  disabled: boolean;
}) {
  const id = useId();
  return (
    <div className={`visibility__option visibility__option--${value}`}>
      <input
        id={id}
        type="radio"
        name={name}
        value={value}
        checked={checked}
        disabled={disabled}
        aria-describedby={`${id}-help`}
        onChange={() => onChange(value)}
      />
      <label htmlFor={id} className="visibility__label">
        <Icon name={icon} className="visibility__icon" />
        <span>{title}</span>
      </label>
      <Icon name="check" className="visibility__check" />
      <p id={`${id}-help`} className="visibility__help">
        {help}
      </p>
    </div>
  );
}
