import type { Metadata, Viewport } from "next";
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
  return (
    <html lang="en" className={theme}>
      <body>
        {children}
        <Toaster theme={theme} />
      </body>
    </html>
  );
}
