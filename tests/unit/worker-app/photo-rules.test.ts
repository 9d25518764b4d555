import { describe, expect, it } from "vitest";
import type { Actor, CaseFacts } from "@/lib/domain/cases/case-rules";
import { canSeePhoto } from "@/lib/domain/photos/photo-access";
import { photoAttachProblem, photoKindFor, type PhotoFacts } from "@/lib/domain/photos/photo-rules";

const worker: Actor = { role: "grid_worker", id: "user-worker", workerId: "W0001" };
const fresh = (id: string, uploadedBy = "user-worker"): PhotoFacts => ({ id, uploadedBy, caseId: null, eventId: null });

describe("photoKindFor", () => {
  it("takes before photos on signing for and arriving, after photos on resolving, none elsewhere", () => {
    expect(photoKindFor("sign_for")).toBe("before");
    expect(photoKindFor("arrive")).toBe("before");
    expect(photoKindFor("resolve")).toBe("after");
    expect(photoKindFor("cancel")).toBeNull();
    expect(photoKindFor("rate")).toBeNull();
  });
});

describe("photoAttachProblem", () => {
  it("lets a worker attach their own fresh photos", () => {
    expect(photoAttachProblem("resolve", ["a", "b"], [fresh("a"), fresh("b")], worker)).toBeNull();
    expect(photoAttachProblem("resolve", [], [], worker)).toBeNull();
  });

  it("refuses unknown, foreign, repeated or already used photos, and photos on other actions", () => {
    expect(photoAttachProblem("resolve", ["a"], [], worker)).toMatch(/no photo a/);
    expect(photoAttachProblem("resolve", ["a"], [fresh("a", "user-worker2")], worker)).toMatch(/someone else/);
    expect(photoAttachProblem("resolve", ["a", "a"], [fresh("a")], worker)).toMatch(/twice/);
    expect(photoAttachProblem("resolve", ["a"], [{ ...fresh("a"), caseId: "c1" }], worker)).toMatch(/already belongs/);
    expect(photoAttachProblem("resolve", ["a"], [{ ...fresh("a"), eventId: "e1" }], worker)).toMatch(/already belongs/);
    expect(photoAttachProblem("cancel", ["a"], [fresh("a")], worker)).toMatch(/cannot be attached to cancel/);
  });
});

describe("canSeePhoto", () => {
  const theirCase: CaseFacts = { stage: "in_progress", assigneeId: "W0001", department: "greening_sanitation", reporterId: null };

  it("shows a photo to its uploader even before it belongs to a case", () => {
    expect(canSeePhoto(worker, { uploadedBy: "user-worker" }, [])).toBe(true);
    expect(canSeePhoto({ role: "dispatcher", id: "user-dispatcher" }, { uploadedBy: "user-worker" }, [])).toBe(false);
  });

  it("shows it to whoever may see its case, and to nobody outside that scope", () => {
    expect(canSeePhoto({ role: "dispatcher", id: "user-dispatcher" }, { uploadedBy: "user-worker" }, [theirCase])).toBe(true);
    expect(canSeePhoto({ role: "department_staff", id: "user-water", department: "water" }, { uploadedBy: "user-worker" }, [theirCase])).toBe(false);
    expect(canSeePhoto({ role: "grid_worker", id: "user-worker2", workerId: "W0002" }, { uploadedBy: "user-worker" }, [theirCase])).toBe(false);
  });
});
