/**
 * Salesforce's libraries (@salesforce/core, used by source-deploy-retrieve) write a debug log to
 * ~/.sf/sf-<date>.log through a worker thread. The offline commands (`verify`, and `npm start`, which
 * verifies) talk to no org, so that log holds nothing an admin needs, while starting the worker and
 * draining it at exit costs about 0.2 s of a ~1 s run. Those commands keep the log in memory instead,
 * with the switch Salesforce documents (SF_DISABLE_LOG_FILE), unless the user chose: any of the log
 * variables set means the user wants what they set. It must run before the first logger is made;
 * inside `sf` the root logger already exists and this changes nothing.
 */
export function keepSalesforceLogInMemory(env: NodeJS.ProcessEnv = process.env): void {
  const chosen = ['SF_DISABLE_LOG_FILE', 'SFDX_DISABLE_LOG_FILE', 'SF_LOG_LEVEL', 'SFDX_LOG_LEVEL'].some(
    (name) => env[name] !== undefined,
  );
  if (!chosen) env.SF_DISABLE_LOG_FILE = 'true';
}
