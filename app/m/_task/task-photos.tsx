import type { CasePhoto } from "@/lib/contracts";
import type { MobileMessages } from "../_i18n/mobile-messages";
import styles from "./task-detail.module.css";

/** The case's photos, each marked 上报, 处置前 or 处置后; a tap opens it full size. */
export function TaskPhotos({ photos, t }: { photos: readonly CasePhoto[]; t: MobileMessages }) {
  if (photos.length === 0) return null;
  return (
    <section className={styles.section}>
      <h2 className={styles.sectionTitle}>{t.detail.photos}</h2>
      <ul className={styles.gallery} data-testid="case-photos">
        {photos.map((photo) => (
          <li key={photo.id} data-kind={photo.kind}>
            <a href={photo.url} target="_blank" rel="noreferrer">
              <img src={photo.url} alt={t.detail.photoKinds[photo.kind]} />
              <span className={styles.photoKind}>{t.detail.photoKinds[photo.kind]}</span>
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
