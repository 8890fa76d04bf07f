/**
 * A synthetic definitions document of a chosen size, for the benchmark: `integrations` integrations,
 * each with `objects` custom objects of `fields` fields (half read, half edit), spread over ten
 * restricted profiles with IP ranges and login hours.
 */
import type { DefinitionsFile } from '../definitions/schema.js';

export interface SyntheticSize {
  integrations: number;
  objects: number;
  fields: number;
}

export function syntheticDefinitions(size: SyntheticSize): DefinitionsFile {
  const profiles: DefinitionsFile['profiles'] = Array.from({ length: 10 }, (_, index) => ({
    name: `Integration Restricted ${index}`,
    loginIpRanges: [
      { cidr: `198.51.100.${index * 16}/28`, description: `Range ${index}` },
      { cidr: `2001:db8:${index.toString(16)}::/48` },
    ],
    loginHours: {
      monday: '06:00-22:00',
      tuesday: '06:00-22:00',
      wednesday: '06:00-22:00',
      thursday: '06:00-22:00',
      friday: '06:00-22:00',
      saturday: 'closed',
      sunday: 'closed',
    },
  }));
  const integrations: DefinitionsFile['integrations'] = Array.from(
    { length: size.integrations },
    (_, index) => ({
      name: `Integration_${index}`,
      label: `Integration ${index}`,
      externalSystem: `External System ${index}`,
      direction: 'bidirectional' as const,
      // The workloads of issue 13 are permissions and files as they were before External Client Apps:
      // no app per integration, so the figures stay comparable to its targets.
      authentication: {
        method: 'external' as const,
        reason: 'Synthetic benchmark integration: the workload measures permission sets, not apps.',
      },
      owner: { name: `Owner ${index}`, email: `owner${index}@acme.example` },
      justification: `Synthetic integration number ${index} for the generator benchmark.`,
      user: {
        username: `integration.${index}@acme.example`,
        email: `integration.${index}@acme.example`,
        lastName: `Integration ${index}`,
        alias: `int${index}`,
        timeZone: 'America/New_York',
        locale: 'en_US',
        language: 'en_US',
      },
      profile: `Integration Restricted ${index % 10}`,
      objects: Array.from({ length: size.objects }, (_, objectIndex) => {
        const fieldNames = Array.from({ length: size.fields }, (_, fieldIndex) => `Field_${fieldIndex}__c`);
        return {
          object: `Object_${objectIndex}__c`,
          access: ['read', 'create', 'edit'] as ('read' | 'create' | 'edit')[],
          fields: { read: fieldNames.slice(0, size.fields / 2), edit: fieldNames.slice(size.fields / 2) },
        };
      }),
    }),
  );
  return { version: 1, profiles, integrations };
}
