import styles from "./care-registry.module.css";

/** What came of the last send: the refusal or failure, else the notice; nothing before the first. */
export function SubmitStatus({ problem, notice }: { problem: string | null; notice: string | null }) {
  if (problem) {
    return (
      <p role="alert" className={styles.problem}>
        {problem}
      </p>
    );
  }
  return notice ? <p className={styles.notice}>{notice}</p> : null;
}
