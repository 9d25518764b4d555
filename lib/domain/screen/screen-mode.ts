/** Typhoon mode is on while someone switched it on or while a typhoon or rainstorm alert is in force. */
export function effectiveTyphoonMode(typhoonSwitch: boolean, alertInForce: boolean): boolean {
  return typhoonSwitch || alertInForce;
}
