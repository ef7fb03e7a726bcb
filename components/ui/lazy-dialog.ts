"use client";
import { useRef, useState } from "react";
import { flushSync } from "react-dom";

/**
 * A modal <dialog> that is built when it is first opened: a list with one behind each row (disable, remove) sends and
 * renders none of them until one is used. Render the dialog only while `built`.
 */
export function useLazyDialog() {
  const ref = useRef<HTMLDialogElement>(null);
  const [built, setBuilt] = useState(false);
  return {
    dialogRef: ref,
    built,
    open() {
      if (!built) flushSync(() => setBuilt(true));
      ref.current?.showModal();
    },
    close() {
      ref.current?.close();
    },
  };
}
