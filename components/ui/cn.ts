import { clsx, type ClassValue } from "clsx";
import { twMerge } from "tailwind-merge";

/** Class names joined, later Tailwind utilities winning over earlier ones ("px-3" then "px-4" gives "px-4"). */
export const cn = (...inputs: ClassValue[]) => twMerge(clsx(inputs));
