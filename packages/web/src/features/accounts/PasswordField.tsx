import { t } from "@mend/core";
import { useState } from "react";
import { TextField } from "../../ui/TextField.tsx";

export function PasswordField({
  label,
  value,
  onChange,
  autoComplete,
  hint,
  error,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  autoComplete: "current-password" | "new-password";
  hint?: string;
  error?: string | null;
}) {
  const [visible, setVisible] = useState(false);
  return (
    <div className="password-field">
      <TextField
        label={label}
        hint={hint}
        error={error}
        type={visible ? "text" : "password"}
        name="password"
        autoComplete={autoComplete}
        spellCheck={false}
        autoCapitalize="none"
        required
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
      <label className="checkbox">
        <input type="checkbox" checked={visible} onChange={(event) => setVisible(event.target.checked)} />
        <span>{t("form.showPassword")}</span>
      </label>
    </div>
  );
}
