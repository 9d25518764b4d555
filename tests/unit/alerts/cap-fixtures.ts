import { readFileSync } from "node:fs";

/** A sample alert carried in datasets/cap/samples (npm run datasets:cap). */
export function capSample(name: "australia" | "canada" | "wcatwc-warning" | "weather" | "invalid"): string {
  return readFileSync(new URL(`../../../datasets/cap/samples/${name}.cap`, import.meta.url), "utf8");
}

export const cap12Xsd = (): string => readFileSync(new URL("../../../datasets/cap/cap12.xsd", import.meta.url), "utf8");

/** A small valid CAP 1.2 warning; `replace` edits its text to break one thing at a time. */
export function typhoonWarning(replace: (xml: string) => string = (xml) => xml): string {
  return replace(`<?xml version="1.0" encoding="UTF-8"?>
<alert xmlns="urn:oasis:names:tc:emergency:cap:1.2">
  <identifier>SMB-2021-0725-TY-01</identifier>
  <sender>smb@weather.sh.cn</sender>
  <sent>2021-07-25T08:00:00+08:00</sent>
  <status>Actual</status>
  <msgType>Alert</msgType>
  <scope>Public</scope>
  <info>
    <language>zh-CN</language>
    <category>Met</category>
    <event>台风橙色预警</event>
    <urgency>Expected</urgency>
    <severity>Severe</severity>
    <certainty>Likely</certainty>
    <effective>2021-07-25T08:00:00+08:00</effective>
    <expires>2021-07-26T20:00:00+08:00</expires>
    <headline>上海中心气象台发布台风橙色预警</headline>
    <description>受今年第6号台风“烟花”影响，预计未来24小时内本市将出现大风和暴雨。</description>
    <area>
      <areaDesc>上海市</areaDesc>
      <polygon>31.0,121.2 31.4,121.2 31.4,121.7 31.0,121.7 31.0,121.2</polygon>
      <circle>31.23,121.47 30</circle>
    </area>
  </info>
</alert>
`);
}
