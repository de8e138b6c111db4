export { startBrowserHost, SOCKET_PATH } from './browser-host';
export type { BrowserHost, BrowserHostOptions } from './browser-host';
export type { Handler, HandlerTable, SocketReply, SocketRequest } from './socket-protocol';
export { MAX_REQUEST_BYTES } from './socket-protocol';
export { MAX_FRAME_BYTES } from './socket-hub';
