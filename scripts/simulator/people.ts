import type { Category, EventReport } from "@/lib/contracts";
import type { Pace } from "@/scripts/simulator/model/people-pace";
import type { Random } from "@/scripts/simulator/model/seeded-random";
import type { Walker } from "@/scripts/simulator/model/worker-walk";
import { lookAtCases } from "./case-watch";
import { createDesk, type DeskAccounts } from "./desk";
import { createFieldCrew } from "./field-crew";
import type { HttpClient, HttpOutcome } from "./http-client";
import type { OutcomeLog } from "./outcome-log";
import type { PeopleContext } from "./people-context";
import { createResidents } from "./residents";
import type { Sessions } from "./sessions";

export interface PeopleOptions {
  http: HttpClient;
  sessions: Sessions;
  log: OutcomeLog;
  pace: Pace;
  random: Random;
  categories: readonly Category[];
  walkers: readonly Walker[];
  /** Worker id → the account the simulator signs in as for them. */
  workerAccounts: ReadonlyMap<string, string>;
  desk: DeskAccounts;
  /** How often the desk looks at the queue; how often phones report positions. */
  watchEveryMs: number;
  positionEveryMs: number;
  /** The positions gateway token, when the server requires one. */
  positionsToken?: string;
}

export interface People {
  /** A report the simulator posted was answered: its reporter keeps the tracking link. */
  remember(report: EventReport, answer: HttpOutcome): void;
  /** One line on what everyone is doing. */
  describe(): string;
  /** Stops every loop and waits (briefly) for requests on their way. */
  stop(): Promise<void>;
}

const ACT_EVERY_MS = 1_000;
const STOP_GRACE_MS = 2_000;

/**
 * Everyone behind the closed loop, each acting through the real HTTP API as the real clients do: the desk
 * looks at its queue every few seconds and what it sees tells the grid workers, residents and
 * departments what is theirs to do; each then acts when their own delay is up.
 */
export function startPeople(options: PeopleOptions): People {
  const inFlight = new Set<Promise<unknown>>();
  const ctx: PeopleContext = {
    sessions: options.sessions,
    log: options.log,
    pace: options.pace,
    random: options.random,
    categories: new Map(options.categories.map((c) => [c.code, c])),
    now: () => Date.now(),
    track(request) {
      inFlight.add(request);
      void request.finally(() => inFlight.delete(request)).catch(() => undefined);
      return request;
    },
  };
  const crew = createFieldCrew(ctx, options.walkers, options.workerAccounts, options.positionEveryMs);
  const residents = createResidents(ctx, options.http);
  const desk = createDesk(ctx, options.desk, residents);
  let stopped = false;
  let looking = false;
  let positionsPending = false;
  let lastSeen = 0;

  const look = async () => {
    if (looking || stopped) return;
    looking = true;
    const startedAt = ctx.now();
    const cases = await ctx.track(lookAtCases(options.sessions, options.desk.dispatcher)).finally(() => (looking = false));
    if (!cases || stopped) return;
    lastSeen = cases.length;
    residents.observe(cases);
    crew.observe({ cases, startedAt });
    desk.observe(cases);
  };

  const act = () => {
    crew.act();
    residents.act();
    desk.act();
  };

  const positionsHeaders: Record<string, string> = options.positionsToken ? { authorization: `Bearer ${options.positionsToken}` } : {};
  const postPositions = () => {
    const positions = crew.move();
    if (positionsPending) return;
    positionsPending = true;
    void ctx
      .track(options.http.post("/api/workers/positions", { positions }, positionsHeaders))
      .then((outcome) => options.log.record("/api/workers/positions", outcome))
      .finally(() => (positionsPending = false));
  };

  const timers = [
    setInterval(() => void look(), options.watchEveryMs),
    setInterval(act, ACT_EVERY_MS),
    setInterval(postPositions, options.positionEveryMs),
  ];
  void look();

  return {
    remember: (report, answer) => residents.remember(report, answer),
    describe() {
      const work = crew.counts();
      const { links, ratingsPlanned } = residents.counts();
      const { chores, summonsBlown } = desk.counts();
      return (
        `desk sees ${lastSeen} cases; workers hold ${work.tasks} (${work.travelling} on the way, ${work.handling} on site); ` +
        `${ratingsPlanned} ratings and ${chores} desk chores planned, ${summonsBlown} whistles; ${links} links kept`
      );
    },
    async stop() {
      stopped = true;
      for (const timer of timers) clearInterval(timer);
      const grace = new Promise((resolve) => setTimeout(resolve, STOP_GRACE_MS).unref());
      await Promise.race([Promise.allSettled([...inFlight]), grace]);
    },
  };
}
