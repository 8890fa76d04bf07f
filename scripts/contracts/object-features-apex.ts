/**
 * Renders the Apex side of the object-feature table and the OBJECT_MISSING message from their one
 * source, scripts/definitions/policy/object-features.ts. Never edit the generated class by hand.
 */
import { featureOfObject, MESSAGE } from '../definitions/policy/object-features.js';
import { formatWithPrettier } from './prettier-format.js';

export const OBJECT_FEATURES_APEX = 'force-app/core/engine/classes/IntegrationUserObjectFeatures.cls';

function apexString(value: string): string {
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

export async function renderObjectFeaturesApex(): Promise<string> {
  const entries = [...featureOfObject()].map(
    ([object, feature]) => `${apexString(object)} => ${apexString(feature)}`,
  );
  const source = `/**
 * @description GENERATED from scripts/definitions/policy/object-features.ts by
 * scripts/contracts/object-features-apex.ts: do not edit; run \`npx tsx scripts/contracts/generate.ts\`.
 * Standard objects that exist only when an org feature is on, and the OBJECT_MISSING message the
 * planner and the CLI's deploy preflight print word for word.
 */
public inherited sharing class IntegrationUserObjectFeatures {
    /** lower-case object API name -> how to turn on the feature that provides it */
    public static final Map<String, String> FEATURE_OF_OBJECT = new Map<String, String>{ ${entries.join(', ')} };

    /**
     * @param missingObjects objects a definition grants that the org does not have, in order
     * @return the OBJECT_MISSING blocker's message
     */
    public static String objectMissingMessage(List<String> missingObjects) {
        List<String> features = new List<String>();
        for (String objectName : missingObjects) {
            String feature = FEATURE_OF_OBJECT.get(objectName.toLowerCase());
            if (feature != null && !features.contains(feature)) {
                features.add(feature);
            }
        }
        return ${apexString(MESSAGE.start)} +
            String.join(missingObjects, ', ') +
            ${apexString(MESSAGE.afterObjects)} +
            (features.isEmpty() ? ${apexString(MESSAGE.noFeature)} : ${apexString(MESSAGE.withFeature)} + String.join(features, '; ')) +
            ${apexString(MESSAGE.end)};
    }
}
`;
  return formatWithPrettier(source, OBJECT_FEATURES_APEX);
}
