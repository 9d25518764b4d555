"use client";

import { useI18n } from "@/app/_i18n/language-provider";
import { dispatchMessages, type DispatchMessages } from "./dispatch-messages";

/** The console's strings in the language the page is shown in. */
export function useDispatchMessages(): DispatchMessages {
  return dispatchMessages[useI18n().language];
}
