// jsdom without the Fetch API: react-router builds a Request for every navigation. Node's own Fetch classes
// (and its AbortController, which a Request's signal must come from) are lent to the test window.
const { TestEnvironment } = require('jest-environment-jsdom');

module.exports = class PanelEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    const lent = { fetch, Request, Response, Headers, FormData, AbortController, AbortSignal, TextEncoder, TextDecoder, ReadableStream, structuredClone };
    for (const [name, value] of Object.entries(lent)) this.global[name] = value;
  }
};
