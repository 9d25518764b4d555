import mobile from "../../report/_mobile/mobile.module.css";

/** An unknown or mistyped link: say so in both languages and offer a new report. */
export default function TrackingNotFound() {
  return (
    <div className={mobile.page}>
      <main className={mobile.main}>
        <section className={mobile.card} data-testid="tracking-not-found">
          <h1 className={mobile.cardTitle}>链接无效 · Link not found</h1>
          <p className={mobile.hint}>请检查链接是否完整。Please check that the link is complete.</p>
        </section>
        <a className={mobile.primary} href="/report">
          我要反映 · Report a problem
        </a>
      </main>
    </div>
  );
}
