// `custom-elements.json`: the element's public API (attributes, properties, events, slots, parts,
// CSS properties) for Storybook, IDEs and the README. Private and protected members are left out.
export default {
  globs: ['src/kyc-verify.ts'],
  litelement: true,
  packagejson: true,
  plugins: [
    {
      name: 'public-api-only',
      packageLinkPhase({customElementsManifest}) {
        for (const mod of customElementsManifest.modules) {
          for (const declaration of mod.declarations ?? []) {
            declaration.members = (declaration.members ?? []).filter(
              (member) =>
                member.privacy !== 'private' &&
                member.privacy !== 'protected' &&
                !member.name.startsWith('_') &&
                !['styles', 'shadowRootOptions'].includes(member.name),
            );
            // The analyzer also lists the private `emit(type, …)` helper's parameter as an event.
            if (declaration.events) declaration.events = declaration.events.filter((event) => event.name?.startsWith('kyc-'));
          }
        }
      },
    },
    {
      // The manifest ships with the package, which holds dist/, not src/: point every path at the built file.
      name: 'shipped-paths',
      packageLinkPhase({customElementsManifest}) {
        const shipped = (value) => (typeof value === 'string' && /^src\/.+\.ts$/.test(value) ? value.replace(/^src\//, 'dist/').replace(/\.ts$/, '.js') : value);
        const walk = (node) => {
          if (Array.isArray(node)) node.forEach(walk);
          else if (node && typeof node === 'object') {
            for (const [key, value] of Object.entries(node)) {
              if (typeof value === 'string') node[key] = shipped(value);
              else walk(value);
            }
          }
        };
        walk(customElementsManifest);
      },
    },
  ],
};
