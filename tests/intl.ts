// next-intl's server functions for code that tests call directly (server actions, pages as functions): outside a Next.js
// request there is no request configuration, so they answer in English from the same catalog the app uses.
import { createFormatter, createTranslator } from "next-intl";
import en from "@/messages/en.json";

type Options = string | { namespace?: string; locale?: string } | undefined;
const namespaceOf = (options: Options) => (typeof options === "string" ? options : options?.namespace);

export const nextIntlServer = {
  getTranslations: async (options?: Options) => createTranslator({ locale: "en", messages: en, namespace: namespaceOf(options) as never }),
  getLocale: async () => "en",
  getMessages: async () => en,
  getTimeZone: async () => "UTC",
  getFormatter: async () => createFormatter({ locale: "en", timeZone: "UTC" }),
};
