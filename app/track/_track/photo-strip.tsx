import styles from "./track.module.css";

/** Photos in a row that scrolls sideways; each opens full size in a new tab. */
export function PhotoStrip({ urls, label, alt }: { urls: readonly string[]; label: string; alt: string }) {
  if (urls.length === 0) return null;
  return (
    <figure className={styles.photos}>
      <figcaption className={styles.photosLabel}>{label}</figcaption>
      <div className={styles.photoRow}>
        {urls.map((url, index) => (
          <a key={url} href={url} target="_blank" rel="noreferrer">
            <img className={styles.photo} src={url} alt={`${alt} ${index + 1}`} loading="lazy" referrerPolicy="no-referrer" />
          </a>
        ))}
      </div>
    </figure>
  );
}
