import { describe, expect, it } from "vitest";
import { keepContactWebhooks } from "@/lib/domain/care-registry/keep-contact-webhooks";

const stored = [
  { name: "王建国", relation: "儿子", phone: "13800001111", webhookUrl: "https://family.example/a" },
  { name: "王丽", relation: "女儿", phone: "13800002222" },
];

describe("keepContactWebhooks", () => {
  it("keeps the webhook of a contact whose phone is still there, renamed or not", () => {
    const next = keepContactWebhooks(stored, [{ name: "王建军", relation: "儿子", phone: "13800001111" }]);
    expect(next).toEqual([{ name: "王建军", relation: "儿子", phone: "13800001111", webhookUrl: "https://family.example/a" }]);
  });

  it("gives a new phone no webhook, and lets a contact name its own", () => {
    const next = keepContactWebhooks(stored, [
      { name: "王建国", relation: "儿子", phone: "13800003333" },
      { name: "王丽", relation: "女儿", phone: "13800002222", webhookUrl: "https://family.example/b" },
    ]);
    expect(next).toEqual([
      { name: "王建国", relation: "儿子", phone: "13800003333" },
      { name: "王丽", relation: "女儿", phone: "13800002222", webhookUrl: "https://family.example/b" },
    ]);
  });
});
