"use client";
import { Toaster as Sonner } from "sonner";
import type { Theme } from "@/lib/preferences/display";

/** Where confirmations of actions appear (bottom right, above everything); `toast()` from "sonner" shows one. */
export function Toaster({ theme }: { theme: Theme }) {
  return <Sonner position="bottom-right" theme={theme} richColors closeButton />;
}
