import { photoFormFields, photoMimes, uploadedPhotoSchema, type UploadedPhoto } from "@/lib/contracts";

export type UploadProblem = "too_large" | "wrong_type" | "failed";

export class UploadError extends Error {
  constructor(readonly problem: UploadProblem) {
    super(problem);
  }
}

/** Checks the phone can make before sending; the server checks the real bytes again. */
export function precheckPhoto(file: File, maxBytes: number): UploadProblem | null {
  if (file.size > maxBytes) return "too_large";
  // An empty type says nothing; the server looks at the bytes.
  if (file.type !== "" && !(photoMimes as readonly string[]).includes(file.type)) return "wrong_type";
  return null;
}

const problemOf = (status: number): UploadProblem => (status === 413 ? "too_large" : status === 415 ? "wrong_type" : "failed");

/** POST /api/uploads through XHR, the one browser API that reports upload progress. */
export function uploadPhoto(file: File, onProgress: (fraction: number) => void, eventKey?: string): Promise<UploadedPhoto> {
  const form = new FormData();
  form.append(photoFormFields.photo, file);
  if (eventKey) form.append(photoFormFields.eventKey, eventKey);
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", "/api/uploads");
    xhr.upload.onprogress = (event) => event.lengthComputable && onProgress(event.loaded / event.total);
    xhr.onerror = () => reject(new UploadError("failed"));
    xhr.onload = () => {
      if (xhr.status !== 201) return reject(new UploadError(problemOf(xhr.status)));
      const parsed = uploadedPhotoSchema.safeParse(JSON.parse(xhr.responseText));
      if (parsed.success) resolve(parsed.data);
      else reject(new UploadError("failed"));
    };
    xhr.send(form);
  });
}
