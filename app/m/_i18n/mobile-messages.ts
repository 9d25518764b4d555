import type { CareOutcomeKind, PhotoKind, Priority, ResidentCategory, Stage } from "@/lib/contracts";

export type AbsenceReason = "away" | "hospital";
/** The care registry form's fields, named as the API's error paths name them (`familyContacts` for each contact row). */
export type CareFormField =
  | "category"
  | "name"
  | "address"
  | "phone"
  | "idNumber"
  | "location"
  | "lat"
  | "lng"
  | "waterMeterId"
  | "electricityMeterId"
  | "gridWorkerId"
  | "familyContacts"
  | "familyName"
  | "familyRelation"
  | "familyPhone"
  | "consentGivenBy"
  | "consentAt"
  | "consentScope";

export type DeadlineStep = "sign_for" | "arrive" | "resolve";

/** Every string of the grid worker's phone pages; one dictionary per language implements it. */
export interface MobileMessages {
  appTitle: string;
  signOut: string;
  switchLanguage: string;
  back: string;
  tasks: {
    title: string;
    departmentTitle: string;
    refresh: string;
    loading: string;
    empty: string;
    loadFailed: string;
    retry: string;
    fromHere: string;
    fromLastKnown: string;
    noPosition: string;
    count: (n: number) => string;
  };
  live: { connected: string; offline: string };
  distance: (meters: number) => string;
  deadline: { steps: Record<DeadlineStep, string>; dueIn: (text: string) => string; overdueBy: (text: string) => string; overdue: string };
  duration: (minutes: number) => string;
  stages: Record<Stage, string>;
  priorities: Record<Priority, string>;
  detail: {
    loading: string;
    notYours: string;
    notFound: string;
    description: string;
    reporter: string;
    anonymous: string;
    call: string;
    navigate: string;
    /** A case the desk has yet to place (待定位). */
    needsLocation: string;
    openInMaps: string;
    you: string;
    north: string;
    photos: string;
    photoKinds: Record<PhotoKind, string>;
    history: string;
    arrived: string;
    result: string;
  };
  actions: {
    signFor: string;
    arrive: string;
    resolve: string;
    confirmResolve: string;
    cancel: string;
    sending: string;
    beforePhotoOptional: string;
    afterPhotos: string;
    resultLabel: string;
    resultPlaceholder: string;
    needResult: string;
    needAfterPhoto: string;
    waitForUploads: string;
    conflict: string;
    failed: (message: string) => string;
    names: Record<string, string>;
  };
  /** The household of a care alert (独居老人异常) and what the worker found. */
  care: {
    title: string;
    loading: string;
    failed: string;
    seen: string;
    household: string;
    categories: Record<ResidentCategory, string>;
    phone: string;
    family: string;
    outcomeTitle: string;
    outcomes: Record<CareOutcomeKind, string>;
    reasonLabel: string;
    reasonPlaceholder: string;
    needReason: string;
    record: string;
    sending: string;
    recorded: (outcome: string) => string;
    registryTitle: string;
    registryEmpty: string;
    openAlerts: (n: number) => string;
    open: string;
    register: string;
    masked: string;
    maskedNotice: string;
    awayUntil: (reason: string, until: string) => string;
    fields: Record<CareFormField, string>;
    locate: string;
    locating: string;
    locateFailed: string;
    gridFromPosition: string;
    grid: (cell: string) => string;
    addContact: string;
    consent: string;
    removeContact: string;
    consentScopeDefault: string;
    registered: string;
    edit: string;
    save: string;
    saved: string;
    noChanges: string;
    invalid: (message: string) => string;
    checkFields: string;
    absencesTitle: string;
    noAbsences: string;
    absenceReasons: Record<AbsenceReason, string>;
    absenceUntil: string;
    absenceNote: string;
    announce: string;
    announced: string;
    endAbsence: string;
    ended: string;
    historyTitle: string;
    historyActions: Record<"create" | "update" | "absence" | "absence_end", string>;
    historyOutcome: (outcome: string) => string;
    historyFields: Record<string, string>;
    /** Between the fields of one change: 、 in Chinese. */
    fieldSeparator: string;
    system: string;
  };
  photo: {
    add: string;
    uploading: (percent: number) => string;
    tooLarge: (maxMb: number) => string;
    wrongType: string;
    failed: string;
    remove: string;
  };
  report: {
    title: string;
    open: string;
    category: string;
    chooseCategory: string;
    description: string;
    descriptionPlaceholder: string;
    location: string;
    locating: string;
    located: (accuracyM: number) => string;
    lastKnown: string;
    useHere: string;
    noLocation: string;
    photo: string;
    submit: string;
    sending: string;
    sentQueued: string;
    failed: string;
    another: string;
  };
}
