import { LightningElement, api } from 'lwc';

const YES = 'Yes';
const NO = 'No';

/** Step 3: per integration, the permission sets and the object and field access they grant. */
export default class IukAccess extends LightningElement {
  @api integrations;

  get hasIntegrations() {
    return this.sections.length > 0;
  }

  get sections() {
    return (this.integrations || []).map((integration) => {
      const grants = (integration.access || []).map((grant, index) => ({
        key: `${integration.name}-${index}`,
        objectName: grant.objectName,
        permissionSet: grant.permissionSet,
        read: grant.canRead ? YES : NO,
        create: grant.canCreate ? YES : NO,
        edit: grant.canEdit ? YES : NO,
        remove: grant.canDelete ? YES : NO,
        viewAll: grant.viewAllRecords ? YES : NO,
        modifyAll: grant.modifyAllRecords ? YES : NO,
        readableFields: grant.readableFields ?? 0,
        editableFields: grant.editableFields ?? 0,
        dangerous: !!grant.dangerous,
        rowClass: grant.dangerous ? 'iuk-dangerous' : '',
      }));
      const dangerous = (integration.dangerousPermissions || []).map((text, index) => ({
        key: `${integration.name}-danger-${index}`,
        text,
      }));
      return {
        key: integration.name,
        name: integration.name,
        label: integration.label || integration.name,
        caption: `Object access granted to ${integration.label || integration.name}`,
        permissionSets: (integration.permissionSets || []).join(', ') || 'None',
        permissionSetGroups: (integration.permissionSetGroups || []).join(', '),
        grants,
        hasGrants: grants.length > 0,
        dangerous,
        hasDangerous: dangerous.length > 0,
      };
    });
  }
}
