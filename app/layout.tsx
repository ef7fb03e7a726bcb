import type { Metadata, Viewport } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getLocale } from "next-intl/server";
import { displayPreferences } from "@/lib/preferences/current";
import "@fontsource-variable/inter";
import "./globals.css";
import { Toaster } from "@/components/ui/toaster";

export const metadata: Metadata = {
  title: { default: "Chainward", template: "%s · Chainward" },
  description: "Vendor-risk management: your suppliers, how they reach into your systems, and how fast they patch.",
};

export const viewport: Viewport = { colorScheme: "light dark" };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // The theme class comes from the person's choice (a cookie); "system" lets the operating system decide in CSS.
  const { theme } = await displayPreferences();
  // The request's language (lib/i18n/request.ts): the page says which it is, and client components get its messages.
  const locale = await getLocale();
  return (
    <html lang={locale} className={theme}>
      <body>
        <NextIntlClientProvider>
          {children}
          <Toaster theme={theme} />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
