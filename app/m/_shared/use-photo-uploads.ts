"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { precheckPhoto, UploadError, uploadPhoto, type UploadProblem } from "./upload-photo";

export type PickedPhoto = { key: string; previewUrl: string } & (
  | { state: "uploading"; progress: number }
  | { state: "uploaded"; id: string }
  | { state: "failed"; problem: UploadProblem }
);

/** Photos chosen on the phone, each uploaded at once with its progress; `ids` are those safely stored. */
export function usePhotoUploads(maxBytes: number, eventKey?: string) {
  const [photos, setPhotos] = useState<PickedPhoto[]>([]);
  const previews = useRef(new Set<string>());
  useEffect(() => {
    const urls = previews.current;
    return () => urls.forEach((url) => URL.revokeObjectURL(url));
  }, []);

  const update = (key: string, change: (photo: PickedPhoto) => PickedPhoto) =>
    setPhotos((current) => current.map((photo) => (photo.key === key ? change(photo) : photo)));

  const add = useCallback(
    (files: Iterable<File>) => {
      for (const file of files) {
        const key = `${file.name}-${file.size}-${Math.random().toString(36).slice(2)}`;
        const previewUrl = URL.createObjectURL(file);
        previews.current.add(previewUrl);
        const problem = precheckPhoto(file, maxBytes);
        setPhotos((current) => [...current, problem ? { key, previewUrl, state: "failed", problem } : { key, previewUrl, state: "uploading", progress: 0 }]);
        if (problem) continue;
        uploadPhoto(file, (progress) => update(key, (p) => (p.state === "uploading" ? { ...p, progress } : p)), eventKey).then(
          (uploaded) => update(key, (p) => ({ key: p.key, previewUrl: p.previewUrl, state: "uploaded", id: uploaded.id })),
          (error: unknown) =>
            update(key, (p) => ({ key: p.key, previewUrl: p.previewUrl, state: "failed", problem: error instanceof UploadError ? error.problem : "failed" })),
        );
      }
    },
    [maxBytes, eventKey],
  );

  const remove = useCallback((key: string) => setPhotos((current) => current.filter((photo) => photo.key !== key)), []);
  const clear = useCallback(() => setPhotos([]), []);

  const ids = photos.flatMap((photo) => (photo.state === "uploaded" ? [photo.id] : []));
  const uploading = photos.some((photo) => photo.state === "uploading");
  return { photos, ids, uploading, add, remove, clear };
}
