import type { ButtonHTMLAttributes, ReactNode } from "react";
import { Icon, type IconName } from "./Icon.tsx";

export type ButtonVariant = "primary" | "secondary" | "quiet";

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: ButtonVariant;
  icon?: IconName;
  block?: boolean;
  children: ReactNode;
}

export function buttonClass(variant: ButtonVariant = "primary", block = false, extra?: string): string {
  return ["button", `button--${variant}`, block ? "button--block" : "", extra ?? ""]
    .filter(Boolean)
    .join(" ");
}

/** A button that is a button: real element, type="button" unless told, visible text. */
export function Button({
  variant = "primary",
  icon,
  block = false,
  className,
  children,
  type,
  ...rest
}: ButtonProps) {
  return (
    <button
      type={type === "submit" ? "submit" : "button"}
      className={buttonClass(variant, block, className)}
      {...rest}
    >
      {icon ? <Icon name={icon} /> : null}
      <span>{children}</span>
    </button>
  );
}
