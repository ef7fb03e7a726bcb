import { cookies } from "next/headers";
import { SIDEBAR_COOKIE, THEME_COOKIE, themeSchema } from "./display";

/** This browser's display preferences, for the server to render them. */
export async function displayPreferences() {
  const jar = await cookies();
  return { theme: themeSchema.parse(jar.get(THEME_COOKIE)?.value), sidebarCollapsed: jar.get(SIDEBAR_COOKIE)?.value === "collapsed" };
}
