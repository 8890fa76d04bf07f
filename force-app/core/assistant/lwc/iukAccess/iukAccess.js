import { LightningElement, api } from 'lwc';
import { LABELS } from 'c/iukLabels';
import { format, plural } from 'c/iukFormat';

// The object permissions in the order Setup shows them; the last two ignore sharing.
const PERMISSIONS = [
  { key: 'canRead', label: LABELS.accessRead },
  { key: 'canCreate', label: LABELS.accessCreate },
  { key: 'canEdit', label: LABELS.accessEdit },
  { key: 'canDelete', label: LABELS.accessDelete },
  { key: 'viewAllRecords', label: LABELS.accessViewAll, bypassesSharing: true, wide: true },
  { key: 'modifyAllRecords', label: LABELS.accessModifyAll, bypassesSharing: true, wide: true },
];

/**
 * Grants of several permission sets on one object, merged into one row per object as Setup shows a
 * user's effective access: a permission is granted when any of them grants it.
 */
function objectRows(integration) {
  const byObject = new Map();
  for (const grant of integration.access || []) {
    let row = byObject.get(grant.objectName);
    if (!row) {
      row = { objectName: grant.objectName, grants: [] };
      byObject.set(grant.objectName, row);
    }
    row.grants.push(grant);
  }
  return [...byObject.values()];
}

/**
 * Step 3: per integration, one row per object with Setup's object permissions as granted /
 * not-granted marks (icon plus text alternative), View All and Modify All impossible to miss, and
 * each object's field access on demand.
 */
export default class IukAccess extends LightningElement {
  @api integrations;

  labels = LABELS;
  permissionColumns = PERMISSIONS.map((permission) => ({
    key: permission.key,
    label: permission.label,
    // View All and Modify All have room for "Granted" next to their warning icon.
    className: `iuk-cell ${permission.wide ? 'iuk-col-wide' : 'iuk-col-mark'}`,
  }));
  /** "<integration>|<object>" keys whose field access is shown. */
  expanded = new Set();

  get hasIntegrations() {
    return this.sections.length > 0;
  }

  get sections() {
    return (this.integrations || []).map((integration) => {
      const label = integration.label || integration.name;
      const permissionSets = integration.permissionSets || [];
      const declared = new Map((integration.declaredAccess || []).map((entry) => [entry.objectName, entry]));
      const rows = objectRows(integration).map((row) =>
        this.toRow(integration.name, label, row, declared.get(row.objectName)),
      );
      const dangerous = (integration.dangerousPermissions || []).map((text, index) => ({
        key: `${integration.name}-danger-${index}`,
        text,
      }));
      const groups = (integration.permissionSetGroups || []).join(', ');
      return {
        key: integration.name,
        name: integration.name,
        label,
        caption: format(LABELS.accessCaption, label),
        sourcesLine: groups
          ? format(LABELS.accessSourcesWithGroups, permissionSets.join(', ') || LABELS.none, groups)
          : format(LABELS.accessSources, permissionSets.join(', ') || LABELS.none),
        rows,
        hasRows: rows.length > 0,
        dangerous,
        hasDangerous: dangerous.length > 0,
        sectionClass: `slds-box slds-theme_default slds-m-bottom_medium${dangerous.length ? ' iuk-attention' : ''}`,
      };
    });
  }

  /**
   * One object's row. `declared` is what the definition grants on it (IntegrationSummary.declaredAccess):
   * its field names, shown on demand next to the counts the org's permission sets report.
   */
  toRow(integrationName, integrationLabel, row, declared) {
    const key = `${integrationName}|${row.objectName}`;
    const expanded = this.expanded.has(key);
    const cells = PERMISSIONS.map((permission) => {
      const granted = row.grants.some((grant) => grant[permission.key] === true);
      const danger = granted && permission.bypassesSharing;
      return {
        key: permission.key,
        columnLabel: permission.label,
        granted,
        danger,
        iconName: danger ? 'utility:warning' : granted ? 'utility:check' : 'utility:dash',
        iconVariant: danger ? 'error' : granted ? 'success' : '',
        iconText: danger
          ? LABELS.accessGrantedDanger
          : granted
            ? LABELS.accessGranted
            : LABELS.accessNotGranted,
        visibleText: danger ? LABELS.accessGrantedShort : '',
        cellClass: `iuk-mark${danger ? ' slds-text-color_error' : ''}`,
      };
    });
    const dangerous = cells.some((cell) => cell.danger);
    return {
      key,
      objectName: row.objectName,
      dangerous,
      rowClass: dangerous ? 'iuk-attention' : '',
      cells,
      expanded,
      ariaExpanded: String(expanded),
      toggleLabel: expanded ? LABELS.accessHideFields : LABELS.accessShowFields,
      toggleAssistive: format(LABELS.accessFieldsFor, row.objectName, integrationLabel),
      detailId: `fields-${integrationName}-${row.objectName}`,
      declaredHeading: format(
        declared && (declared.readFields.length || declared.editFields.length)
          ? LABELS.accessDeclaredHeading
          : LABELS.accessDeclaredNone,
        row.objectName,
      ),
      declaredLines: declared
        ? [
            { key: 'read', fields: declared.readFields, template: LABELS.accessDeclaredRead },
            { key: 'edit', fields: declared.editFields, template: LABELS.accessDeclaredEdit },
          ]
            .filter((line) => (line.fields || []).length > 0)
            .map((line) => ({
              key: `${key}-${line.key}`,
              text: format(line.template, line.fields.join(', ')),
            }))
        : [],
      hasDeclared: !!declared,
      fieldLines: row.grants.map((grant, index) => ({
        key: `${key}-${index}`,
        text: format(
          LABELS.accessFieldLine,
          grant.permissionSet,
          plural(grant.readableFields ?? 0, LABELS.accessReadableOne, LABELS.accessReadableOther),
          plural(grant.editableFields ?? 0, LABELS.accessEditableOne, LABELS.accessEditableOther),
        ),
        where: format(LABELS.accessFieldWhere, grant.permissionSet, row.objectName),
      })),
    };
  }

  handleToggleFields(event) {
    const key = event.currentTarget.dataset.key;
    const next = new Set(this.expanded);
    if (next.has(key)) {
      next.delete(key);
    } else {
      next.add(key);
    }
    this.expanded = next;
  }
}
