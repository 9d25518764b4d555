"use client";

import { useCallback, useState } from "react";
import type { ResourceActionRequest, ResourceSummary } from "@/lib/contracts";
import { postResourceAction } from "./post-resource-action";
import { useResourceMessages } from "./use-resource-messages";

export interface ResourceNotice {
  tone: "done" | "conflict" | "failed";
  text: string;
}

/**
 * Runs one move of a resource at a time on the version shown, and says how it went. `onSettled` is
 * called after every answer with the resource as the server now has it (null if unknown), so the
 * view refreshes: after a conflict it shows the resource as it now is.
 */
export function useResourceAction(onSettled: (resource: ResourceSummary | null) => void, signInPath: string) {
  const r = useResourceMessages();
  const [pending, setPending] = useState(false);
  const [notice, setNotice] = useState<ResourceNotice | null>(null);

  const run = useCallback(
    async (resource: ResourceSummary, request: Omit<ResourceActionRequest, "expectedVersion">): Promise<boolean> => {
      setPending(true);
      setNotice(null);
      const result = await postResourceAction(resource.id, { ...request, expectedVersion: resource.version });
      if (result.kind === "signed_out") {
        window.location.assign(`/sign-in?${new URLSearchParams({ next: signInPath })}`);
        return false;
      }
      setPending(false);
      onSettled(result.kind === "done" ? result.resource : null);
      if (result.kind === "done") setNotice({ tone: "done", text: r.done(r.actions[request.action], resource.code) });
      else if (result.kind === "conflict") setNotice({ tone: "conflict", text: r.conflict });
      else setNotice({ tone: "failed", text: r.failed(result.message) });
      return result.kind === "done";
    },
    [r, onSettled, signInPath],
  );

  return { pending, notice, run, dismiss: () => setNotice(null) };
}
