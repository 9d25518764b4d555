import type { Language } from "@/app/_i18n/languages";

export interface ReportMessages {
  title: string;
  switchLanguage: string;
  signedInAs: (name: string) => string;
  anonymous: string;
  signIn: string;
  photo: { title: string; take: string; retake: string; uploading: string; failed: string; signInFirst: string; alt: string };
  location: {
    title: string;
    gps: string;
    locating: string;
    pickOnMap: string;
    hideMap: string;
    mapHint: string;
    mapLabel: string;
    chosen: (lat: string, lng: string) => string;
    accuracy: (meters: number) => string;
    denied: string;
    unavailable: string;
  };
  category: { title: string; more: (count: number) => string; fewer: string; loading: string };
  description: { title: string; placeholder: string; count: (used: number, max: number) => string };
  submit: string;
  submitting: string;
  failed: string;
  rejected: (detail: string) => string;
  done: { title: string; body: string; open: string; copy: string; copied: string; another: string };
  recent: { title: string };
}

const zhCN: ReportMessages = {
  title: "随手拍 · 我要反映",
  switchLanguage: "EN",
  signedInAs: (name) => `${name}，您好`,
  anonymous: "未登录也可以反映；登录后可附照片并收到进度推送",
  signIn: "登录",
  photo: {
    title: "拍照（可选）",
    take: "拍照 / 选照片",
    retake: "换一张",
    uploading: "正在上传…",
    failed: "照片上传失败，可以再试一次，或不附照片直接提交",
    signInFirst: "登录后可以附照片",
    alt: "要反映的问题的照片",
  },
  location: {
    title: "位置",
    gps: "使用我的位置",
    locating: "正在定位…",
    pickOnMap: "在地图上选点",
    hideMap: "收起地图",
    mapHint: "点地图放置图钉，可拖动调整",
    mapLabel: "选择问题位置的地图",
    chosen: (lat, lng) => `已选位置：${lat}, ${lng}`,
    accuracy: (meters) => `定位精度约 ${meters} 米`,
    denied: "无法获取定位（未授权），请在地图上选点",
    unavailable: "此设备或页面无法定位，请在地图上选点",
  },
  category: { title: "问题类别", more: (count) => `更多类别（共 ${count} 类）`, fewer: "收起", loading: "正在加载类别…" },
  description: {
    title: "一句话描述",
    placeholder: "例如：小区门口垃圾堆积，好几天没人清运",
    count: (used, max) => `${used}/${max}`,
  },
  submit: "提交",
  submitting: "正在提交…",
  failed: "提交失败，请检查网络后再点一次提交（不会重复提交）",
  rejected: (detail) => `提交的内容有误：${detail}`,
  done: {
    title: "已收到您的反映",
    body: "请保存下面的专属链接，凭它随时查看处理进度并评价（链接仅您本人知道）。",
    open: "查看处理进度",
    copy: "复制链接",
    copied: "已复制",
    another: "再反映一件",
  },
  recent: { title: "我最近的反映（本机）" },
};

const en: ReportMessages = {
  title: "Report a problem",
  switchLanguage: "中文",
  signedInAs: (name) => `Hello, ${name}`,
  anonymous: "No account needed; sign in to add a photo and get live updates",
  signIn: "Sign in",
  photo: {
    title: "Photo (optional)",
    take: "Take or choose a photo",
    retake: "Choose another",
    uploading: "Uploading…",
    failed: "The photo could not be uploaded; try again, or send without it",
    signInFirst: "Sign in to add a photo",
    alt: "Photo of the problem",
  },
  location: {
    title: "Location",
    gps: "Use my location",
    locating: "Locating…",
    pickOnMap: "Pick on the map",
    hideMap: "Hide the map",
    mapHint: "Tap the map to drop a pin; drag it to adjust",
    mapLabel: "Map to choose where the problem is",
    chosen: (lat, lng) => `Chosen: ${lat}, ${lng}`,
    accuracy: (meters) => `accurate to about ${meters} m`,
    denied: "Location permission refused: please pick the place on the map",
    unavailable: "This device or page cannot locate you: please pick the place on the map",
  },
  category: { title: "What kind of problem", more: (count) => `More categories (${count})`, fewer: "Fewer", loading: "Loading categories…" },
  description: {
    title: "One sentence",
    placeholder: "e.g. Rubbish piled up at the gate for days",
    count: (used, max) => `${used}/${max}`,
  },
  submit: "Send",
  submitting: "Sending…",
  failed: "Could not send: check the connection and tap Send again (it will not be sent twice)",
  rejected: (detail) => `Something in the report is wrong: ${detail}`,
  done: {
    title: "We have received your report",
    body: "Keep this private link: it shows the progress and lets you rate the result. Only you have it.",
    open: "Follow the progress",
    copy: "Copy link",
    copied: "Copied",
    another: "Report another",
  },
  recent: { title: "My recent reports (this device)" },
};

export const reportMessages: Record<Language, ReportMessages> = { "zh-CN": zhCN, en };
