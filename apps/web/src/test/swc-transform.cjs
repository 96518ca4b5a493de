// @swc/jest for the panel, with one fix: react-router's route-module loader reads `import.meta.hot`, which
// CommonJS cannot hold; outside Vite it is undefined, so it is replaced by that before swc compiles the file.
const { createTransformer } = require('@swc/jest');

const patch = (source) => (source.includes('import.meta') ? source.replace(/import\.meta\.hot/g, 'undefined') : source);

module.exports = {
  createTransformer(options) {
    const swc = createTransformer(options);
    return {
      ...swc,
      process: (source, file, jestOptions) => swc.process(patch(source), file, jestOptions),
      processAsync: (source, file, jestOptions) => swc.processAsync(patch(source), file, jestOptions),
      getCacheKey: (source, file, jestOptions) => swc.getCacheKey(patch(source), file, jestOptions),
    };
  },
};
