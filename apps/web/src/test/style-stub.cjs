// CSS imports in component tests: plain stylesheets do nothing, CSS modules give each class its own name.
module.exports = new Proxy({}, { get: (_, key) => (key === '__esModule' ? false : key) });
