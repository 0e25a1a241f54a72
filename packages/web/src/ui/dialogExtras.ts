import { createContext, type ReactNode } from "react";

/**
 * Controls every modal dialog must carry. A modal makes the rest of the page inert, so the app
 * shell provides its quick exit button here and each dialog shows it too.
 */
export const DialogExtrasContext = createContext<ReactNode>(null);
