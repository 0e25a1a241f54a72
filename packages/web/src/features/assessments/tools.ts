import { hasMessage, t } from "@mend/core";

/**
 * The Mend tools a subscale's `helps` list names, with where they live in the web app. Tools not
 * built yet are named (so the advice still makes sense) without a link.
 */
const paths: Record<string, string> = {
  journal: "/journal",
  coach: "/journal?coach=1",
  lessons: "/lessons",
};

export interface ToolInfo {
  id: string;
  name: string;
  help: string | null;
  path: string | null;
}

export function toolInfo(id: string): ToolInfo {
  const nameKey = `assessments.tool.${id}`;
  const helpKey = `assessments.tool.${id}.help`;
  return {
    id,
    name: hasMessage(nameKey) ? t(nameKey) : id,
    help: hasMessage(helpKey) ? t(helpKey) : null,
    path: paths[id] ?? null,
  };
}
