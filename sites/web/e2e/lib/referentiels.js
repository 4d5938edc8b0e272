// The package the site is built from, as the tests see it.
// MN_REFERENTIELS_DEV points to a local build while the package's data is being written (development only).
const specifier =
  process.env.MN_REFERENTIELS_DEV ?? "@mediation-numerique/referentiels";
export const referentiels = await import(specifier);
