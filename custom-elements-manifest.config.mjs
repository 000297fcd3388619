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
  ],
};
