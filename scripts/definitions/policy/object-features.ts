/**
 * Standard objects that exist only when an org feature is on, and the one wording of "this org has no
 * such object" that the kit uses everywhere: the engine's OBJECT_MISSING blocker
 * (IntegrationUserObjectFeatures.cls, generated from this file by scripts/contracts/generate.ts) and
 * `deploy`'s preflight (scripts/org/object-preflight.ts) print the same sentence for the same objects.
 * The scratch org definition check (scripts/contracts/scratch-features.ts) reads the table too.
 */

export interface ObjectFeature {
  /** Object API names (any case) that need the feature. */
  objects: readonly string[];
  /** How to turn it on, as the admin reads it (Setup path; scratch definition setting). */
  feature: string;
}

export const OBJECT_FEATURES: readonly ObjectFeature[] = [
  {
    objects: ['Order', 'OrderItem'],
    feature:
      'Orders (Setup > Order Settings > Enable Orders; in a scratch org definition, settings.orderSettings.enableOrders)',
  },
];

/** lower-case object → its feature. */
export function featureOfObject(): Map<string, string> {
  const map = new Map<string, string>();
  for (const entry of OBJECT_FEATURES)
    for (const object of entry.objects) map.set(object.toLowerCase(), entry.feature);
  return map;
}

/**
 * The OBJECT_MISSING message for objects a definition grants but the org lacks (in the order given).
 * The Apex twin builds the same text from the same parts; keep the parts in MESSAGE.
 */
export const MESSAGE = {
  start: 'This org has no ',
  afterObjects: " object, so the integration's permission set cannot grant access to it (its deploy fails). ",
  noFeature: 'Turn on the feature that provides it or deploy it',
  withFeature: 'Turn on ',
  end: ", or remove it from the integration's objects in the definitions file.",
} as const;

export function objectMissingMessage(missingObjects: readonly string[]): string {
  const features: string[] = [];
  const table = featureOfObject();
  for (const object of missingObjects) {
    const feature = table.get(object.toLowerCase());
    if (feature !== undefined && !features.includes(feature)) features.push(feature);
  }
  return (
    MESSAGE.start +
    missingObjects.join(', ') +
    MESSAGE.afterObjects +
    (features.length === 0 ? MESSAGE.noFeature : MESSAGE.withFeature + features.join('; ')) +
    MESSAGE.end
  );
}
