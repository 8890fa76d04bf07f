import type { UserStateRequest } from '../org/engine-types.js';
import { ExitCode, type Command } from './command.js';
import { parseFlags, UsageError } from './flags.js';
import {
  describeOrg,
  engineFlags,
  engineFor,
  engineUsage,
  openOrg,
  reportingOrgErrors,
  usageWith,
  waitMinutes,
} from './org-command.js';
import { printJson } from './output.js';

const DEFAULT_WAIT_MINUTES = 2;

const userStateFlags = { ...engineFlags, reason: { type: 'string', short: 'r' } } as const;

/** freeze / unfreeze / deactivate <integration> --reason "...": one engine call, recorded with the reason. */
function userStateCommand(name: string, state: UserStateRequest, summary: string): Command {
  return {
    name,
    summary,
    usage: [
      '<integration>                      the integration (definition API name)',
      '--reason, -r <text>                why (required; recorded with the run)',
      ...usageWith(engineUsage, DEFAULT_WAIT_MINUTES),
    ],
    async run(context) {
      const { values, positionals } = parseFlags(context.argv, userStateFlags, true);
      const [integration, ...extra] = positionals;
      if (!integration || extra.length > 0)
        throw new UsageError(`${name} takes exactly one integration name`);
      const reason = values.reason?.trim();
      if (!reason) throw new UsageError(`--reason is required: say why the user is being changed`);
      const json = values.json === true;
      return reportingOrgErrors(context, json, async () => {
        const minutes = waitMinutes(values.wait, DEFAULT_WAIT_MINUTES);
        const open = await openOrg(values['target-org']);
        const result = await engineFor(open, values.namespace, minutes).setUserState(
          integration,
          state,
          reason,
        );
        const status = result.success ? ExitCode.ok : ExitCode.orgFailed;
        if (json) {
          printJson(context, status, result);
        } else {
          context.out(`${describeOrg(open)}`);
          const line = `${result.integration ?? integration}: ${result.success ? result.state : 'FAILED'}${result.message ? `: ${result.message}` : ''}`;
          if (result.success) context.out(line);
          else context.err(line);
        }
        return status;
      });
    },
  };
}

export const freezeCommand = userStateCommand(
  'freeze',
  'FREEZE',
  "Freeze an integration's user (it cannot log in).",
);
export const unfreezeCommand = userStateCommand('unfreeze', 'UNFREEZE', "Unfreeze an integration's user.");
export const deactivateCommand = userStateCommand(
  'deactivate',
  'DEACTIVATE',
  "Deactivate an integration's user.",
);
