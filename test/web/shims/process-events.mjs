// `process.on/off('unhandledRejection')` of reliability.test.cjs, in the web worker extension host: it gives an
// extension no way to see unhandled rejections (its addEventListener is blocked), so none is ever recorded there.
export const __webProcessEvents = { on() {}, off() {} };
