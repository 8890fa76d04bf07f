import type { UserStateRequest, UserStateResult as EngineUserStateResult } from '../org/engine-types.js';
import { defineCommand, ExitCode, outcome } from './command.js';
import { engineFlags, flag } from './flags.js';
import { describeOrg, engineFor, openOrg } from './org-command.js';

export type IukUserStateResult = EngineUserStateResult;

const userStateFlags = {
  ...engineFlags(2),
  reason: flag.string({ char: 'r', required: true, shared: true }),
} as const;

/** freeze / unfreeze / deactivate <integration> --reason "...": one engine call, recorded with the reason. */
function userStateCommand(
  name: 'freeze' | 'unfreeze' | 'deactivate' | 'reactivate',
  state: UserStateRequest,
) {
  return defineCommand({
    name,
    messages: name,
    flags: userStateFlags,
    args: { integration: { required: true } },
    async run({ io, flags, args, messages }) {
      const integration = args.integration ?? '';
      const reason = flags.reason.trim();
      if (!reason) {
        const { usageError } = await import('./errors.js');
        throw usageError(await messages.getMessage('error.ReasonRequired'));
      }
      const open = await openOrg(flags['target-org']);
      const engine = await engineFor(open, flags.namespace, flags.wait);
      const result = await engine.setUserState(integration, state, reason);
      io.log(describeOrg(open));
      const line = `${result.integration ?? integration}: ${result.success ? result.state : 'FAILED'}${result.message ? `: ${result.message}` : ''}`;
      if (result.success) io.log(line);
      else io.logToStderr(line);
      return outcome<IukUserStateResult>(result, result.success ? ExitCode.ok : ExitCode.orgFailed);
    },
  });
}

export const freezeCommand = userStateCommand('freeze', 'FREEZE');
export const unfreezeCommand = userStateCommand('unfreeze', 'UNFREEZE');
export const deactivateCommand = userStateCommand('deactivate', 'DEACTIVATE');
/** The explicit way back from a deactivation: provisioning never reactivates a user by itself. */
export const reactivateCommand = userStateCommand('reactivate', 'REACTIVATE');
