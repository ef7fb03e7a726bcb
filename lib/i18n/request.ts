// The language of each request, for next-intl: the one chosen in this browser, else the browser's Accept-Language,
// else English. No locale in the URL: pages behind sign-in keep one address in every language.
import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { isLocale, LOCALE_COOKIE, negotiateLocale, type Locale } from "./locales";

export async function requestLocale(): Promise<Locale> {
  const chosen = (await cookies()).get(LOCALE_COOKIE)?.value;
  if (isLocale(chosen)) return chosen;
  return negotiateLocale((await headers()).get("accept-language"));
}

export default getRequestConfig(async () => {
  const locale = await requestLocale();
  return {
    locale,
    messages: (await import(`../../messages/${locale}.json`)).default,
    // Dates in the register are calendar days; they read the same everywhere.
    timeZone: "UTC",
  };
});
