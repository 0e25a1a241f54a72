import { z } from "zod";

export const Preferences = z.object({
  coachEnabled: z.boolean().describe("show the message coach while writing to the partner"),
});
export type Preferences = z.infer<typeof Preferences>;
export const PreferencesResponse = z.object({ preferences: Preferences });
export const UpdatePreferencesBody = Preferences.partial();
export const DEFAULT_PREFERENCES: Preferences = { coachEnabled: true };
